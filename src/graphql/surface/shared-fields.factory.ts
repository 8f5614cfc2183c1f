import { Resolver } from "type-graphql";
import type { Entity } from "../../model/entity";
import type { Registry } from "../../model/registry";
import type { Relationship } from "../../model/relationship";
import { EntityInterface } from "../types/entity.type";
import { RelationshipObjectType } from "../types/relationship.type";
import { defineFieldResolver, type GeneratedClass } from "./define-field";
import { describedForTypes, propertiesByName, propertyGraphqlType } from "./property-types";
import type { RegistryEnums } from "./registry-enums";

/** `Entity.kind`: its type is the registry's EntityKind enum. */
export function entityKindResolver(enums: RegistryEnums): GeneratedClass {
  const resolver = class EntityKindResolver {};
  defineFieldResolver<Entity, never>(
    resolver,
    "kind",
    () => enums.EntityKind,
    {},
    (entity) => entity.kind,
  );
  Resolver(() => EntityInterface)(resolver);
  return resolver;
}

/** `Relationship.type`, and one field per relationship property (null on types without it). */
export function relationshipFieldsResolver(registry: Registry, enums: RegistryEnums): GeneratedClass {
  const resolver = class RelationshipFieldsResolver {};
  defineFieldResolver<Relationship, never>(
    resolver,
    "type",
    () => enums.RelationshipType,
    {},
    (relationship) => relationship.type,
  );
  const properties = propertiesByName(registry.relationshipTypes.map((r) => ({ name: r.type, ...r })));
  for (const [name, { spec, owners }] of properties) {
    defineFieldResolver<Relationship, never>(
      resolver,
      name,
      () => propertyGraphqlType(spec),
      { nullable: true, description: describedForTypes(owners, spec.description) },
      (relationship) => relationship.properties[name] ?? null,
    );
  }
  Resolver(() => RelationshipObjectType)(resolver);
  return resolver;
}
