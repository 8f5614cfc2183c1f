import type { RelationshipDirection as Direction } from "../../model/direction";
import type { Entity } from "../../model/entity";
import type { Relationship } from "../../model/relationship";
import { LIMITS } from "../../services/limits";
import type { GraphqlContext } from "../context";

/** Typed edge fields return at most this many; `relationships(first:)` pages further. */
const TYPED_FIELD_MAX = LIMITS.FIRST_MAX;

export async function relatedEntities(
  ctx: GraphqlContext,
  entity: Entity,
  type: string,
  direction: Direction,
): Promise<Entity[]> {
  return (await ctx.graph.related(entity.id, type, direction, TYPED_FIELD_MAX)).map((r) => r.entity);
}

/** Relationships of one type with the entity at their other end, for fields such as Negotiation.mediators. */
export function relatedWithEdges(
  ctx: GraphqlContext,
  entity: Entity,
  type: string,
  direction: Direction,
): Promise<{ relationship: Relationship; entity: Entity }[]> {
  return ctx.graph.related(entity.id, type, direction, TYPED_FIELD_MAX);
}

export const property = (r: Relationship, key: string): string => String(r.properties[key] ?? "");
