import {
  DELETE_SOME_NODES,
  INDEXES_POPULATING,
  MERGE_CITATIONS,
  MERGE_ENTITIES,
  MERGE_RELATIONSHIPS,
  MERGE_SOURCES,
} from "./cypher/bulk.cypher";
import { schemaStatements } from "./cypher/schema.cypher";
import type { Executor, WriteCounters } from "./executor";
import { ZERO_COUNTERS, addCounters } from "./seed.repository";
import { statement } from "./statement";

export interface SourceRow {
  readonly id: string;
  readonly properties: Readonly<Record<string, string>>;
}

/** A :Citation node: its id, and every other property as stored. */
export interface CitationRow {
  readonly id: string;
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface EntityRow {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly description: string | null;
  readonly properties: Readonly<Record<string, unknown>>;
}

/** A relationship, endpoints in stored direction; its properties hold its evidence summary (null removes). */
export interface RelationshipRow {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly properties: Readonly<Record<string, unknown>>;
}

function invariant<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`invariant: no bulk statement for ${what}`);
  return value;
}

/** Batches of rows merged by id, one transaction per batch; callers keep batches to a size Neo4j holds in memory. */
export class BulkRepository {
  constructor(private readonly executor: Executor) {}

  /** The registry's uniqueness constraints (idempotent): the merges below find ids by their index. */
  async applyConstraints(): Promise<WriteCounters> {
    return this.applySchemaPart(true);
  }

  /**
   * The registry's other indexes (name, full-text), idempotent. A load into an empty database applies
   * them last: populating an index once is cheaper than updating it row by row.
   */
  async applyIndexes(): Promise<WriteCounters> {
    return this.applySchemaPart(false);
  }

  /** Waits until every index is online, polling every `pollMs`; false when `timeoutMs` passes first. */
  async awaitIndexes(timeoutMs: number, pollMs = 500): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if ((await this.executor.read(INDEXES_POPULATING)).length === 0) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  private async applySchemaPart(constraints: boolean): Promise<WriteCounters> {
    let total = ZERO_COUNTERS;
    for (const [index, text] of schemaStatements().entries()) {
      if (text.startsWith("CREATE CONSTRAINT") !== constraints) continue;
      const result = await this.executor.schema(statement(`schema${index + 1}`, text));
      total = addCounters(total, result.counters);
    }
    return total;
  }

  async mergeSources(rows: readonly SourceRow[]): Promise<WriteCounters> {
    return (await this.executor.write(MERGE_SOURCES, { rows })).counters;
  }

  async mergeCitations(rows: readonly CitationRow[]): Promise<WriteCounters> {
    return (await this.executor.write(MERGE_CITATIONS, { rows })).counters;
  }

  /** `label` must be a registry kind. */
  async mergeEntities(label: string, rows: readonly EntityRow[]): Promise<WriteCounters> {
    const merge = invariant(MERGE_ENTITIES.get(label), `kind ${label}`);
    return (await this.executor.write(merge, { rows })).counters;
  }

  /** `type` must be a registry relationship type; both endpoints must already exist. */
  async mergeRelationships(type: string, rows: readonly RelationshipRow[]): Promise<WriteCounters> {
    const merge = invariant(MERGE_RELATIONSHIPS.get(type), `type ${type}`);
    return (await this.executor.write(merge, { rows })).counters;
  }

  /** Deletes every node and relationship, `batchSize` nodes per transaction. */
  async deleteAll(batchSize: number): Promise<WriteCounters> {
    let total = ZERO_COUNTERS;
    for (;;) {
      const result = await this.executor.write(DELETE_SOME_NODES, { limit: batchSize });
      total = addCounters(total, result.counters);
      if (Number(result.rows[0]?.deleted ?? 0) === 0) return total;
    }
  }
}
