import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { Entity } from "../../model/entity";
import type { Source } from "../../model/source";
import type { GraphStats, SourceSupport, SupportShare } from "../../model/stats";
import { DEFAULTS, LIMITS } from "../../services/limits";
import type { EntityStatsAnswer } from "../../services/stats.service";
import { assertIntInRange } from "../../services/validate";
import type { GraphqlContext } from "../context";
import { EntityInterface } from "../types/entity.type";
import { SourceType } from "../types/relationship.type";
import {
  ClaimantShareType,
  EntityStatsType,
  GraphStatsType,
  SourceShareType,
  SupportCountType,
} from "../types/stats.type";

const NO_STATS = (entityId: string): EntityStatsAnswer => ({
  entityId,
  relationships: 0,
  byType: [],
  sources: [],
  claimants: [],
  relationshipsRead: 0,
  complete: true,
});

const firstArg = (first: number | null): number =>
  assertIntInRange("first", first ?? DEFAULTS.STATS_FIRST, 1, LIMITS.FIRST_MAX);

const LIST_DESCRIPTION = `most relationships first, then by id. first: 1 to ${LIMITS.FIRST_MAX}, default ${DEFAULTS.STATS_FIRST}.`;

@Resolver()
export class StatsResolver {
  @Query((_returns) => GraphStatsType, {
    description: "How many entities of each kind and relationships of each type.",
  })
  stats(@Ctx() ctx: GraphqlContext): Promise<GraphStats> {
    return ctx.services.stats.graph();
  }
}

@Resolver((_of) => EntityInterface)
export class EntityStatsResolver {
  @FieldResolver((_returns) => EntityStatsType, {
    description: `Its relationships by type and direction, its sources and its claimants. Sources and claimants are read from at most ${LIMITS.ENTITY_STATS_RELATIONSHIPS_MAX} of its relationships.`,
  })
  async stats(@Root() entity: Entity, @Ctx() ctx: GraphqlContext): Promise<EntityStatsAnswer> {
    return (await ctx.stats.entity(entity.id)) ?? NO_STATS(entity.id);
  }
}

@Resolver((_of) => EntityStatsType)
export class EntityStatsFieldsResolver {
  @FieldResolver((_returns) => Int)
  sourceCount(@Root() stats: EntityStatsAnswer): number {
    return stats.sources.length;
  }

  @FieldResolver((_returns) => Int)
  claimantCount(@Root() stats: EntityStatsAnswer): number {
    return stats.claimants.length;
  }

  @FieldResolver((_returns) => [SourceShareType], {
    description: `The sources of its relationships read, each with how many it supports: ${LIST_DESCRIPTION}`,
  })
  sources(
    @Root() stats: EntityStatsAnswer,
    @Arg("first", (_type) => Int, { nullable: true, defaultValue: DEFAULTS.STATS_FIRST })
    first: number | null,
  ): SourceShareType[] {
    return stats.sources.slice(0, firstArg(first)).map((s: SupportShare) => ({
      sourceId: s.id,
      relationships: s.relationships,
    }));
  }

  @FieldResolver((_returns) => [ClaimantShareType], {
    description: `Who makes the claims its relationships read rest on, each with how many: ${LIST_DESCRIPTION}`,
  })
  claimants(
    @Root() stats: EntityStatsAnswer,
    @Arg("first", (_type) => Int, { nullable: true, defaultValue: DEFAULTS.STATS_FIRST })
    first: number | null,
  ): ClaimantShareType[] {
    return stats.claimants.slice(0, firstArg(first)).map((c: SupportShare) => ({
      claimant: c.id,
      relationships: c.relationships,
    }));
  }
}

@Resolver((_of) => SourceShareType)
export class SourceShareResolver {
  @FieldResolver((_returns) => SourceType, {
    nullable: true,
    description: "The source, or null if it is gone.",
  })
  source(@Root() share: SourceShareType, @Ctx() ctx: GraphqlContext): Promise<Source | null> {
    return ctx.graph.source(share.sourceId);
  }
}

@Resolver((_of) => SourceType)
export class SourceSupportsResolver {
  @FieldResolver((_returns) => [SupportCountType], {
    description:
      "What it supports, by relationship type in type order: its citations of each type and the distinct relationships they cite.",
  })
  supports(@Root() source: Source, @Ctx() ctx: GraphqlContext): Promise<SourceSupport[]> {
    return ctx.stats.sourceSupports(source.id);
  }
}

export const STATS_RESOLVERS = [
  StatsResolver,
  EntityStatsResolver,
  EntityStatsFieldsResolver,
  SourceShareResolver,
  SourceSupportsResolver,
] as const;
