import type { Measurement } from "./measure";
import { type HttpRequest, questions } from "./queries";
import { median } from "./report";
import type { Targets } from "./targets";

/**
 * The evidence filter Q2-Q4 are asked with as well: the same questions, with a predicate on every
 * relationship they step along. It really filters: generated graphs hold denied relationships.
 */
export const BENCH_EVIDENCE = { minSources: 1, excludeContested: true } as const;

/** One of Q2-Q4 asked with BENCH_EVIDENCE, measured on this service beside the unfiltered question. */
export interface FilteredQuestion {
  /** The unfiltered question's name (Q2, Q3, Q4). */
  readonly name: string;
  readonly request: HttpRequest;
  /** The answer in the unfiltered question's normal form, to report how much the filter took away. */
  readonly lines: (body: unknown) => string[];
}

type Json = Record<string, unknown>;

const graphql = (query: string, variables: Json): HttpRequest => ({
  path: "/graphql",
  body: JSON.stringify({ query, variables: { ...variables, evidence: BENCH_EVIDENCE } }),
});

/** The body with no path as an empty answer (a filter can leave none); otherwise as the unfiltered question reads it. */
const noPath = (body: unknown): boolean =>
  (body as { data?: { shortestPath?: unknown } }).data?.shortestPath === null;

export function filteredQuestions(t: Targets): FilteredQuestion[] {
  const plain = new Map(questions(t).map((q) => [q.name, q.normalise.ours]));
  const question = (name: string, query: string, variables: Json): FilteredQuestion => ({
    name,
    request: graphql(query, variables),
    lines: (b) => (noPath(b) ? [] : plain.get(name)!(b)),
  });
  return [
    question(
      "Q2",
      "query($id: ID!, $evidence: EvidenceFilter) { entity(id: $id) { id name relationships(first: 20, evidence: $evidence) { id from { id name } to { id name } } } }",
      { id: t.id },
    ),
    question(
      "Q3",
      "query($id: ID!, $evidence: EvidenceFilter) { neighbors(id: $id, depth: 2, evidence: $evidence) { nodes { id } } }",
      { id: t.id },
    ),
    question(
      "Q4",
      "query($a: ID!, $b: ID!, $evidence: EvidenceFilter) { shortestPath(from: $a, to: $b, maxHops: 6, evidence: $evidence) { length nodes { id } } }",
      { a: t.id, b: t.farId },
    ),
  ];
}

/** Per round, this service's unfiltered and filtered measurements of one question. */
export type FilteredRounds = Array<{ plain: Measurement; filtered: Measurement }>;

/** Median over rounds of filtered / unfiltered time per request (the inverse of the requests/s ratio). */
export function costRatio(rounds: FilteredRounds): number | undefined {
  const paired = rounds.filter((r) => r.plain.completed > 0 && r.filtered.completed > 0);
  if (paired.length === 0) return undefined;
  return median(paired.map((r) => r.plain.requestsPerSecond / r.filtered.requestsPerSecond));
}

/** The filtered/unfiltered table: requests/s of each, and what the filter costs (>1: slower). */
export function filteredTable(
  rounds: ReadonlyMap<string, FilteredRounds>,
  sizes: ReadonlyMap<string, { plain: number; filtered: number }>,
): string {
  const rps = (ms: Measurement[]): string => median(ms.map((m) => m.requestsPerSecond)).toFixed(0);
  const lines = [...rounds].map(([name, rs]) => {
    const size = sizes.get(name);
    const ratio = costRatio(rs);
    return `| ${name} | ${size ? `${size.plain} / ${size.filtered}` : "-"} | ${rps(rs.map((r) => r.plain))} | ${rps(rs.map((r) => r.filtered))} | ${ratio === undefined ? "-" : ratio.toFixed(2)} |`;
  });
  return [
    `| query | answer lines, unfiltered / filtered | unfiltered req/s | filtered req/s (evidence: ${JSON.stringify(BENCH_EVIDENCE).replace(/"/g, "")}) | filtered / unfiltered cost |`,
    "|---|---|---|---|---|",
    ...lines,
  ].join("\n");
}
