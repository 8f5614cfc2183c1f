import { ObjectType } from "type-graphql";
import type { Registry } from "../../model/registry";
import { RelationshipObjectType } from "../types/relationship.type";
import { defineField } from "./define-field";
import { endType, type KindTypes } from "./kind-types.factory";
import { propertyGraphqlType } from "./property-types";

/** The edge object type of each relationship type that has one, by type: `type Mediation { mediator ... }`. */
export type EdgeTypes = ReadonlyMap<string, abstract new () => object>;

export function edgeObjectTypes(registry: Registry, kindTypes: KindTypes): EdgeTypes {
  const types = new Map<string, abstract new () => object>();
  for (const spec of registry.relationshipTypes) {
    if (!spec.edge) continue;
    const edgeType = class {};
    Object.defineProperty(edgeType, "name", { value: `${spec.edge.name}Type` });
    defineField(edgeType, spec.edge.from, () => endType(kindTypes, spec.from), {});
    defineField(edgeType, spec.edge.to, () => endType(kindTypes, spec.to), {});
    for (const [name, property] of Object.entries(spec.properties)) {
      defineField(edgeType, name, () => propertyGraphqlType(property), {
        nullable: !property.required,
        description: property.description,
      });
    }
    defineField(edgeType, "relationship", () => RelationshipObjectType, {
      description: "The relationship, with its citations.",
    });
    ObjectType(spec.edge.name, { description: spec.edge.description })(edgeType);
    types.set(spec.type, edgeType);
  }
  return types;
}
