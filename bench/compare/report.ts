import os from "node:os";
import type { Measurement } from "./measure";
import { type Question, VARIANTS, type Variant } from "./queries";

/** Measurements of one question, one entry per round and variant. */
export type Rounds = Array<Record<Variant, Measurement>>;

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const LABELS: Record<Variant, string> = {
  ours: "this service",
  peer: "@neo4j/graphql 7 on Apollo 5",
  raw: "raw node:http + best Cypher",
};

export interface RunDescription {
  readonly data: string;
  readonly entities: number;
  readonly relationships: number;
  readonly neo4jVersion: string;
  readonly rounds: number;
  readonly connections: number;
  readonly seconds: number;
  readonly excluded: ReadonlyMap<string, readonly Variant[]>;
}

export function machineDescription(neo4jVersion: string): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  return `${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GB memory, Node ${process.version}, Neo4j ${neo4jVersion}, ${os.type()} ${os.release()}`;
}

const cell = (rounds: Rounds, v: Variant, excluded: readonly Variant[]): string => {
  if (excluded.includes(v)) return "not run: answers differ";
  const rps = median(rounds.map((r) => r[v].requestsPerSecond));
  const p50 = median(rounds.map((r) => r[v].p50));
  const p99 = median(rounds.map((r) => r[v].p99));
  return `${rps.toFixed(0)} (${p50.toFixed(0)} / ${p99.toFixed(0)} ms)`;
};

/** Median over rounds of ours / other, each ratio taken within one round (the stable part on a noisy machine). */
const ratio = (rounds: Rounds, other: Variant, excluded: readonly Variant[]): string =>
  excluded.includes(other) || excluded.includes("ours")
    ? "-"
    : median(rounds.map((r) => r.ours.requestsPerSecond / r[other].requestsPerSecond)).toFixed(2);

export function resultsTable(
  questions: readonly Question[],
  results: ReadonlyMap<string, Rounds>,
  run: RunDescription,
): string {
  const header = `| query | ${VARIANTS.map((v) => LABELS[v]).join(" | ")} | ours / peer | ours / raw |`;
  const lines = questions.map((q) => {
    const rounds = results.get(q.name) ?? [];
    const excluded = run.excluded.get(q.name) ?? [];
    const title = `${q.name} ${q.title}${q.peerNote ? ` (peer: ${q.peerNote})` : ""}`;
    return `| ${title} | ${VARIANTS.map((v) => cell(rounds, v, excluded)).join(" | ")} | ${ratio(rounds, "peer", excluded)} | ${ratio(rounds, "raw", excluded)} |`;
  });
  return [header, `|${"---|".repeat(VARIANTS.length + 3)}`, ...lines].join("\n");
}

export function markdownReport(table: string, run: RunDescription, date: string): string {
  return `# Side-by-side benchmark, ${date}: ${run.data}

Graph: ${run.entities.toLocaleString("en")} entities, ${run.relationships.toLocaleString("en")} relationships, on one Neo4j shared by the three variants.
Machine: ${machineDescription(run.neo4jVersion)}.
Load: autocannon, ${run.connections} connections, ${run.seconds} s per query and variant, ${run.rounds} interleaved rounds.
Each cell: median requests/s over the rounds (median p50 / p99 latency). Ratios: median over rounds of the ratio of requests/s within each round.
Every variant answered each question equivalently before it was measured (\`npm run bench:compare\`).

${table}
`;
}
