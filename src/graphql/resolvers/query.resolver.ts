import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import type { Entity } from "../../model/entity";
import { DEFAULTS, LIMITS } from "../../services/limits";
import type { GraphqlContext } from "../context";
import { EntityConnectionType } from "../types/connection.type";
import { EntityKind } from "../types/enums";
import { EntityInterface } from "../types/entity.type";
import { SearchHitType } from "../types/path.type";

@Resolver()
export class QueryResolver {
  @Query((_returns) => EntityInterface, { nullable: true, description: "The entity with this id, or null." })
  entity(@Arg("id", (_type) => ID) id: string, @Ctx() ctx: GraphqlContext): Promise<Entity | null> {
    // Through the request's loader, so relationship ends that are this entity need no further read.
    return ctx.graph.entity(id);
  }

  @Query((_returns) => EntityConnectionType, {
    description: `Entities in id order, optionally of one kind. first: 1 to ${LIMITS.FIRST_MAX}; after: a cursor from a previous page.`,
  })
  async entities(
    @Ctx() ctx: GraphqlContext,
    @Arg("kind", (_type) => EntityKind, { nullable: true }) kind: string | null,
    @Arg("first", (_type) => Int, { nullable: true, defaultValue: DEFAULTS.ENTITIES_FIRST })
    first: number | null,
    @Arg("after", (_type) => String, { nullable: true }) after: string | null,
  ): Promise<EntityConnectionType> {
    const page = await ctx.services.entities.entities(kind ?? null, first ?? undefined, after ?? null);
    ctx.graph.prime(page.edges.map((e) => e.node));
    return {
      edges: [...page.edges],
      totalCount: page.totalCount,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: page.edges[0]?.cursor ?? null,
        endCursor: page.edges.at(-1)?.cursor ?? null,
      },
    };
  }

  @Query((_returns) => [SearchHitType], {
    description: `Full-text search over names and aliases, forgiving accents, case and small misspellings; best first. text: at most ${LIMITS.SEARCH_TEXT_MAX} characters; first: 1 to ${LIMITS.FIRST_MAX}.`,
  })
  async search(
    @Ctx() ctx: GraphqlContext,
    @Arg("text", (_type) => String) text: string,
    @Arg("kinds", (_type) => [EntityKind], { nullable: true }) kinds: string[] | null,
    @Arg("first", (_type) => Int, { nullable: true, defaultValue: DEFAULTS.SEARCH_FIRST })
    first: number | null,
  ): Promise<SearchHitType[]> {
    return ctx.services.search.search(text, kinds, first ?? undefined);
  }

  @Query((_returns) => [EntityInterface], {
    description: "Every entity that mediates a negotiation, or the mediators of one negotiation.",
  })
  mediators(
    @Ctx() ctx: GraphqlContext,
    @Arg("negotiation", (_type) => ID, { nullable: true }) negotiation: string | null,
  ): Promise<Entity[]> {
    return ctx.services.entities.mediators(negotiation ?? null);
  }
}
