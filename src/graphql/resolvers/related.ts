import type { RelationshipDirection as Direction } from "../../model/direction";
import type { Entity } from "../../model/entity";
import type { RelationshipTypeSpec } from "../../model/registry";
import type { Relationship } from "../../model/relationship";
import { DEFAULTS, LIMITS } from "../../services/limits";
import type { RelatedPage } from "../../services/request-graph";
import { assertIntInRange } from "../../services/validate";
import type { GraphqlContext } from "../context";
import type { EdgePageArgs, EntityPageArgs } from "../types/typed-edge.args";

/** The page a typed edge field asks for; `first` past the limit is refused, as on `relationships`. */
function pageOf(type: string, direction: Direction, args: EntityPageArgs | EdgePageArgs): RelatedPage {
  return {
    type,
    direction,
    first: assertIntInRange("first", args.first ?? DEFAULTS.TYPED_FIELD_FIRST, 1, LIMITS.FIRST_MAX),
    after: args.after ?? null,
  };
}

/** Entities at the other end of one relationship type, each once, by id, after `args.after`. */
export function relatedEntities(
  ctx: GraphqlContext,
  entity: Entity,
  type: string,
  direction: Direction,
  args: EntityPageArgs,
): Promise<Entity[]> {
  return ctx.graph.relatedEntities(entity.id, pageOf(type, direction, args));
}

/** Relationships of one type read as their edge objects (Negotiation.mediators), by relationship id. */
export async function relatedEdgeObjects(
  ctx: GraphqlContext,
  entity: Entity,
  spec: RelationshipTypeSpec,
  direction: Direction,
  args: EdgePageArgs,
): Promise<Record<string, unknown>[]> {
  const edges = await ctx.graph.relatedEdges(entity.id, pageOf(spec.type, direction, args));
  return edges.map(({ relationship, entity: other }) => edgeObject(spec, entity, other, relationship));
}

/** `{ mediator, negotiation, role, relationship }`: ends by the edge's field names, then the type's properties. */
function edgeObject(
  spec: RelationshipTypeSpec,
  entity: Entity,
  other: Entity,
  relationship: Relationship,
): Record<string, unknown> {
  if (!spec.edge) throw new Error(`invariant: ${spec.type} has no edge object`);
  const startsHere = relationship.from === entity.id;
  const values = Object.entries(spec.properties).map(([name, property]) => {
    const value = relationship.properties[name] ?? null;
    // A required text reads as empty rather than failing the whole list.
    return [name, value === null && property.required && property.type === "string" ? "" : value];
  });
  return {
    ...Object.fromEntries(values),
    [spec.edge.from]: startsHere ? entity : other,
    [spec.edge.to]: startsHere ? other : entity,
    relationship,
  };
}
