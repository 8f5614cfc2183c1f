import type { Citation } from "../model/citation";
import type { Entity } from "../model/entity";
import type { Relationship } from "../model/relationship";
import type { Source } from "../model/source";
import { BatchWrites, type CitationWrite } from "./batch-writes";
import { ENTITIES_BY_IDS } from "./cypher/entity.cypher";
import {
  ALL_CITATIONS_OF_RELATIONSHIPS,
  DELETE_CITATIONS_OF_RELATIONSHIPS,
  DELETE_CITATIONS_OF_SOURCE,
  DELETE_SOURCE,
  SOURCES_BY_IDS,
} from "./cypher/evidence.cypher";
import { DELETE_ENTITY, DELETE_RELATIONSHIPS, RETRACT_RELATIONSHIP } from "./cypher/write.cypher";
import { DERIVE_EVIDENCE_OF } from "./cypher/derive.cypher";
import type { TransactionRunner } from "./executor";
import { toCitation, toEntity, toRelationship, toSource } from "./mappers";
import type { Statement } from "./statement";

/** Where a relationship lands: its id, type and stored direction. */
export interface RelationshipTarget {
  readonly id: string;
  readonly type: string;
  readonly from: string;
  readonly to: string;
}

export type { CitationWrite };

/** Citations removed with a source, by relationship. */
export interface RemovedCitations {
  readonly relationshipId: string;
  readonly type: string;
  readonly removed: number;
}

/** Batch size of a source's retraction: each batch is one statement of the same transaction. */
const RETRACT_BATCH = 10_000;

function forName(table: ReadonlyMap<string, Statement>, name: string): Statement {
  const found = table.get(name);
  // Callers validate kinds and types against the registry first.
  if (!found) throw new Error(`invariant: ${name} is not in the registry`);
  return found;
}

function byType<T extends { type: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.type, [...(groups.get(item.type) ?? []), item]);
  return groups;
}

/**
 * The reads and writes of one write transaction. Reads see what the transaction wrote so far and what
 * others committed; whatever the unit of work throws rolls all of it back.
 */
export class WriteTransaction {
  /** `run` is the transaction's own runner, also for steps that commit or roll back with its writes. */
  /** The statements of validated writes in batches, in this transaction. */
  readonly batch: BatchWrites;

  constructor(readonly run: TransactionRunner) {
    this.batch = new BatchWrites(run);
  }

  async entities(ids: readonly string[]): Promise<Entity[]> {
    const { rows } = await this.run(ENTITIES_BY_IDS, { ids });
    return rows.map((r) => toEntity(r.entity));
  }

  async sources(ids: readonly string[]): Promise<Source[]> {
    const { rows } = await this.run(SOURCES_BY_IDS, { ids });
    return rows.map((r) => toSource(r.source));
  }

  /** The relationships detached (their citations removed too), or undefined when no entity has the id. */
  async deleteEntity(id: string): Promise<Relationship[] | undefined> {
    const { rows } = await this.run(DELETE_ENTITY, { id });
    if (!rows[0]) return undefined;
    const detached = (rows[0].detached as unknown[]).filter((r) => r !== null).map(toRelationship);
    await this.run(DELETE_CITATIONS_OF_RELATIONSHIPS, { ids: detached.map((r) => r.id) });
    return detached;
  }

  async deleteSource(id: string): Promise<boolean> {
    const { rows } = await this.run(DELETE_SOURCE, { id });
    return Number(rows[0]?.deleted ?? 0) > 0;
  }

  /** Removes every citation of a source, batch by batch, and says which relationships lost how many. */
  async deleteCitationsOfSource(sourceId: string): Promise<RemovedCitations[]> {
    const removed = new Map<string, RemovedCitations>();
    for (;;) {
      const { rows } = await this.run(DELETE_CITATIONS_OF_SOURCE, { sourceId, limit: RETRACT_BATCH });
      if (rows.length === 0) return [...removed.values()];
      for (const r of rows) {
        const relationshipId = String(r.relationshipId);
        const before = removed.get(relationshipId)?.removed ?? 0;
        removed.set(relationshipId, {
          relationshipId,
          type: String(r.type),
          removed: before + Number(r.removed),
        });
      }
    }
  }

  /** Every citation of each relationship, in source then offset order. */
  async citationsOf(relationshipIds: readonly string[]): Promise<Map<string, Citation[]>> {
    const { rows } = await this.run(ALL_CITATIONS_OF_RELATIONSHIPS, { ids: relationshipIds });
    return new Map(rows.map((r) => [String(r.id), (r.citations as unknown[]).map(toCitation)]));
  }

  /** Writes evidence summaries, one statement per type; returns the relationships as now stored. */
  /**
   * Derives the evidence summaries of relationships from their citations (DERIVE_EVIDENCE_OF, the one
   * derivation seed files use too), one statement per type; returns each as now stored.
   */
  async deriveEvidence(targets: readonly { id: string; type: string }[]): Promise<Relationship[]> {
    const written: Relationship[] = [];
    for (const [type, rows] of byType(targets)) {
      const result = await this.run(forName(DERIVE_EVIDENCE_OF, type), { ids: rows.map((w) => w.id) });
      written.push(...result.rows.map((r) => toRelationship(r.relationship)));
    }
    return written;
  }

  /** Removes relationships (already without citations), one statement per type. */
  async deleteRelationships(targets: readonly { id: string; type: string }[]): Promise<void> {
    for (const [type, rows] of byType(targets)) {
      await this.run(forName(DELETE_RELATIONSHIPS, type), { ids: rows.map((r) => r.id) });
    }
  }

  /** Removes the relationship and its citations. */
  async retractRelationship(id: string): Promise<boolean> {
    const { rows } = await this.run(RETRACT_RELATIONSHIP, { id });
    const retracted = Number(rows[0]?.retracted ?? 0) > 0;
    if (retracted) await this.run(DELETE_CITATIONS_OF_RELATIONSHIPS, { ids: [id] });
    return retracted;
  }
}
