import { machineDescription, median } from "../compare/report";
import { ROWS_PER_STATEMENT } from "../../src/generate/seed-scripts";
import { ROWS_PER_CHUNK, type IngestData } from "./ingest-data";
import { type Load, VARIANTS, type Variant } from "./ingest-load";

interface Measure {
  readonly name: string;
  /** Rows written per second by one way in one round. */
  readonly rate: (load: Load, data: IngestData) => number;
}

const perSecond = (rows: number, ms: number): number => (rows * 1000) / ms;

const MEASURES: readonly Measure[] = [
  { name: "entities/s", rate: (l, d) => perSecond(d.entities, l.entityMs) },
  { name: "relationships/s", rate: (l, d) => perSecond(d.relationships, l.relationshipMs) },
  { name: "citations/s", rate: (l, d) => perSecond(d.citations, l.relationshipMs) },
];

const whole = (n: number): string => Math.round(n).toLocaleString("en");

const COLUMNS: Readonly<Record<Variant, string>> = {
  loader: "loader (npm run seed: seed files, derived, checked)",
  plain: "plain session (same files, unvalidated, derive once)",
  raw: "raw UNWIND $rows (no validation)",
};

/** Ratios of two ways' rates, each the median over rounds of the ratio within one round. */
const RATIOS: readonly (readonly [Variant, Variant])[] = [
  ["loader", "raw"],
  ["plain", "raw"],
  ["loader", "plain"],
];

/**
 * Each measure's median rate per way over the rounds, and the ratios: the median over rounds of the
 * ratio within each round, so both sides of a ratio met the same machine load.
 */
export function ingestTable(data: IngestData, rounds: readonly Record<Variant, Load>[]): string {
  const header = `| measure | ${VARIANTS.map((v) => COLUMNS[v]).join(" | ")} | ${RATIOS.map(([a, b]) => `${a} / ${b}`).join(" | ")} |`;
  const lines = MEASURES.map((m) => {
    const rate = (v: Variant) => median(rounds.map((r) => m.rate(r[v], data)));
    const ratio = ([a, b]: readonly [Variant, Variant]) =>
      median(rounds.map((r) => m.rate(r[a], data) / m.rate(r[b], data)));
    return `| ${m.name} | ${VARIANTS.map((v) => whole(rate(v))).join(" | ")} | ${RATIOS.map((p) => ratio(p).toFixed(3)).join(" | ")} |`;
  });
  const statements = (v: Variant) =>
    median(rounds.map((r) => r[v].relationshipStatements / data.relationships)).toFixed(3);
  lines.push(
    `| statements per relationship | ${VARIANTS.map(statements).join(" | ")} | ${RATIOS.map(() => "").join(" | ")} |`,
  );
  return [header, `|${"---|".repeat(1 + VARIANTS.length + RATIOS.length)}`, ...lines].join("\n");
}

export interface IngestRun {
  readonly data: IngestData;
  readonly rounds: number;
  readonly warmup: number;
  readonly seed: number;
  readonly date: string;
  readonly version: string;
}

export function markdownReport(table: string, run: IngestRun): string {
  const { data } = run;
  return `# Ingest benchmark, ${run.date}: ${data.entities.toLocaleString("en")} entities

Graph: generated (seed ${run.seed}), ${data.entities.toLocaleString("en")} entities, ${data.relationships.toLocaleString("en")} relationships, ${data.citations.toLocaleString("en")} citations of ${data.sources.toLocaleString("en")} sources, written into one Neo4j three ways, emptied before each.
Machine: ${machineDescription(run.version)}.
Rounds: ${run.rounds}, interleaved (the order of the ways rotates), after ${run.warmup} unmeasured warm-up round${run.warmup === 1 ? "" : "s"}. ${ROWS_PER_CHUNK.toLocaleString("en")} rows per transaction for each: a generated seed file (\`npm run data:generate -- --cypher\`, UNWIND statements of up to ${ROWS_PER_STATEMENT} literal rows; entities first, then sources and relationships with their citations) for loader and plain; entities, then relationships with their sources and citations, for raw.
Each cell: median rate over the rounds; entities/s over the entity phase (files writing entities only), relationships/s and citations/s over the phase that writes sources, relationships and their citations, including the evidence derivation (per file for loader, once at the end for plain, precomputed in TypeScript for raw). Ratio: median over rounds of the ratio within each round.
All ways left the same graph (counts, evidence summaries, offsets) in every round (\`npm run bench:ingest\`).

${table}
`;
}
