import DataLoader from "dataloader";
import type { SourceSupport } from "../model/stats";
import type { EntityStatsAnswer, StatsService } from "./stats.service";

/** Per-request batching of stats: every entity's (or source's) asked in one tick is one statement. */
export class RequestStats {
  private readonly entityStats: DataLoader<string, EntityStatsAnswer | null>;
  private readonly supports: DataLoader<string, SourceSupport[]>;

  constructor(service: StatsService) {
    this.entityStats = new DataLoader(async (ids) => {
      const found = await service.entities(ids);
      return ids.map((id) => found.get(id) ?? null);
    });
    this.supports = new DataLoader(async (ids) => {
      const found = await service.sourceSupports(ids);
      return ids.map((id) => found.get(id) ?? []);
    });
  }

  entity(id: string): Promise<EntityStatsAnswer | null> {
    return this.entityStats.load(id);
  }

  sourceSupports(sourceId: string): Promise<SourceSupport[]> {
    return this.supports.load(sourceId);
  }
}
