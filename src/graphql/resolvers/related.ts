import type { RelationshipDirection as Direction } from "../../model/direction";
import type { Entity } from "../../model/entity";
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

/** Relationships of one type with the entity at their other end, by relationship id, for fields such as Negotiation.mediators. */
function relatedWithEdges(
  ctx: GraphqlContext,
  entity: Entity,
  type: string,
  direction: Direction,
  args: EdgePageArgs,
): Promise<{ relationship: Relationship; entity: Entity }[]> {
  return ctx.graph.relatedEdges(entity.id, pageOf(type, direction, args));
}

const property = (r: Relationship, key: string): string => String(r.properties[key] ?? "");

/** MEDIATES read from the mediator (OUT) or from the negotiation (IN). */
export async function mediations(
  ctx: GraphqlContext,
  entity: Entity,
  direction: "OUT" | "IN",
  args: EdgePageArgs,
) {
  return (await relatedWithEdges(ctx, entity, "MEDIATES", direction, args)).map(
    ({ relationship, entity: other }) => ({
      mediator: direction === "OUT" ? entity : other,
      negotiation: direction === "OUT" ? other : entity,
      role: property(relationship, "role"),
      relationship,
    }),
  );
}

/** BOUND_BY read from the party (OUT) or from the agreement (IN). */
export async function bindings(
  ctx: GraphqlContext,
  entity: Entity,
  direction: "OUT" | "IN",
  args: EdgePageArgs,
) {
  return (await relatedWithEdges(ctx, entity, "BOUND_BY", direction, args)).map(
    ({ relationship, entity: other }) => ({
      party: direction === "OUT" ? entity : other,
      agreement: direction === "OUT" ? other : entity,
      obligation: property(relationship, "obligation"),
      relationship,
    }),
  );
}

/** DESIGNATES read from the designating state (OUT) or from the group (IN). */
export async function designations(
  ctx: GraphqlContext,
  entity: Entity,
  direction: "OUT" | "IN",
  args: EdgePageArgs,
) {
  return (await relatedWithEdges(ctx, entity, "DESIGNATES", direction, args)).map(
    ({ relationship, entity: other }) => ({
      designator: direction === "OUT" ? entity : other,
      group: direction === "OUT" ? other : entity,
      status: property(relationship, "status"),
      relationship,
    }),
  );
}
