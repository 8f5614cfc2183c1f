import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { Citation } from "../../model/citation";
import type { Source } from "../../model/source";
import { DEFAULTS, LIMITS } from "../../services/limits";
import type { GraphqlContext } from "../context";
import { CitationType, SourceType } from "../types/relationship.type";

@Resolver((_of) => SourceType)
export class SourceResolver {
  @Query((_returns) => SourceType, { nullable: true, description: "The source with this id, or null." })
  source(@Arg("id", (_type) => ID) id: string, @Ctx() ctx: GraphqlContext): Promise<Source | null> {
    return ctx.graph.source(id);
  }

  @Query((_returns) => [SourceType], {
    description: `Sources in id order. first: 1 to ${LIMITS.FIRST_MAX}, default ${DEFAULTS.SOURCES_FIRST}; after: the id of the last source of the previous page.`,
  })
  sources(
    @Ctx() ctx: GraphqlContext,
    @Arg("first", (_type) => Int, { nullable: true, defaultValue: DEFAULTS.SOURCES_FIRST })
    first: number | null,
    @Arg("after", (_type) => ID, { nullable: true }) after: string | null,
  ): Promise<Source[]> {
    return ctx.services.sources.sources(first ?? undefined, after ?? null);
  }

  @FieldResolver((_returns) => String, { description: "Its full text, which its citations quote." })
  async text(@Root() s: Source, @Ctx() ctx: GraphqlContext): Promise<string> {
    return (await ctx.graph.sourceText(s.id)) ?? "";
  }

  @FieldResolver((_returns) => [CitationType], {
    description: `What it supports: its citations in id order (so grouped by relationship), each with its relationship. first: 1 to ${LIMITS.FIRST_MAX}, default ${DEFAULTS.CITATIONS_FIRST}; after: the id of the last citation of the previous page.`,
  })
  citations(
    @Root() s: Source,
    @Ctx() ctx: GraphqlContext,
    @Arg("first", (_type) => Int, { nullable: true, defaultValue: DEFAULTS.CITATIONS_FIRST })
    first: number | null,
    @Arg("after", (_type) => ID, { nullable: true }) after: string | null,
  ): Promise<Citation[]> {
    return ctx.services.sources.citations(s.id, first ?? undefined, after ?? null);
  }
}
