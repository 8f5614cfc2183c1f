import { registerEnumType } from "type-graphql";
import { NODE_KINDS, RELATIONSHIP_TYPES } from "../../model/registry";

/** GraphQL names (COUNTRY) for registry labels (Country): resolvers see labels, clients see enum values. */
export const EntityKind: Record<string, string> = Object.fromEntries(
  NODE_KINDS.map((k) => [k.enumValue, k.label]),
);

export const RelationshipType: Record<string, string> = Object.fromEntries(
  RELATIONSHIP_TYPES.map((r) => [r.type, r.type]),
);

export enum Direction {
  OUT = "OUT",
  IN = "IN",
  BOTH = "BOTH",
}

registerEnumType(EntityKind, {
  name: "EntityKind",
  description: "Kinds of entity, from the model registry.",
  valuesConfig: Object.fromEntries(NODE_KINDS.map((k) => [k.enumValue, { description: k.description }])),
});

registerEnumType(RelationshipType, {
  name: "RelationshipType",
  description: "Types of relationship, from the model registry.",
  valuesConfig: Object.fromEntries(
    RELATIONSHIP_TYPES.map((r) => [
      r.type,
      {
        description: `${r.description} (${r.from.join("|")} -> ${r.to.join("|")}${r.symmetric ? ", symmetric" : ""})`,
      },
    ]),
  ),
});

registerEnumType(Direction, {
  name: "Direction",
  description: "Which relationships of an entity to follow. Symmetric types (BORDERS) match every direction.",
  valuesConfig: {
    OUT: { description: "Relationships that start at the entity." },
    IN: { description: "Relationships that end at the entity." },
    BOTH: { description: "Either way." },
  },
});
