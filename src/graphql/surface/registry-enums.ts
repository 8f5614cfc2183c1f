import { registerEnumType } from "type-graphql";
import type { Registry } from "../../model/registry";

/** GraphQL names (COUNTRY) for registry labels (Country): resolvers see labels, clients see enum values. */
export interface RegistryEnums {
  readonly EntityKind: Record<string, string>;
  readonly RelationshipType: Record<string, string>;
}

// One enum object per registry: every type that names a kind or a relationship type must share it.
const built = new WeakMap<Registry, RegistryEnums>();

export function registryEnums(registry: Registry): RegistryEnums {
  const known = built.get(registry);
  if (known) return known;
  const enums: RegistryEnums = {
    EntityKind: Object.fromEntries(registry.nodeKinds.map((k) => [k.enumValue, k.label])),
    RelationshipType: Object.fromEntries(registry.relationshipTypes.map((r) => [r.type, r.type])),
  };
  registerEnumType(enums.EntityKind, {
    name: "EntityKind",
    description: "Kinds of entity, from the model registry.",
    valuesConfig: Object.fromEntries(
      registry.nodeKinds.map((k) => [k.enumValue, { description: k.description }]),
    ),
  });
  registerEnumType(enums.RelationshipType, {
    name: "RelationshipType",
    description: "Types of relationship, from the model registry.",
    valuesConfig: Object.fromEntries(
      registry.relationshipTypes.map((r) => [
        r.type,
        {
          description: `${r.description} (${r.from.join("|")} -> ${r.to.join("|")}${r.symmetric ? ", symmetric" : ""})`,
        },
      ]),
    ),
  });
  built.set(registry, enums);
  return enums;
}
