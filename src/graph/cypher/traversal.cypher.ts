import { RELATIONSHIP_TYPES } from "../../model/registry";
import { type Statement, statement } from "../statement";
import { evidenceAllows } from "./evidence-filter.cypher";
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

const SYMMETRIC = RELATIONSHIP_TYPES.filter((t) => t.symmetric).map((t) => t.type);

/** `(x)-[r:TYPE]->(y:Entity)` leaving `x` in `direction`; symmetric types match either way round. */
function arrow(type: string | null, symmetric: boolean, direction: StepDirection): string {
  const [left, right] = symmetric || direction === "BOTH" ? ["-", "-"] : direction === "OUT" ? ["-", "->"] : ["<-", "-"];
  return `(x)${left}[r${type ? `:${type}` : ""}]${right}(y:Entity)`; // cypher-safe: type names from the registry
}

/** The evidence a step must rest on (`$evidence`), checked on each relationship as it is expanded. */
const EVIDENCE = evidenceAllows("r");

/**
 * Every allowed step from `x` as rows of `r` and `y`, types and direction in the pattern so the planner
 * reads only those relationships. Typed: one branch per registry type, skipped unless in `$types`.
 * Untyped: one expansion of every type, plus the symmetric types the other way round. Only steps
 * resting on `$evidence` are kept.
 */
function steps(direction: StepDirection, typed: boolean): string {
  const branches = typed
    ? RELATIONSHIP_TYPES.map(
        ({ type, symmetric }) => `MATCH ${arrow(type, symmetric, direction)} WHERE '${type}' IN $types RETURN r, y`, // cypher-safe: type names from the registry
      )
    : [
        `MATCH ${arrow(null, false, direction)} RETURN r, y`, // cypher-safe: direction from a fixed set, no type
        ...(direction === "BOTH" || SYMMETRIC.length === 0
          ? []
          : [`MATCH ${arrow(SYMMETRIC.join("|"), false, direction === "OUT" ? "IN" : "OUT")} RETURN r, y`]), // cypher-safe: type names from the registry
      ];
  // One evidence check after the branches, not one per branch: each copy multiplies planning time.
  return `CALL (x) {\n    ${branches.join("\n    UNION ALL\n    ")}\n  }\n  WITH * WHERE ${EVIDENCE}`; // cypher-safe: branches built above from the registry, fixed predicate
}

/** An entity of one of `$labels` (any entity when null). */
const OF_KINDS = (x: string): string => `($labels IS NULL OR any(l IN labels(${x}) WHERE l IN $labels))`;

/**
 * Breadth first, each entity once: level k expands only the entities first reached at level k - 1, and
 * keeps those not seen before, so work grows with the entities reached and their edges, never with walks.
 * A level is skipped once more than `$maxNodes` entities are seen: the nearest ones are already known.
 * Lists are compared in one row (`IN` over a list is hashed there), never carried along expanded rows.
 */
function levels(depth: number, expand: string, kinds: string): string {
  // Level numbers come from a fixed integer range; `expand` and `kinds` are fixed text built from the registry.
  const level = (k: number): string =>
    [
      `WITH *, CASE WHEN size(seen${k - 1}) <= $maxNodes THEN level${k - 1} ELSE [] END AS frontier${k}`, // cypher-safe: level number
      `CALL (frontier${k}) {`, // cypher-safe: level number
      `  UNWIND frontier${k} AS x`, // cypher-safe: level number
      `  ${expand}`, // cypher-safe: steps from the registry
      `  WITH y WHERE ${kinds}`, // cypher-safe: fixed predicate text
      `  RETURN collect(DISTINCT y) AS candidates${k}`, // cypher-safe: level number
      `}`,
      `WITH *, [y IN candidates${k} WHERE NOT y IN seen${k - 1}] AS level${k}`, // cypher-safe: level number
      `WITH *, seen${k - 1} + level${k} AS seen${k}`, // cypher-safe: level number
    ].join("\n");
  return `WITH starts, starts AS level0, starts AS seen0
${range(1, depth).map(level).join("\n")}`; // cypher-safe: levels built above
}

/**
 * The nearest `$maxNodes` entities (by distance, then id; `starts` at distance 0 come first), and one
 * more to tell whether any was left out. The expansion ends in a grouping, so the sort after it holds
 * rows of one entity each rather than the expansion's lists.
 */
function nearest(depth: number, expand: string, kinds: string): string {
  const tagged = range(0, depth).map((k) => `[m IN level${k} | {node: m, distance: ${k}}]`); // cypher-safe: level numbers
  return `CALL (starts) {
${levels(depth, expand, kinds)}
  UNWIND ${tagged.join(" + ")} AS t
  RETURN t.node AS m, min(t.distance) AS distance
}
WITH starts, m, distance ORDER BY distance, m.id LIMIT $maxNodes + 1
WITH starts, collect({node: m, distance: distance}) AS ranked
WITH starts, ranked[0..$maxNodes] AS kept, size(ranked) > $maxNodes AS truncated`; // cypher-safe: level numbers from a fixed integer range, steps from the registry
}

/** Only what identifies an entity and its kind, for answers that ask no more of their entities. */
const identity = (v: string): string => `{id: ${v}.id, labels: labels(${v})}`;

/** Kept entities with their distances; relationships are read by RELATIONSHIPS_AMONG when asked for. */
const kept = (found = "", project = node): string => `WITH ${found}[k IN kept | k.node] AS ns, [k IN kept | k.distance] AS distances, truncated
RETURN ${found ? "found, " : ""}[x IN ns | ${project("x")}] AS nodes, distances, truncated`; // cypher-safe: fixed text

export interface NeighborsVariant {
  readonly depth: number;
  readonly direction: StepDirection;
  /** Expand only the types in `$types` (each in its own branch); otherwise every type. */
  readonly typed: boolean;
  /** Return each entity's id and labels only, not every property. */
  readonly idsOnly: boolean;
}

export const neighborsKey = (v: NeighborsVariant): string =>
  `${v.direction}${v.depth}${v.typed ? "Typed" : ""}${v.idsOnly ? "Ids" : ""}`;

/**
 * The entities within `depth` steps of `$id`, along `$types` (typed variant), in `direction`, through
 * entities of `$labels`, breadth first; past `$maxNodes` entities the nearest are kept (by distance,
 * then id) and `truncated` is set.
 */
function neighborsStatement(v: NeighborsVariant): Statement {
  return statement(
    `neighbors${neighborsKey(v)}`,
    `
MATCH (start:Entity {id: $id})
WITH [start] AS starts
${nearest(v.depth, steps(v.direction, v.typed), OF_KINDS("y"))}
${kept("", v.idsOnly ? identity : node)}
`,
  );
}

/** One neighbors statement per depth, direction, typed or not, and whole entities or ids only. */
export function neighborsStatements(maxDepth: number): ReadonlyMap<string, Statement> {
  const variants = STEP_DIRECTIONS.flatMap((direction) =>
    range(1, maxDepth).flatMap((depth) =>
      [false, true].flatMap((typed) => [false, true].map((idsOnly) => ({ depth, direction, typed, idsOnly }))),
    ),
  );
  return new Map(variants.map((v) => [neighborsKey(v), neighborsStatement(v)] as const));
}

/**
 * The given entities and everything within `depth` steps of them, breadth first, each entity once, the
 * nearest `$maxNodes` in all (the given ones first, then by distance and id).
 */
export function subgraphStatements(maxDepth: number): ReadonlyMap<number, Statement> {
  return table(range(0, maxDepth), (depth) =>
    statement(
      `subgraph${depth}`,
      `
MATCH (s:Entity) WHERE s.id IN $ids
WITH collect(s) AS starts
${nearest(depth, steps("BOTH", false), "true")}
${kept("[x IN starts | x.id] AS found, ")}
`,
    ),
  );
}

export const relationshipsAmongKey = (direction: StepDirection, typed: boolean): string =>
  `${direction}${typed ? "Typed" : ""}`;

/**
 * Relationships of an answer: the allowed steps from the entities `$ids` whose `$distances` are below
 * `$below` to entities of `$ids`, the nearest `$maxRelationships` (by the distance of the nearer end they
 * are found from, then type, then id) and one more to tell whether any was left out. The entities come
 * as parameters, so the sort holds rows of one relationship each.
 */
export const RELATIONSHIPS_AMONG: ReadonlyMap<string, Statement> = new Map(
  STEP_DIRECTIONS.flatMap((direction) =>
    [false, true].map((typed) => {
      const key = relationshipsAmongKey(direction, typed);
      return [
        key,
        statement(
          `relationshipsAmong${key}`,
          `
UNWIND range(0, size($ids) - 1) AS i
WITH $ids[i] AS id, $distances[i] AS d WHERE d < $below
MATCH (x:Entity {id: id})
${steps(direction, typed)}
WITH * WHERE y.id IN $ids
WITH r, min(d) AS d ORDER BY d, type(r), r.id LIMIT $maxRelationships + 1
RETURN collect(${rel("r")}) AS relationships
`,
        ),
      ] as const;
    }),
  ),
);

/** Path projection shared by the path statements. */
const PATH = `{nodes: [x IN nodes(p) | ${node("x")}], relationships: [r IN relationships(p) | ${rel("r")}]}`;

/** One undirected step along `$types` resting on `$evidence`; `x` collects the node each step leaves from. */
const STEP = `((x)-[r]-() WHERE ($types IS NULL OR type(r) IN $types) AND ${EVIDENCE})`; // cypher-safe: fixed predicate

/** No entity twice: checked during the search, so a walk through an entity twice never takes a path's place. */
const SIMPLE = `all(i IN range(0, size(x) - 1) WHERE NOT x[i] IN x[i + 1..] + [b])`;

function assertCount(what: string, n: number, max: number): void {
  // Counts become Cypher text: only integers the limits allow, never request data.
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`invariant: ${what} ${n} is outside 1..${max}`);
}

/**
 * One shortest undirected path along `$types`; rows only when both ends exist (and differ: the service
 * answers a path from an entity to itself). `shortestPath` searches from both ends at once and checks the
 * type predicate on each step as it goes; SHORTEST 1 searched from one end only, and through a hub of a
 * million-entity graph it ran for minutes, past its transaction's timeout, where this takes milliseconds.
 */
export function shortestPathStatements(maxHops: number): ReadonlyMap<number, Statement> {
  return table(range(1, maxHops), (hops) =>
    statement(
      `shortestPath${hops}`,
      `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
OPTIONAL MATCH p = shortestPath((a)-[*1..${hops}]-(b)) // cypher-safe: length from a fixed integer range
WHERE all(r IN relationships(p) WHERE ($types IS NULL OR type(r) IN $types) AND ${EVIDENCE}) // cypher-safe: fixed predicate
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
