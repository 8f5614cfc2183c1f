import { RELATIONSHIP_TYPES } from "../../model/registry";
import { type Statement, statement } from "../statement";
import { entityProjection as node, relationshipProjection as rel } from "./projections";

/**
 * Cypher cannot take a pattern length as a parameter, so each traversal is a table of statements,
 * one per allowed length, built here from integers (never from a request). The service picks one
 * after checking the requested length against LIMITS.
 */
function table(lengths: readonly number[], build: (n: number) => Statement): ReadonlyMap<number, Statement> {
  return new Map(lengths.map((n) => [n, build(n)]));
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export type StepDirection = "OUT" | "IN" | "BOTH";
export const STEP_DIRECTIONS: readonly StepDirection[] = ["OUT", "IN", "BOTH"];

/** Symmetric types as a relationship label expression; `false` when the registry has none. */
const SYMMETRIC = RELATIONSHIP_TYPES.filter((t) => t.symmetric).map((t) => t.type);
const symmetricStep = (r: string): string =>
  SYMMETRIC.length === 0 ? "false" : `${r}:${SYMMETRIC.join("|")}`; // cypher-safe: names from the registry

/**
 * One allowed step from `x` along `r`: a type in `$types` (all when null), leaving `x` in `direction`;
 * symmetric types pass either way.
 */
function step(x: string, r: string, direction: StepDirection): string {
  const types = `($types IS NULL OR type(${r}) IN $types)`;
  if (direction === "BOTH") return types;
  const end = direction === "OUT" ? "startNode" : "endNode";
  return `${types} AND (${end}(${r}) = ${x} OR ${symmetricStep(r)})`;
}

/** An entity of one of `$labels` (any entity when null). */
const OF_KINDS = (x: string): string => `($labels IS NULL OR any(l IN labels(${x}) WHERE l IN $labels))`;

/**
 * Breadth first, each entity once: `within${k}` lists the distinct entities at most k allowed steps from
 * `starts`, each level one expansion of the previous one (hash-distinct rows, never walks), so work grows
 * with the entities reached and their edges. `reached` pairs every one beyond `starts` with its distance.
 */
function levels(depth: number, allowed: (x: string, r: string, y: string) => string): string {
  const level = (k: number): string => `CALL (starts${range(1, k - 1).map((i) => `, within${i}`).join("")}) {
  UNWIND starts${k > 1 ? ` + within${k - 1}` : ""} AS x
  WITH DISTINCT x
  MATCH (x)-[r]-(y:Entity) WHERE ${allowed("x", "r", "y")}
  RETURN collect(DISTINCT y) AS within${k}
}`; // cypher-safe: level numbers from a fixed integer range, step from the registry
  const all = range(1, depth).map((k) => `within${k}`);
  return `${range(1, depth).map(level).join("\n")}
CALL (starts, ${all.join(", ")}) {
  UNWIND range(0, ${depth - 1}) AS i
  UNWIND [${all.join(", ")}][i] AS m
  WITH m, min(i) + 1 AS distance WHERE NOT m IN starts
  WITH m, distance ORDER BY distance, m.id LIMIT $maxNodes
  RETURN collect({node: m, distance: distance}) AS reached
}`; // cypher-safe: level numbers from a fixed integer range
}

/**
 * Everything within `depth` steps of `$id`, along `$types`, in `direction`, through entities of `$labels`,
 * breadth first. Past `$maxNodes` entities the nearest are kept (by distance, then id) and `truncated` is
 * set. Relationships: every allowed step from a kept entity nearer than `depth` to a kept entity, i.e.
 * each step of a walk of at most `depth` steps through kept entities.
 */
function neighborsStatement(depth: number, direction: StepDirection): Statement {
  return statement(
    `neighbors${direction}${depth}`,
    `
MATCH (start:Entity {id: $id})
WITH start, [start] AS starts
${levels(depth, (x, r, y) => `${step(x, r, direction)} AND ${OF_KINDS(y)}`)}
WITH start, reached[0..$maxNodes - 1] AS kept, size(reached) >= $maxNodes AS truncated
WITH [start] + [k IN kept | k.node] AS ns, [start] + [k IN kept WHERE k.distance < ${depth} | k.node] AS near, truncated // cypher-safe: length from a fixed integer range
CALL (ns, near) {
  UNWIND near AS x
  MATCH (x)-[r]-(y:Entity) WHERE y IN ns AND ${step("x", "r", direction)} // cypher-safe: step from the registry
  RETURN collect(DISTINCT r) AS rs
}
RETURN [x IN ns | ${node("x")}] AS nodes, [r IN rs | ${rel("r")}] AS relationships, truncated
`,
  );
}

/** One neighbors statement per depth and direction, keyed `${direction}${depth}`. */
export function neighborsStatements(maxDepth: number): ReadonlyMap<string, Statement> {
  return new Map(
    STEP_DIRECTIONS.flatMap((direction) =>
      range(1, maxDepth).map((depth) => [`${direction}${depth}`, neighborsStatement(depth, direction)] as const),
    ),
  );
}

/**
 * The given entities, everything within `depth` steps of them (breadth first, each entity once, the
 * nearest `$maxNodes` in all, by distance then id), and every relationship among those entities.
 */
export function subgraphStatements(maxDepth: number): ReadonlyMap<number, Statement> {
  return table(range(0, maxDepth), (depth) =>
    statement(
      `subgraph${depth}`,
      `
MATCH (s:Entity) WHERE s.id IN $ids
WITH collect(s) AS starts
${
  depth === 0
    ? "WITH starts, [] AS reached"
    : levels(depth, () => "true")
}
WITH starts, [k IN reached[0..$maxNodes - size(starts)] | k.node] AS kept, size(reached) > $maxNodes - size(starts) AS truncated
WITH starts, starts + kept AS ns, truncated
CALL (ns) {
  UNWIND ns AS x
  MATCH (x)-[r]->(y:Entity) WHERE y IN ns
  RETURN collect(DISTINCT r) AS rs
}
RETURN [x IN starts | x.id] AS found, [x IN ns | ${node("x")}] AS nodes, [r IN rs | ${rel("r")}] AS relationships,
       truncated
`,
    ),
  );
}

/** Path projection shared by the path statements. */
const PATH = `{nodes: [x IN nodes(p) | ${node("x")}], relationships: [r IN relationships(p) | ${rel("r")}]}`;

/** One undirected step along `$types`; `x` collects the node each step leaves from. */
const STEP = `((x)-[r]-() WHERE $types IS NULL OR type(r) IN $types)`;

/** No entity twice: checked during the search, so a walk through an entity twice never takes a path's place. */
const SIMPLE = `all(i IN range(0, size(x) - 1) WHERE NOT x[i] IN x[i + 1..] + [b])`;

function assertCount(what: string, n: number, max: number): void {
  // Counts become Cypher text: only integers the limits allow, never request data.
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`invariant: ${what} ${n} is outside 1..${max}`);
}

/** One shortest undirected path along `$types`; rows only when both ends exist. */
export function shortestPathStatements(maxHops: number): ReadonlyMap<number, Statement> {
  return table(range(1, maxHops), (hops) =>
    statement(
      `shortestPath${hops}`,
      `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
OPTIONAL MATCH p = SHORTEST 1 (a)${STEP}{1,${hops}}(b) // cypher-safe: length from a fixed integer range
RETURN CASE WHEN p IS NULL THEN null ELSE ${PATH} END AS path
`,
    ),
  );
}

/**
 * Simple paths of at most `hops` steps, shortest first, then by their list of relationship ids, at most
 * `first`; one row (`paths`) only when both ends exist. SHORTEST `first` finds which lengths are in the
 * answer; where it cuts among paths of equal length its choice is arbitrary, so every path of that length
 * (up to `$maxTied`) is read and the cut falls by relationship ids instead.
 */
export function pathsStatement(hops: number, first: number, limits: { maxHops: number; maxFirst: number }): Statement {
  assertCount("hops", hops, limits.maxHops);
  assertCount("first", first, limits.maxFirst);
  // Neo4j 5.26 refuses a path predicate under ALL SHORTEST of one step; one step never repeats an entity.
  const tied =
    hops === 1
      ? `(a)${STEP}{1}(b)`
      : `ALL SHORTEST ((a)${STEP}{1,${hops}}(b) WHERE size(r) = longest AND ${SIMPLE})`; // cypher-safe: hops is a checked integer; STEP and SIMPLE are fixed text
  return statement(
    `paths${hops}x${first}`,
    `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
CALL (a, b) {
  OPTIONAL MATCH p = SHORTEST ${first} ((a)${STEP}{1,${hops}}(b) WHERE ${SIMPLE}) // cypher-safe: counts checked against the limits above
  RETURN collect(p) AS shortest, max(length(p)) AS longest
}
CALL (a, b, shortest, longest) {
  WITH a, b, longest WHERE size(shortest) = ${first} // cypher-safe: count checked against the limits above
  MATCH p = ${tied} // cypher-safe: count checked against the limits above
  WITH p LIMIT $maxTied
  RETURN collect(p) AS tied
}
CALL (shortest, longest, tied) {
  UNWIND CASE WHEN size(tied) = 0 THEN shortest ELSE [p IN shortest WHERE length(p) < longest] + tied END AS p
  WITH p ORDER BY length(p), [r IN relationships(p) | r.id] LIMIT ${first} // cypher-safe: count checked against the limits above
  RETURN collect(${PATH}) AS paths
}
RETURN paths
`,
  );
}
