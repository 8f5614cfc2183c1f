import type { Driver } from "neo4j-driver";

/** One operator of a plan as the driver reports it (`summary.plan` or `summary.profile`). */
export interface PlanOperator {
  readonly operatorType: string;
  readonly arguments: Readonly<Record<string, unknown>>;
  readonly children: readonly PlanOperator[];
  readonly dbHits?: number;
}

/** Operator names carry the runtime's suffix (`Expand(All)@neo4j`); the checks compare the bare names. */
export const operatorName = (op: PlanOperator): string => op.operatorType.replace(/@.*$/, "");

const details = (op: PlanOperator): string => String(op.arguments.Details ?? "");

const ALL_SCANS = new Set([
  "AllNodesScan",
  "AllRelationshipsScan",
  "DirectedAllRelationshipsScan",
  "UndirectedAllRelationshipsScan",
]);

const EXPANSIONS = new Set(["Expand(All)", "OptionalExpand(All)", "VarLengthExpand(All)"]);

/** At most one row: a seek by a unique property (a uniqueness constraint's index). */
const UNIQUE_SEEK = /^(Node|DirectedRelationship|UndirectedRelationship)UniqueIndexSeek(\(Locking\))?$/;

/** Top-level items of an operator's details: commas inside brackets, braces or quotes do not split. */
function topLevelItems(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let quoted: string | null = null;
  let current = "";
  for (const c of text) {
    if (quoted) quoted = c === quoted ? null : quoted;
    else if (c === "'" || c === '"') quoted = c;
    else if ("([{".includes(c)) depth += 1;
    else if (")]}".includes(c)) depth -= 1;
    else if (c === "," && depth === 0) {
      items.push(current.trim());
      current = "";
      continue;
    }
    current += c;
  }
  return [...items, current.trim()].filter((item) => item !== "");
}

/** An aggregation with no grouping key: every item is an aggregate, so it yields exactly one row. */
const AGGREGATE = /^(count|collect|sum|avg|min|max|percentile\w*|stDev\w*)\(/;
const ungrouped = (op: PlanOperator): boolean =>
  topLevelItems(details(op)).every((item) => AGGREGATE.test(item));

/** Whether the subtree yields at most one row per input row: unique seeks, counts, ungrouped aggregations. */
function atMostOneRow(op: PlanOperator): boolean {
  const name = operatorName(op);
  if (UNIQUE_SEEK.test(name)) return op.children.every(atMostOneRow);
  if (["Argument", "NodeCountFromCountStore", "RelationshipCountFromCountStore"].includes(name)) return true;
  if (["EagerAggregation", "OrderedAggregation"].includes(name)) return ungrouped(op);
  // A product of one-row inputs is one row (counts from the count store, side by side).
  if (["Filter", "Projection", "CacheProperties", "CartesianProduct"].includes(name))
    return op.children.every(atMostOneRow);
  return false;
}

/** A filter on relationship types: `type(r)` in an expression, or a type written as a predicate. */
const TYPE_FILTER = /\btype\(|\w+:[A-Z][A-Z_]+\b/;

/**
 * What makes a statement's cost grow with the whole graph rather than with what it reads: scans of every
 * node or relationship, label scans over Entity or Citation, row products, and expansions of every type
 * filtered after.
 * A product of unique seeks is one row at most, so it is not counted.
 */
export function planFindings(root: PlanOperator): string[] {
  const found: string[] = [];
  const visit = (op: PlanOperator): void => {
    const name = operatorName(op);
    if (ALL_SCANS.has(name)) found.push(`${name} ${details(op)}`);
    if (name === "NodeByLabelScan" && /:(Entity|Citation)\b/.test(details(op)))
      found.push(`${name} ${details(op)}`);
    if (name === "CartesianProduct" && !op.children.every(atMostOneRow)) found.push(name);
    const [child] = op.children;
    if (name === "Filter" && child && EXPANSIONS.has(operatorName(child)) && TYPE_FILTER.test(details(op)))
      found.push(`${operatorName(child)} ${details(child)} then Filter ${details(op)}`);
    op.children.forEach(visit);
  };
  visit(root);
  return found;
}

/** Sum of db hits over a profiled plan. */
export function totalDbHits(op: PlanOperator): number {
  return (op.dbHits ?? 0) + op.children.reduce((sum, c) => sum + totalDbHits(c), 0);
}

const config = () => ({ database: process.env.NEO4J_TEST_DATABASE });

export async function explain(
  driver: Driver,
  text: string,
  params: Record<string, unknown>,
): Promise<PlanOperator> {
  const { summary } = await driver.executeQuery(`EXPLAIN ${text}`, params, config());
  if (!summary.plan) throw new Error("EXPLAIN returned no plan");
  return summary.plan as unknown as PlanOperator;
}

/** Runs the statement under PROFILE (writes included: callers run them in a graph they may change). */
export async function profile(
  driver: Driver,
  text: string,
  params: Record<string, unknown>,
): Promise<PlanOperator> {
  const { summary } = await driver.executeQuery(`PROFILE ${text}`, params, config());
  if (!summary.profile) throw new Error("PROFILE returned no profile");
  return summary.profile as unknown as PlanOperator;
}
