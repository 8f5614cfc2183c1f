import type { CitationRow, SourceRow } from "../graph/bulk.repository";
import { generatedGroup, sourceGroupCount } from "./synthetic-evidence";
import type { GeneratedRelationship } from "./synthetic-evidence";
import { SyntheticGraph } from "./synthetic-graph";

/** One seed file of a generated graph: its name (sorting in load order) and its statements. */
export interface SeedScript {
  readonly name: string;
  readonly content: string;
  readonly statements: number;
}

export interface SeedScriptCounts {
  readonly entities: number;
  readonly relationships: number;
  readonly citations: number;
  readonly sources: number;
}

/**
 * Rows (entities, sources or relationships with their citations) per `UNWIND [...] AS row` statement of a
 * generated file. Neo4j plans each statement once (a list literal is not parameterised, so no plan is
 * reused): the fewer statements, the less time goes to planning; the more rows, the longer each literal
 * takes to parse. A few hundred rows make planning a small share of a file's time.
 */
export const ROWS_PER_STATEMENT = 500;

/**
 * A citation's stored fields that a seed file does not give: the derivation step (cypher/derive/evidence.cypher)
 * computes them from the given ones (docs/seed-files.md, "What is derived").
 */
const DERIVED = new Set(["id", "relationshipId", "relationshipType", "sourceKind", "end"]);

/** The given fields a citation map opens with, in this order; the others (claimant, dates, type properties) follow. */
const LEADING = ["sourceId", "start", "quote", "stance"] as const;

/**
 * A Cypher literal: strings single-quoted with Cypher's escapes. Only for writing seed files, whose
 * statements Neo4j runs as written and which have no parameters (docs/seed-files.md); the service's own
 * statements take values as $parameters.
 */
export function cypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string")
    return `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n").replace(/\r/g, "\\r")}'`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(", ")}]`;
  if (typeof value === "object")
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${cypherLiteral(v)}`)
      .join(", ")}}`;
  throw new Error(`invariant: no Cypher literal for ${typeof value}`);
}

/** A map without its null fields: `SET n += row` would remove the property, and the bulk path stores none. */
const present = (values: Readonly<Record<string, unknown>>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== undefined));

/**
 * What a seed file gives of a citation: its source, offset, quote and stance, its claimant and dates when
 * known, and the values of the type's properties it supports; null fields are left out (`SET x += c` would
 * remove them, and a citation holds none).
 */
function citationMap(row: CitationRow): Record<string, unknown> {
  const p = row.properties;
  const given: Record<string, unknown> = {};
  for (const k of LEADING) given[k] = p[k];
  for (const [k, v] of Object.entries(p)) if (!DERIVED.has(k) && !(k in given)) given[k] = v;
  return present(given);
}

/** `UNWIND [ row, … ] AS row` over one statement's rows, a row a line. */
const unwind = (rows: readonly Record<string, unknown>[]): string =>
  `UNWIND [\n${rows.map((row) => `  ${cypherLiteral(row)}`).join(",\n")}\n] AS row\n`; // cypher-safe: registry property names as keys, values as escaped literals

/** Entities of one kind, merged by id (the Entity id index) and given their fields. */
const entityStatement = (label: string, rows: readonly Record<string, unknown>[]): string =>
  unwind(rows) + `MERGE (n:Entity:${label} {id: row.id})\nSET n += row;`; // cypher-safe: registry label

/** Sources, merged by id, each with its whole text. */
const sourceStatement = (rows: readonly Record<string, unknown>[]): string =>
  unwind(rows) + `MERGE (s:Source {id: row.id})\nSET s += row;`;

/**
 * Relationships of one type between entities found by id (the Entity id index), each with its citations
 * as :Citation nodes merged by relationship, source and offset (docs/seed-files.md).
 */
const relationshipStatement = (type: string, rows: readonly Record<string, unknown>[]): string =>
  unwind(rows) +
  `MATCH (a:Entity {id: row.from})\nMATCH (b:Entity {id: row.to})\n` +
  `MERGE (a)-[r:${type} {id: row.id}]->(b)\n` + // cypher-safe: registry type
  `WITH r, row\nUNWIND row.citations AS c\n` +
  `MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})\nSET x += c;`;

function relationshipRow(
  r: GeneratedRelationship,
  citations: readonly CitationRow[],
): Record<string, unknown> {
  if (citations.length === 0) throw new Error(`invariant: generated relationship ${r.id} has no citation`);
  return { from: r.from, to: r.to, id: r.id, citations: citations.map(citationMap) };
}

const sourceRow = (source: SourceRow): Record<string, unknown> =>
  present({ id: source.id, ...source.properties });

/** Rows grouped by what writes them (an entity kind, the sources, a relationship type), in first-seen order. */
class Groups {
  private readonly rows = new Map<string, Record<string, unknown>[]>();
  add(key: string, row: Record<string, unknown>): void {
    const rows = this.rows.get(key);
    if (rows) rows.push(row);
    else this.rows.set(key, [row]);
  }
  /** Each group's statements, ROWS_PER_STATEMENT rows apiece. */
  statements(write: (key: string, rows: readonly Record<string, unknown>[]) => string): string[] {
    const out: string[] = [];
    for (const [key, rows] of this.rows)
      for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT)
        out.push(write(key, rows.slice(i, i + ROWS_PER_STATEMENT)));
    return out;
  }
}

/**
 * The graph `npm run data:generate` writes, as seed files `npm run seed` loads (plain Cypher, docs/seed-files.md):
 * entities first, then group by group the sources (their text inline) and the relationships citing them,
 * each with its citations as `:Citation` nodes. A file holds `rowsPerFile` rows (entities, sources and
 * relationships), written as `UNWIND [ … ] AS row` statements of at most ROWS_PER_STATEMENT rows each: entities
 * by kind, then sources, then relationships by type, so Neo4j plans a few statements per file rather than one
 * per row. The same entities and seed give the same files; loading them gives the graph the bulk path writes,
 * SeedFile records aside.
 */
export function* seedScripts(
  entities: number,
  seed: number,
  rowsPerFile: number,
  counts: { value: SeedScriptCounts } = {
    value: { entities: 0, relationships: 0, citations: 0, sources: 0 },
  },
): Generator<SeedScript> {
  const graph = new SyntheticGraph(entities, seed);
  let file = 0;
  let rows = 0;
  let kinds = new Groups();
  let sources = new Groups();
  let types = new Groups();
  const flush = (): SeedScript => {
    file += 1;
    const statements = [
      ...kinds.statements(entityStatement),
      ...sources.statements((_, r) => sourceStatement(r)),
      ...types.statements(relationshipStatement),
    ];
    [rows, kinds, sources, types] = [0, new Groups(), new Groups(), new Groups()];
    return {
      name: `${String(file).padStart(5, "0")}-generated.cypher`,
      content: `// Generated by npm run data:generate (--entities ${entities} --seed ${seed}), file ${file}.\n\n${statements.join("\n\n")}\n`,
      statements: statements.length,
    };
  };
  const added = (): SeedScript | undefined => ((rows += 1) >= rowsPerFile ? flush() : undefined);
  const tally = { entities: 0, relationships: 0, citations: 0, sources: 0 };
  for (let i = 0; i < entities; i++) {
    const { label, id, name, aliases, description, properties } = graph.entity(i);
    tally.entities += 1;
    kinds.add(label, present({ id, name, aliases, description, ...properties }));
    const full = added();
    if (full) yield full;
  }
  for (let g = 0; g < sourceGroupCount(entities); g++) {
    const group = generatedGroup(graph, g);
    for (const source of group.sources) {
      tally.sources += 1;
      sources.add("", sourceRow(source));
      const full = added();
      if (full) yield full;
    }
    const byRelationship = new Map<string, CitationRow[]>();
    for (const c of group.citations) {
      const id = String(c.properties.relationshipId);
      const list = byRelationship.get(id);
      if (list) list.push(c);
      else byRelationship.set(id, [c]);
    }
    for (const r of group.relationships) {
      const citations = byRelationship.get(r.id) ?? [];
      tally.relationships += 1;
      tally.citations += citations.length;
      types.add(r.type, relationshipRow(r, citations));
      const full = added();
      if (full) yield full;
    }
  }
  if (rows > 0) yield flush();
  counts.value = tally;
}
