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

/** Direction of each step, counted from the start: symmetric types pass either way. */
const STEP_DIRECTIONS = `($direction = 'BOTH' OR all(i IN range(0, length(p) - 1) WHERE
      type(relationships(p)[i]) IN $symmetric
      OR ($direction = 'OUT' AND startNode(relationships(p)[i]) = nodes(p)[i])
      OR ($direction = 'IN' AND endNode(relationships(p)[i]) = nodes(p)[i])))`;

const SUBGRAPH_RETURN = `
CALL (ps) { UNWIND ps AS p UNWIND nodes(p) AS x RETURN collect(DISTINCT x) AS xs }
CALL (ps) { UNWIND ps AS p UNWIND relationships(p) AS r RETURN collect(DISTINCT r) AS rs }`;

/** Everything within `depth` steps of `$id`, along `$types`, through nodes of `$labels`. */
export function neighborsStatements(maxDepth: number): ReadonlyMap<number, Statement> {
  return table(range(1, maxDepth), (depth) =>
    statement(
      `neighbors${depth}`,
      `
MATCH (start:Entity {id: $id})
OPTIONAL MATCH p = (start)-[*1..${depth}]-(:Entity) // cypher-safe: length from a fixed integer range
WHERE all(r IN relationships(p) WHERE $types IS NULL OR type(r) IN $types)
  AND all(x IN nodes(p)[1..] WHERE $labels IS NULL OR any(l IN labels(x) WHERE l IN $labels))
  AND ${STEP_DIRECTIONS}
WITH start, p LIMIT $maxPaths
WITH start, collect(p) AS ps
${SUBGRAPH_RETURN}
RETURN [x IN CASE WHEN size(xs) = 0 THEN [start] ELSE xs END | ${node("x")}] AS nodes,
       [r IN rs | ${rel("r")}] AS relationships, size(ps) >= $maxPaths AS truncated
`,
    ),
  );
}

/** The given entities, everything within `depth` steps of them, and every edge among those nodes. */
export function subgraphStatements(maxDepth: number): ReadonlyMap<number, Statement> {
  return table(range(0, maxDepth), (depth) =>
    statement(
      `subgraph${depth}`,
      `
MATCH (s:Entity) WHERE s.id IN $ids
WITH collect(s) AS starts
${
  depth === 0
    ? "WITH starts, [] AS reached, 0 AS expanded"
    : `CALL (starts) {
  UNWIND starts AS s
  MATCH (s)-[*1..${depth}]-(m:Entity) // cypher-safe: length from a fixed integer range
  WITH m LIMIT $maxPaths
  RETURN collect(DISTINCT m) AS reached, count(*) AS expanded
}`
}
WITH starts, expanded, [x IN starts WHERE NOT x IN reached] + reached AS ns
CALL (ns) {
  UNWIND ns AS x
  MATCH (x)-[r]->(y:Entity) WHERE y IN ns
  RETURN collect(DISTINCT r) AS rs
}
RETURN [x IN starts | x.id] AS found, [x IN ns | ${node("x")}] AS nodes, [r IN rs | ${rel("r")}] AS relationships,
       expanded >= $maxPaths AS truncated
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
