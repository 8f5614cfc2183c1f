import { Resolver } from "type-graphql";
import type { Entity } from "../../model/entity";
import type { PropertySpec, Registry, RelationshipTypeSpec, TypedFieldSpec } from "../../model/registry";
import { relatedEdgeObjects, relatedEntities } from "../resolvers/related";
import { EdgePageArgs, EntityPageArgs } from "../types/typed-edge.args";
import { SourceType } from "../types/relationship.type";
import { defineFieldResolver, type GeneratedClass } from "./define-field";
import type { EdgeTypes } from "./edge-types.factory";
import { endType, type KindTypes } from "./kind-types.factory";
import { propertyGraphqlType } from "./property-types";

/** One resolver class per kind: its typed fields and its own properties, as the registry lists them. */
export function kindResolvers(
  registry: Registry,
  kindTypes: KindTypes,
  edgeTypes: EdgeTypes,
): GeneratedClass[] {
  // assertSurfaceRegistry has checked that every typed field names a type, and an edge object where it lists edges.
  const types = new Map(registry.relationshipTypes.map((r) => [r.type, r]));
  return registry.nodeKinds.map((kind) => {
    const resolver = class {};
    Object.defineProperty(resolver, "name", { value: `${kind.label}Resolver` });
    for (const field of kind.typedFields) {
      defineTypedField(resolver, field, types.get(field.type) as RelationshipTypeSpec, kindTypes, edgeTypes);
    }
    for (const [name, property] of Object.entries(kind.properties))
      defineKindProperty(resolver, name, property);
    Resolver(() => endType(kindTypes, [kind.label]))(resolver);
    return resolver;
  });
}

function defineTypedField(
  resolver: GeneratedClass,
  field: TypedFieldSpec,
  spec: RelationshipTypeSpec,
  kindTypes: KindTypes,
  edgeTypes: EdgeTypes,
): void {
  const description = `${field.description} (${field.type}).`;
  if (field.returns === "edges") {
    const edgeType = edgeTypes.get(spec.type) as GeneratedClass;
    defineFieldResolver<Entity, EdgePageArgs>(
      resolver,
      field.name,
      () => [edgeType],
      { description },
      (entity, ctx, page) => relatedEdgeObjects(ctx, entity, spec, field.direction, page),
      () => EdgePageArgs,
    );
    return;
  }
  const other = field.otherKind ? [field.otherKind] : field.direction === "IN" ? spec.from : spec.to;
  defineFieldResolver<Entity, EntityPageArgs>(
    resolver,
    field.name,
    () => [endType(kindTypes, other)],
    { description },
    (entity, ctx, page) => relatedEntities(ctx, entity, spec.type, field.direction, page),
    () => EntityPageArgs,
  );
}

/** A kind's own property (Incident.count); one that holds a source's id is served as the source. */
function defineKindProperty(resolver: GeneratedClass, name: string, property: PropertySpec): void {
  if (property.references === "Source") {
    defineFieldResolver<Entity, never>(
      resolver,
      name.replace(/Id$/, ""),
      () => SourceType,
      { nullable: true, description: property.description },
      (entity, ctx) => {
        const id = entity.properties[name];
        return typeof id === "string" ? ctx.graph.source(id) : null;
      },
    );
    return;
  }
  defineFieldResolver<Entity, never>(
    resolver,
    name,
    () => propertyGraphqlType(property),
    { nullable: true, description: property.description },
    (entity) => entity.properties[name] ?? null,
  );
}
