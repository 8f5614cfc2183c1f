import type { Citation } from "../model/citation";
import type { Relationship } from "../model/relationship";
import type { Source } from "../model/source";
import {
  CITATIONS_OF_RELATIONSHIPS,
  CITATIONS_OF_SOURCE,
  SOURCES_BY_IDS,
  SOURCE_PAGE,
  SOURCE_TEXTS,
} from "./cypher/evidence.cypher";
import { RELATIONSHIPS_BY_TYPED_IDS } from "./cypher/relationship.cypher";
import type { Executor } from "./executor";
import { toCitation, toRelationship, toSource } from "./mappers";

/** Reads of sources and citations; each is an index seek (see cypher/schema). */
export class EvidenceRepository {
  constructor(private readonly executor: Executor) {}

  async sourcesByIds(ids: readonly string[]): Promise<Source[]> {
    if (ids.length === 0) return [];
    const rows = await this.executor.read(SOURCES_BY_IDS, { ids });
    return rows.map((r) => toSource(r.source));
  }

  async sourceTexts(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.executor.read(SOURCE_TEXTS, { ids });
    return new Map(rows.map((r) => [String(r.id), String(r.text ?? "")]));
  }

  /** Sources in id order after `after` (an id, or null from the start), at most `first`. */
  async sourcePage(after: string | null, first: number): Promise<Source[]> {
    const rows = await this.executor.read(SOURCE_PAGE, { after, first });
    return rows.map((r) => toSource(r.source));
  }

  /** At most `first` citations of each relationship, in source then offset order. */
  async citationsOf(relationshipIds: readonly string[], first: number): Promise<Map<string, Citation[]>> {
    const rows = await this.executor.read(CITATIONS_OF_RELATIONSHIPS, { ids: relationshipIds, first });
    return new Map(rows.map((r) => [String(r.id), (r.citations as unknown[]).map(toCitation)]));
  }

  /** One page of a source's citations in id order, after `after` (a citation id, or null). */
  async citationsOfSource(sourceId: string, after: string | null, first: number): Promise<Citation[]> {
    const rows = await this.executor.read(CITATIONS_OF_SOURCE, { sourceId, after, first });
    return rows.map((r) => toCitation(r.citation));
  }

  /** Relationships by id, grouped by type (`{MEDIATES: [ids], ...}`), in one statement. */
  async relationshipsByIds(idsByType: ReadonlyMap<string, readonly string[]>): Promise<Relationship[]> {
    if (idsByType.size === 0) return [];
    const rows = await this.executor.read(RELATIONSHIPS_BY_TYPED_IDS, {
      idsByType: Object.fromEntries(idsByType),
    });
    return rows.map((r) => toRelationship(r.relationship));
  }
}
