import type { CitationRow, EntityRow, RelationshipRow, SourceRow } from "../../src/graph/bulk.repository";
import { generatedGroup, sourceGroupCount } from "../../src/generate/synthetic-evidence";
import { SyntheticGraph } from "../../src/generate/synthetic-graph";

/** One generated graph (src/generate/) as raw rows, cut into chunks: each chunk is one transaction. */

/** Rows per chunk: entities, or relationships with their sources and citations. */
export const ROWS_PER_CHUNK = 1_000;

export interface EntityChunk {
  /** The entities as raw rows, by kind. */
  readonly rows: ReadonlyMap<string, readonly EntityRow[]>;
}

export interface RelationshipChunk {
  readonly sources: readonly SourceRow[];
  /** Raw rows by type, properties holding the evidence summary the generator computed. */
  readonly relationships: ReadonlyMap<string, readonly RelationshipRow[]>;
  readonly citations: readonly CitationRow[];
  readonly relationshipCount: number;
}

export interface IngestData {
  readonly entities: number;
  readonly relationships: number;
  readonly citations: number;
  readonly sources: number;
  readonly entityChunks: readonly EntityChunk[];
  readonly relationshipChunks: readonly RelationshipChunk[];
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  map.set(key, [...(map.get(key) ?? []), value]);
}

/** The graph of `entities` entities and `seed`, as raw rows, chunk by chunk. */
export function ingestData(entities: number, seed: number): IngestData {
  const graph = new SyntheticGraph(entities, seed);
  const entityChunks: EntityChunk[] = [];
  for (let first = 0; first < entities; first += ROWS_PER_CHUNK) {
    const rows = new Map<string, EntityRow[]>();
    for (let i = first; i < Math.min(entities, first + ROWS_PER_CHUNK); i++) {
      const { label, ...row } = graph.entity(i);
      push(rows, label, row);
    }
    entityChunks.push({ rows });
  }
  const relationshipChunks: RelationshipChunk[] = [];
  let chunk = emptyChunk();
  let totals = { relationships: 0, citations: 0, sources: 0 };
  for (let g = 0; g < sourceGroupCount(entities); g++) {
    const group = generatedGroup(graph, g);
    chunk.sources.push(...group.sources);
    for (const { type, ...row } of group.relationships) push(chunk.relationships, type, row);
    chunk.citations.push(...group.citations);
    chunk.relationshipCount += group.relationships.length;
    totals = {
      relationships: totals.relationships + group.relationships.length,
      citations: totals.citations + group.citations.length,
      sources: totals.sources + group.sources.length,
    };
    if (chunk.relationshipCount >= ROWS_PER_CHUNK) {
      relationshipChunks.push(chunk);
      chunk = emptyChunk();
    }
  }
  if (chunk.relationshipCount > 0) relationshipChunks.push(chunk);
  return { entities, ...totals, entityChunks, relationshipChunks };
}

function emptyChunk() {
  return {
    sources: [] as SourceRow[],
    relationships: new Map<string, RelationshipRow[]>(),
    citations: [] as CitationRow[],
    relationshipCount: 0,
  };
}
