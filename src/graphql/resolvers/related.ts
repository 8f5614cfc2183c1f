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
function relatedWithEdges(
  ctx: GraphqlContext,
  entity: Entity,
  type: string,
  direction: Direction,
): Promise<{ relationship: Relationship; entity: Entity }[]> {
  return ctx.graph.related(entity.id, type, direction, TYPED_FIELD_MAX);
}

const property = (r: Relationship, key: string): string => String(r.properties[key] ?? "");

/** MEDIATES read from the mediator (OUT) or from the negotiation (IN). */
export async function mediations(ctx: GraphqlContext, entity: Entity, direction: "OUT" | "IN") {
  return (await relatedWithEdges(ctx, entity, "MEDIATES", direction)).map(
    ({ relationship, entity: other }) => ({
      mediator: direction === "OUT" ? entity : other,
      negotiation: direction === "OUT" ? other : entity,
      role: property(relationship, "role"),
      relationship,
    }),
  );
}

/** BOUND_BY read from the party (OUT) or from the agreement (IN). */
export async function bindings(ctx: GraphqlContext, entity: Entity, direction: "OUT" | "IN") {
  return (await relatedWithEdges(ctx, entity, "BOUND_BY", direction)).map(
    ({ relationship, entity: other }) => ({
      party: direction === "OUT" ? entity : other,
      agreement: direction === "OUT" ? other : entity,
      obligation: property(relationship, "obligation"),
      relationship,
    }),
  );
}

/** DESIGNATES read from the designating state (OUT) or from the group (IN). */
export async function designations(ctx: GraphqlContext, entity: Entity, direction: "OUT" | "IN") {
  return (await relatedWithEdges(ctx, entity, "DESIGNATES", direction)).map(
    ({ relationship, entity: other }) => ({
      designator: direction === "OUT" ? entity : other,
      group: direction === "OUT" ? other : entity,
      status: property(relationship, "status"),
      relationship,
    }),
  );
}
