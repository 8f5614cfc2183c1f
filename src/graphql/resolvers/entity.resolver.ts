import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { Entity } from "../../model/entity";
import type { Relationship } from "../../model/relationship";
import { DEFAULTS, LIMITS } from "../../services/limits";
import { evidenceFilter } from "../../services/evidence-filter";
import { assertIntInRange } from "../../services/validate";
import type { GraphqlContext } from "../context";
import { Direction, RelationshipType } from "../types/enums";
import { EntityInterface } from "../types/entity.type";
import { EvidenceFilterInputType } from "../types/evidence-filter.input";
import { RelationshipObjectType } from "../types/relationship.type";

/** Fields every entity has, inherited by each kind's object type. */
@Resolver((_of) => EntityInterface)
export class EntityResolver {
  @FieldResolver((_returns) => [RelationshipObjectType], {
    description: `Its relationships, by type and direction, ordered by type then id. first: at most ${LIMITS.FIRST_MAX}.`,
  })
  relationships(
    @Root() entity: Entity,
    @Ctx() ctx: GraphqlContext,
    @Arg("types", (_type) => [RelationshipType], { nullable: true }) types: string[] | null,
    @Arg("direction", (_type) => Direction, { nullable: true, defaultValue: Direction.BOTH })
    direction: Direction | null,
    @Arg("first", (_type) => Int, { nullable: true, defaultValue: DEFAULTS.RELATIONSHIPS_FIRST })
    first: number | null,
    @Arg("evidence", (_type) => EvidenceFilterInputType, {
      nullable: true,
      description: "Only its relationships resting on this evidence.",
    })
    evidence: EvidenceFilterInputType | null,
  ): Promise<Relationship[]> {
    return ctx.graph.relationships(entity.id, {
      types: types && types.length > 0 ? types : null,
      direction: direction ?? Direction.BOTH,
      first: assertIntInRange("first", first ?? DEFAULTS.RELATIONSHIPS_FIRST, 1, LIMITS.FIRST_MAX),
      evidence: evidenceFilter(evidence),
    });
  }
}
