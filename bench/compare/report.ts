import os from "node:os";
import type { ChartInput, ChartValue } from "./chart";
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
  /** Why a variant gave no answer in the equivalence check, per question. */
  readonly checkFailures?: ReadonlyMap<string, Partial<Record<Variant, string>>>;
}

export function machineDescription(neo4jVersion: string): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  return `${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GB memory, Node ${process.version}, Neo4j ${neo4jVersion}, ${os.type()} ${os.release()}`;
}

/** A variant failed a question when no round got a single answer from it. */
export const failedAll = (rounds: Rounds, v: Variant): boolean =>
  rounds.length > 0 && rounds.every((r) => r[v].completed === 0);

const cell = (rounds: Rounds, v: Variant, excluded: readonly Variant[], checkFailure?: string): string => {
  if (checkFailure) return `failed in the answer check: ${checkFailure}`;
  if (excluded.includes(v)) return "not run: answers differ";
  if (failedAll(rounds, v)) return `failed: ${rounds[0]![v].failure ?? "no answer"}`;
  const rps = median(rounds.map((r) => r[v].requestsPerSecond));
  const p50 = median(rounds.map((r) => r[v].p50));
  const p99 = median(rounds.map((r) => r[v].p99));
  const failures = rounds.map((r) => r[v].failure).filter((f) => f !== undefined);
  return `${rps.toFixed(0)} (${p50.toFixed(0)} / ${p99.toFixed(0)} ms)${failures.length > 0 ? `, failures: ${failures[0]}` : ""}`;
};

/**
 * Median over rounds of ours / other, each ratio taken within one round (the stable part on a noisy
 * machine); rounds where either side answered nothing have no ratio.
 */
const ratio = (rounds: Rounds, other: Variant, excluded: readonly Variant[]): string => {
  if (excluded.includes(other) || excluded.includes("ours")) return "-";
  const paired = rounds.filter((r) => r.ours.completed > 0 && r[other].completed > 0);
  if (paired.length === 0) return "-";
  return median(paired.map((r) => r.ours.requestsPerSecond / r[other].requestsPerSecond)).toFixed(2);
};

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
    return `| ${title} | ${VARIANTS.map((v) => cell(rounds, v, excluded, run.checkFailures?.get(q.name)?.[v])).join(" | ")} | ${ratio(rounds, "peer", excluded)} | ${ratio(rounds, "raw", excluded)} |`;
  });
  return [header, `|${"---|".repeat(VARIANTS.length + 3)}`, ...lines].join("\n");
}

export function markdownReport(table: string, run: RunDescription, date: string, chartFile: string): string {
  return `# Side-by-side benchmark, ${date}: ${run.data}

Graph: ${run.entities.toLocaleString("en")} entities, ${run.relationships.toLocaleString("en")} relationships, on one Neo4j shared by the three variants.
Machine: ${machineDescription(run.neo4jVersion)}.
Load: autocannon, ${run.connections} connections, ${run.seconds} s per query and variant, ${run.rounds} interleaved rounds.
Each cell: median requests/s over the rounds (median p50 / p99 latency). Ratios: median over rounds of the ratio of requests/s within each round.
Every variant answered each question equivalently before it was measured (\`npm run bench:compare\`).

${table}

![requests/s and p99 per query and variant](${chartFile})
`;
}

/** The chart's bars: medians over rounds, or why a variant has none. */
export function chartInput(
  questions: readonly Question[],
  results: ReadonlyMap<string, Rounds>,
  run: RunDescription,
  date: string,
): ChartInput {
  const values = (q: Question, pick: (m: Rounds[number][Variant]) => number): Record<Variant, ChartValue> => {
    const rounds = results.get(q.name) ?? [];
    const excluded = run.excluded.get(q.name) ?? [];
    const one = (v: Variant): ChartValue =>
      excluded.includes(v)
        ? { missing: run.checkFailures?.get(q.name)?.[v] ?? "answers differ" }
        : rounds.length === 0 || failedAll(rounds, v)
          ? { missing: "failed" }
          : { value: median(rounds.map((r) => pick(r[v]))) };
    return Object.fromEntries(VARIANTS.map((v) => [v, one(v)])) as Record<Variant, ChartValue>;
  };
  return {
    heading: `${date}: ${run.entities.toLocaleString("en")} entities, ${run.relationships.toLocaleString("en")} relationships, ${run.connections} connections, median of ${run.rounds} rounds`,
    queries: questions.map((q) => ({
      name: q.name,
      title: q.title,
      requestsPerSecond: values(q, (m) => m.requestsPerSecond),
      p99: values(q, (m) => m.p99),
    })),
  };
}
