import type { BulkRepository } from "../graph/bulk.repository";
import { type BulkProgress, BulkWriter } from "../graph/bulk-writer";
import type { WriteCounters } from "../graph/executor";
import { ZERO_COUNTERS } from "../graph/seed.repository";
import type { GenerateOptions } from "./generate-options";
import { generatedGroup, sourceGroupCount } from "./synthetic-evidence";
import { RELATIONSHIPS_PER_ENTITY, SyntheticGraph } from "./synthetic-graph";

export interface GenerateProgress extends BulkProgress {
  readonly totalEntities: number;
  /** An estimate: entities start RELATIONSHIPS_PER_ENTITY each, less the few drawn twice. */
  readonly expectedRelationships: number;
}

export interface GenerateSummary extends WriteCounters {
  readonly entities: number;
  readonly relationships: number;
  readonly sources: number;
  readonly citations: number;
  readonly seed: number;
  readonly reset: boolean;
}

export interface GenerateRun extends GenerateOptions {
  /** Delete every node and relationship first. */
  readonly reset?: boolean;
  readonly onProgress?: (progress: GenerateProgress) => void;
}

/** How long a load waits for indexes created after it (a million names take a minute or two). */
const INDEX_POPULATION_TIMEOUT_MS = 15 * 60_000;

/**
 * Writes a SyntheticGraph through the bulk path: constraints first, then entities, then group by group
 * the relationships, their citations and the sources they quote; indexes last.
 */
export class GraphGenerator {
  constructor(private readonly repository: BulkRepository) {}

  async generate(run: GenerateRun): Promise<GenerateSummary> {
    const deleted = run.reset ? await this.repository.deleteAll(run.batchSize) : ZERO_COUNTERS;
    const constraints = await this.repository.applyConstraints();
    const graph = new SyntheticGraph(run.entities, run.seed);
    const expectedRelationships = run.entities * RELATIONSHIPS_PER_ENTITY;
    const writer = new BulkWriter(this.repository, {
      batchSize: run.batchSize,
      onProgress: (p) => run.onProgress?.({ ...p, totalEntities: run.entities, expectedRelationships }),
    });
    for (let i = 0; i < run.entities; i++) {
      const { label, ...row } = graph.entity(i);
      await writer.addEntity(label, row);
    }
    for (let g = 0; g < sourceGroupCount(run.entities); g++) {
      const group = generatedGroup(graph, g);
      for (const { type, ...row } of group.relationships) await writer.addRelationship(type, row);
      for (const row of group.citations) await writer.addCitation(row);
      for (const row of group.sources) await writer.addSource(row);
    }
    const written = await writer.finish();
    const indexes = await this.repository.applyIndexes();
    if (!(await this.repository.awaitIndexes(INDEX_POPULATION_TIMEOUT_MS)))
      throw new Error(
        `the name, citation and full-text indexes were still populating after ${INDEX_POPULATION_TIMEOUT_MS / 1000} s: SHOW INDEXES shows their progress`,
      );
    const c = written.counters;
    return {
      entities: written.entities,
      relationships: written.relationships,
      sources: written.sources,
      citations: written.citations,
      seed: run.seed,
      reset: run.reset ?? false,
      nodesCreated: c.nodesCreated,
      nodesDeleted: c.nodesDeleted + deleted.nodesDeleted,
      relationshipsCreated: c.relationshipsCreated,
      relationshipsDeleted: c.relationshipsDeleted + deleted.relationshipsDeleted,
      propertiesSet: c.propertiesSet,
      labelsAdded: c.labelsAdded,
      constraintsAdded: constraints.constraintsAdded + indexes.constraintsAdded,
      indexesAdded: constraints.indexesAdded + indexes.indexesAdded,
    };
  }
}
