import { registerEnumType } from "type-graphql";
import { REGISTRY } from "../../model/registry";
import { registryEnums } from "../surface/registry-enums";

/** GraphQL names (COUNTRY) for registry labels (Country): resolvers see labels, clients see enum values. */
export const { EntityKind, RelationshipType } = registryEnums(REGISTRY);

export enum Direction {
  OUT = "OUT",
  IN = "IN",
  BOTH = "BOTH",
}

registerEnumType(Direction, {
  name: "Direction",
  description: "Which relationships of an entity to follow. Symmetric types (BORDERS) match every direction.",
  valuesConfig: {
    OUT: { description: "Relationships that start at the entity." },
    IN: { description: "Relationships that end at the entity." },
    BOTH: { description: "Either way." },
  },
});
