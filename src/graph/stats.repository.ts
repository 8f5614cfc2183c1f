import { NODE_LABELS, RELATIONSHIP_TYPE_NAMES } from "../model/registry";
import type { EntityStats, GraphStats, SourceSupport, SupportShare } from "../model/stats";
import { DEGREE_KEYS, ENTITY_STATS, GRAPH_STATS, SOURCE_SUPPORTS } from "./cypher/stats.cypher";
import type { Executor } from "./executor";

const numbers = (value: unknown): number[] => ((value as unknown[] | null) ?? []).map(Number);

const shares = (value: unknown): SupportShare[] =>
  ((value as { id: unknown; relationships: unknown }[] | null) ?? []).map((s) => ({
    id: String(s.id),
    relationships: Number(s.relationships),
  }));

/** Counts from Neo4j's count and degree stores, and summaries read from relationships' own properties. */
export class StatsRepository {
  constructor(private readonly executor: Executor) {}

  async graph(): Promise<GraphStats> {
    const [row] = await this.executor.read(GRAPH_STATS);
    const kinds = numbers(row?.kinds);
    const types = numbers(row?.types);
    return {
      entitiesByKind: NODE_LABELS.map((kind, i) => ({ kind, count: kinds[i] ?? 0 })),
      relationshipsByType: RELATIONSHIP_TYPE_NAMES.map((type, i) => ({ type, count: types[i] ?? 0 })),
      entities: Number(row?.entities ?? 0),
      relationships: types.reduce((sum, n) => sum + n, 0),
      sources: Number(row?.sources ?? 0),
      citations: Number(row?.citations ?? 0),
    };
  }

  /** Stats of each entity found among `ids`, reading sources and claimants from at most `cap` relationships. */
  async entities(ids: readonly string[], cap: number): Promise<Map<string, EntityStats>> {
    if (ids.length === 0) return new Map();
    const rows = await this.executor.read(ENTITY_STATS, { ids, cap });
    return new Map(
      rows.map((row) => {
        const degrees = numbers(row.degrees);
        const stats: EntityStats = {
          entityId: String(row.id),
          relationships: Number(row.relationships),
          byType: DEGREE_KEYS.map((key, i) => ({ ...key, count: degrees[i] ?? 0 })).filter(
            (d) => d.count > 0,
          ),
          sources: shares(row.sources),
          claimants: shares(row.claimants),
          relationshipsRead: Number(row.relationshipsRead),
        };
        return [stats.entityId, stats];
      }),
    );
  }

  /** What each source in `ids` supports, by relationship type in type order; a source with none maps to []. */
  async sourceSupports(ids: readonly string[]): Promise<Map<string, SourceSupport[]>> {
    if (ids.length === 0) return new Map();
    const rows = await this.executor.read(SOURCE_SUPPORTS, { ids });
    return new Map(
      rows.map((row) => [
        String(row.sourceId),
        ((row.supports as Record<string, unknown>[] | null) ?? []).map((s) => ({
          type: String(s.type),
          citations: Number(s.citations),
          relationships: Number(s.relationships),
        })),
      ]),
    );
  }
}
