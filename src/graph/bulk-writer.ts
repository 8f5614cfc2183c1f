import type { BulkRepository, CitationRow, EntityRow, RelationshipRow, SourceRow } from "./bulk.repository";
import type { WriteCounters } from "./executor";
import { ZERO_COUNTERS, addCounters } from "./seed.repository";

/** Rows written so far, reported after every batch. */
export interface BulkProgress {
  readonly entities: number;
  readonly relationships: number;
  readonly sources: number;
  readonly citations: number;
  readonly counters: WriteCounters;
}

export interface BulkWriterOptions {
  /** Rows per statement and transaction. */
  readonly batchSize: number;
  readonly onProgress?: (progress: BulkProgress) => void;
}

/** Sources carry their whole text: fewer of them per transaction. */
const SOURCE_BATCH_MAX = 500;

/**
 * Buffers rows per kind and per relationship type and writes them in batches. Entities still buffered
 * are written before any relationship batch, so a relationship added after its endpoints finds them.
 * One batch is written while the caller fills the next: batches still commit one at a time, in order.
 */
export class BulkWriter {
  private readonly entities = new Map<string, EntityRow[]>();
  private readonly relationships = new Map<string, RelationshipRow[]>();
  private sources: SourceRow[] = [];
  private citations: CitationRow[] = [];
  private entitiesWritten = 0;
  private relationshipsWritten = 0;
  private sourcesWritten = 0;
  private citationsWritten = 0;
  private counters: WriteCounters = ZERO_COUNTERS;
  /** The batch being written; it never rejects, a failure waits in `failure` for the next call. */
  private inFlight: Promise<void> = Promise.resolve();
  private failure: unknown;

  constructor(
    private readonly repository: BulkRepository,
    private readonly options: BulkWriterOptions,
  ) {}

  async addSource(row: SourceRow): Promise<void> {
    this.sources.push(row);
    if (this.sources.length >= Math.min(this.options.batchSize, SOURCE_BATCH_MAX)) await this.flushSources();
  }

  async addCitation(row: CitationRow): Promise<void> {
    this.citations.push(row);
    if (this.citations.length >= this.options.batchSize) await this.flushCitations();
  }

  async addEntity(label: string, row: EntityRow): Promise<void> {
    const buffer = this.buffer(this.entities, label);
    buffer.push(row);
    if (buffer.length >= this.options.batchSize) await this.flushEntities(label);
  }

  async addRelationship(type: string, row: RelationshipRow): Promise<void> {
    const buffer = this.buffer(this.relationships, type);
    buffer.push(row);
    if (buffer.length >= this.options.batchSize) await this.flushRelationships(type);
  }

  /** Writes every row still buffered; returns what all writes changed. */
  async finish(): Promise<BulkProgress> {
    await this.flushAllEntities();
    for (const type of [...this.relationships.keys()]) await this.flushRelationships(type);
    await this.flushSources();
    await this.flushCitations();
    await this.settle();
    return this.progress();
  }

  private async flushAllEntities(): Promise<void> {
    for (const label of [...this.entities.keys()]) await this.flushEntities(label);
  }

  private async flushEntities(label: string): Promise<void> {
    const rows = this.entities.get(label) ?? [];
    if (rows.length === 0) return;
    this.entities.set(label, []);
    await this.start(async () => {
      this.count(await this.repository.mergeEntities(label, rows));
      this.entitiesWritten += rows.length;
    });
  }

  private async flushRelationships(type: string): Promise<void> {
    const rows = this.relationships.get(type) ?? [];
    if (rows.length === 0) return;
    await this.flushAllEntities();
    this.relationships.set(type, []);
    await this.start(async () => {
      this.count(await this.repository.mergeRelationships(type, rows));
      this.relationshipsWritten += rows.length;
    });
  }

  private async flushSources(): Promise<void> {
    const rows = this.sources;
    if (rows.length === 0) return;
    this.sources = [];
    await this.start(async () => {
      this.count(await this.repository.mergeSources(rows));
      this.sourcesWritten += rows.length;
    });
  }

  private async flushCitations(): Promise<void> {
    const rows = this.citations;
    if (rows.length === 0) return;
    this.citations = [];
    await this.start(async () => {
      this.count(await this.repository.mergeCitations(rows));
      this.citationsWritten += rows.length;
    });
  }

  /** Waits for the batch in flight, then starts `write` without waiting for it. */
  private async start(write: () => Promise<void>): Promise<void> {
    await this.settle();
    this.inFlight = write().then(
      () => this.options.onProgress?.(this.progress()),
      (error: unknown) => void (this.failure = error),
    );
  }

  /** Waits for the batch in flight; rethrows the first failure, so nothing is written after it. */
  private async settle(): Promise<void> {
    await this.inFlight;
    if (this.failure !== undefined) throw this.failure;
  }

  private buffer<T>(buffers: Map<string, T[]>, key: string): T[] {
    let buffer = buffers.get(key);
    if (!buffer) buffers.set(key, (buffer = []));
    return buffer;
  }

  private count(counters: WriteCounters): void {
    this.counters = addCounters(this.counters, counters);
  }

  private progress(): BulkProgress {
    return {
      entities: this.entitiesWritten,
      relationships: this.relationshipsWritten,
      sources: this.sourcesWritten,
      citations: this.citationsWritten,
      counters: this.counters,
    };
  }
}
