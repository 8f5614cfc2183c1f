import { machineDescription, median } from "../compare/report";
import { ROWS_PER_CHUNK, type IngestData } from "./ingest-data";
import type { Load, Variant } from "./ingest-load";

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

/**
 * Each measure's median rate per way over the rounds, and service / raw: the median over rounds of the
 * ratio within each round, so both sides of a ratio met the same machine load.
 */
export function ingestTable(data: IngestData, rounds: readonly Record<Variant, Load>[]): string {
  const header =
    "| measure | service (EditorService.apply, in batches) | raw UNWIND (no validation) | service / raw |";
  const lines = MEASURES.map((m) => {
    const rate = (v: Variant) => rounds.map((r) => m.rate(r[v], data));
    const ratios = rounds.map((r) => m.rate(r.service, data) / m.rate(r.raw, data));
    return `| ${m.name} | ${whole(median(rate("service")))} | ${whole(median(rate("raw")))} | ${median(ratios).toFixed(2)} |`;
  });
  const statements = (v: Variant) =>
    median(rounds.map((r) => r[v].relationshipStatements / data.relationships)).toFixed(3);
  lines.push(`| statements per relationship | ${statements("service")} | ${statements("raw")} | |`);
  return [header, "|---|---|---|---|", ...lines].join("\n");
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

Graph: generated (seed ${run.seed}), ${data.entities.toLocaleString("en")} entities, ${data.relationships.toLocaleString("en")} relationships, ${data.citations.toLocaleString("en")} citations of ${data.sources.toLocaleString("en")} sources, written into one Neo4j two ways, emptied before each.
Machine: ${machineDescription(run.version)}.
Rounds: ${run.rounds}, interleaved (the order of the two ways alternates), after ${run.warmup} unmeasured warm-up round${run.warmup === 1 ? "" : "s"}. ${ROWS_PER_CHUNK.toLocaleString("en")} rows per transaction for both: entities; then relationships with their sources and citations (each chunk's sources first).
Each cell: median rate over the rounds; entities/s over the entity phase, relationships/s and citations/s over the phase that writes relationships, their citations and sources. Ratio: median over rounds of service / raw within each round.
Both ways left the same graph (counts, evidence summaries, offsets) in every round (\`npm run bench:ingest\`).

${table}
`;
}
