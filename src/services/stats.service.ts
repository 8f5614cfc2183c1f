import type { StatsRepository } from "../graph/stats.repository";
import type { EntityStats, GraphStats, SourceSupport } from "../model/stats";
import { LIMITS } from "./limits";

export interface StatsOptions {
  /** Relationships of one entity its sources and claimants are read from (ENTITY_STATS_RELATIONSHIPS_MAX). */
  readonly relationshipsReadMax: number;
}

/** An entity's stats, saying whether its sources and claimants cover every one of its relationships. */
export interface EntityStatsAnswer extends EntityStats {
  readonly complete: boolean;
}

/** Aggregates an analyst asks for first: counts by kind and type, an entity's, a source's. */
export class StatsService {
  constructor(
    private readonly repository: StatsRepository,
    private readonly options: StatsOptions = { relationshipsReadMax: LIMITS.ENTITY_STATS_RELATIONSHIPS_MAX },
  ) {}

  graph(): Promise<GraphStats> {
    return this.repository.graph();
  }

  /** Stats of each entity found among `ids`, in one statement. */
  async entities(ids: readonly string[]): Promise<Map<string, EntityStatsAnswer>> {
    const found = await this.repository.entities(ids, this.options.relationshipsReadMax);
    return new Map(
      [...found].map(([id, stats]) => [
        id,
        { ...stats, complete: stats.relationshipsRead >= stats.relationships },
      ]),
    );
  }

  sourceSupports(ids: readonly string[]): Promise<Map<string, SourceSupport[]>> {
    return this.repository.sourceSupports(ids);
  }
}
