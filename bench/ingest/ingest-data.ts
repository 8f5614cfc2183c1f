import type { CitationRow, EntityRow, RelationshipRow, SourceRow } from "../../src/graph/bulk.repository";
import type { CitationInput } from "../../src/model/citation";
import { type SourceKind, type Stance, relationshipType } from "../../src/model/registry";
import type { EditorCommand } from "../../src/services/editor-commands";
import { generatedGroup, sourceGroupCount } from "../../src/generate/synthetic-evidence";
import { SyntheticGraph } from "../../src/generate/synthetic-graph";

/**
 * One generated graph (src/generate/), cut into the same chunks for both ways of writing it:
 * each chunk is one transaction, as a seed file is one.
 */

/** Rows per chunk: entities, or relationships with their sources and citations. */
export const ROWS_PER_CHUNK = 1_000;

export interface EntityChunk {
  /** The service's commands. */
  readonly commands: readonly EditorCommand[];
  /** The same entities as raw rows, by kind. */
  readonly rows: ReadonlyMap<string, readonly EntityRow[]>;
}

export interface RelationshipChunk {
  readonly commands: readonly EditorCommand[];
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

const text = (value: unknown): string | null => (typeof value === "string" ? value : null);

function citationInput(type: string, row: CitationRow): CitationInput {
  const p = row.properties;
  const own = Object.keys(relationshipType(type)!.properties);
  return {
    sourceId: String(p.sourceId),
    quote: String(p.quote),
    start: Number(p.start),
    stance: p.stance as Stance,
    claimant: text(p.claimant),
    claimantId: text(p.claimantId),
    properties: Object.fromEntries(own.filter((k) => k in p).map((k) => [k, p[k]])),
  };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  map.set(key, [...(map.get(key) ?? []), value]);
}

/** The graph of `entities` entities and `seed`, as service commands and as raw rows, chunk by chunk. */
export function ingestData(entities: number, seed: number): IngestData {
  const graph = new SyntheticGraph(entities, seed);
  const entityChunks: EntityChunk[] = [];
  for (let first = 0; first < entities; first += ROWS_PER_CHUNK) {
    const commands: EditorCommand[] = [];
    const rows = new Map<string, EntityRow[]>();
    for (let i = first; i < Math.min(entities, first + ROWS_PER_CHUNK); i++) {
      const { label, ...row } = graph.entity(i);
      commands.push({ kind: "entity", input: { ...row, kind: label } });
      push(rows, label, row);
    }
    entityChunks.push({ commands, rows });
  }
  const relationshipChunks: RelationshipChunk[] = [];
  let chunk = emptyChunk();
  let totals = { relationships: 0, citations: 0, sources: 0 };
  for (let g = 0; g < sourceGroupCount(entities); g++) {
    const group = generatedGroup(graph, g);
    const citationsOf = new Map<string, CitationRow[]>();
    for (const c of group.citations) push(citationsOf, String(c.properties.relationshipId), c);
    for (const s of group.sources) {
      chunk.sources.push(s);
      chunk.sourceCommands.push({
        kind: "source",
        input: {
          id: s.id,
          title: s.properties.title!,
          kind: s.properties.kind as SourceKind,
          text: s.properties.text!,
          language: s.properties.language ?? null,
        },
      });
    }
    for (const { type, ...row } of group.relationships) {
      push(chunk.relationships, type, row);
      chunk.relationshipCommands.push({
        kind: "relationship",
        input: {
          id: row.id,
          type,
          from: row.from,
          to: row.to,
          citations: (citationsOf.get(row.id) ?? []).map((c) => citationInput(type, c)),
        },
      });
    }
    chunk.citations.push(...group.citations);
    chunk.relationshipCount += group.relationships.length;
    totals = {
      relationships: totals.relationships + group.relationships.length,
      citations: totals.citations + group.citations.length,
      sources: totals.sources + group.sources.length,
    };
    if (chunk.relationshipCount >= ROWS_PER_CHUNK) {
      relationshipChunks.push(closed(chunk));
      chunk = emptyChunk();
    }
  }
  if (chunk.relationshipCount > 0) relationshipChunks.push(closed(chunk));
  return { entities, ...totals, entityChunks, relationshipChunks };
}

/** A seed file's order: its sources first, then the relationships that quote them. */
function closed(chunk: ReturnType<typeof emptyChunk>): RelationshipChunk {
  const { sourceCommands, relationshipCommands, ...rest } = chunk;
  return { ...rest, commands: [...sourceCommands, ...relationshipCommands] };
}

function emptyChunk() {
  return {
    sourceCommands: [] as EditorCommand[],
    relationshipCommands: [] as EditorCommand[],
    sources: [] as SourceRow[],
    relationships: new Map<string, RelationshipRow[]>(),
    citations: [] as CitationRow[],
    relationshipCount: 0,
  };
}
