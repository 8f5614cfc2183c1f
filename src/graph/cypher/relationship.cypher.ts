import type { RelationshipDirection as Direction } from "../../model/direction";
import { RELATIONSHIP_TYPES } from "../../model/registry";
import { type Statement, statement } from "../statement";
import { evidenceAllows } from "./evidence-filter.cypher";
import { entityProjection as node, relationshipProjection as rel } from "./projections";

/**
 * A type in the pattern lets the planner read only that type's relationships (and its index for ids),
 * where `type(r) IN $types` in a WHERE reads all of them first. Types cannot be parameters, so these
 * statements come as tables built from the registry; every name interpolated below comes from it.
 */
const DIRECTIONS: readonly Direction[] = ["OUT", "IN", "BOTH"];

/** `(n)-[r:TYPE]-(m:Entity)` seen from n in `direction`; symmetric types match either way round. */
function step(type: string, symmetric: boolean, direction: Direction, m = "m"): string {
  const [left, right] = symmetric || direction === "BOTH" ? ["-", "-"] : direction === "OUT" ? ["-", "->"] : ["<-", "-"];
  return `(n)${left}[r:${type}]${right}(${m}:Entity)`;
}

/** Key of the statement tables read by type and direction. */
export const typedKey = (type: string, direction: Direction): string => `${type} ${direction}`;

function typedTable(build: (type: string, symmetric: boolean, direction: Direction) => Statement) {
  return new Map(
    RELATIONSHIP_TYPES.flatMap(({ type, symmetric }) =>
      DIRECTIONS.map((d) => [typedKey(type, d), build(type, symmetric, d)] as const),
    ),
  );
}

/** The evidence a relationship must rest on (`$evidence`); a null `$evidence` keeps every one. */
const EVIDENCE = evidenceAllows("r");

const capitalised = (direction: Direction): string => direction[0] + direction.slice(1).toLowerCase();

/**
 * At most `$first` of each entity's relationships matched by `match` that rest on `$evidence`, ordered,
 * with the entities at their other ends, so resolving `from` and `to` needs no second statement.
 */
const relationshipsWithEnds = (name: string, match: string): Statement =>
  statement(
    name,
    `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
${match}
  WITH r, m WHERE ${EVIDENCE} // cypher-safe: fixed predicate, once after the branches
  WITH DISTINCT r, m ORDER BY type(r), r.id LIMIT $first
  RETURN collect(${rel("r")}) AS relationships, collect(DISTINCT m) AS others
}
RETURN id, relationships, [m IN others | ${node("m")}] AS ends
`,
  );

/**
 * The relationships of many entities at once (one round trip per batch), by direction, of the types in
 * `$types`. Each type is its own branch, skipped unless asked for, so only those types are read.
 */
export const RELATIONSHIPS_OF: ReadonlyMap<Direction, Statement> = new Map(
  DIRECTIONS.map((direction) => [
    direction,
    relationshipsWithEnds(
      `relationshipsOf${capitalised(direction)}`,
      `  CALL (n) {
${RELATIONSHIP_TYPES.map(
  ({ type, symmetric }) =>
    `    MATCH ${step(type, symmetric, direction)} WHERE '${type}' IN $types RETURN r, m`, // cypher-safe: type names from the registry
).join("\n    UNION ALL\n")}
  }`,
    ),
  ]),
);

/**
 * Every relationship of many entities, either direction: one expansion, where a branch per type reads
 * each relationship of a sparse node once per type.
 */
export const RELATIONSHIPS_OF_ANY_TYPE = relationshipsWithEnds(
  "relationshipsOfAnyType",
  "  MATCH (n)-[r]-(m:Entity)",
);
/**
 * Both ends are found by their ids first and the subquery receives them bound, so the planner checks
 * the relationships between them from the end with fewer (Expand(Into)) and never expands every
 * relationship of one end to find the other, whatever the statistics say.
 */
const between = (name: string, evidence: string): Statement =>
  statement(
    name,
    `
MATCH (a:Entity {id: $a})
MATCH (b:Entity {id: $b})
CALL (a, b) {
  MATCH (a)-[r]-(b)
  WHERE ($types IS NULL OR type(r) IN $types)${evidence} // cypher-safe: fixed predicate
  RETURN DISTINCT r
}
RETURN ${rel("r")} AS relationship ORDER BY type(r), r.id
`,
  );

/** The relationships between two entities that rest on `$evidence`. */
export const RELATIONSHIPS_BETWEEN = between("relationshipsBetween", ` AND ${EVIDENCE}`);

/** Ids are unique per type (one index each), so the lookup seeks each type's index in turn. */
const BY_ID = RELATIONSHIP_TYPES.map(
  ({ type }) => `  MATCH (:Entity)-[r:${type} {id: $id}]->(:Entity) RETURN r`, // cypher-safe: type names from the registry
).join("\n  UNION ALL\n");

export const RELATIONSHIP_BY_ID = statement(
  "relationshipById",
  `
CALL () {
${BY_ID}
}
RETURN ${rel("r")} AS relationship
`,
);

/** The same lookup, for the statements that delete what it finds. */
export const RELATIONSHIP_ID_LOOKUP = BY_ID;

/**
 * One page of the entities at the other end of each entity's relationships of one type, by type and
 * direction: each entity once, by id, after `$after` (an entity id, or null from the start), at most
 * `$first` per entity.
 */
export const RELATED_ENTITIES_OF: ReadonlyMap<string, Statement> = typedTable((type, symmetric, direction) =>
  statement(
    `relatedEntitiesOf${type}${capitalised(direction)}`,
    `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH ${step(type, symmetric, direction)} // cypher-safe: type name from the registry
  WHERE $after IS NULL OR m.id > $after
  WITH DISTINCT m ORDER BY m.id LIMIT $first
  RETURN collect(${node("m")}) AS entities
}
RETURN id, entities
`,
  ),
);

/**
 * One page of each entity's relationships of one type, each with the entity at its other end, by type
 * and direction: by relationship id, after `$after` (a relationship id, or null from the start), at
 * most `$first` per entity.
 */
export const RELATED_EDGES_OF: ReadonlyMap<string, Statement> = typedTable((type, symmetric, direction) =>
  statement(
    `relatedEdgesOf${type}${capitalised(direction)}`,
    `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH ${step(type, symmetric, direction)} // cypher-safe: type name from the registry
  WHERE $after IS NULL OR r.id > $after
  WITH r, m ORDER BY r.id LIMIT $first
  RETURN collect({relationship: ${rel("r")}, entity: ${node("m")}}) AS edges
}
RETURN id, edges
`,
  ),
);

/**
 * Relationships by type and id in one round trip: `$idsByType` maps a type to its ids (a citation knows its
 * relationship's type), and each type's branch seeks that type's id index; absent types read nothing.
 */
export const RELATIONSHIPS_BY_TYPED_IDS = statement(
  "relationshipsByTypedIds",
  `
CALL () {
${RELATIONSHIP_TYPES.map(
  ({ type }) =>
    `  UNWIND coalesce($idsByType.${type}, []) AS id MATCH (:Entity)-[r:${type} {id: id}]->(:Entity) RETURN r`, // cypher-safe: type names from the registry
).join("\n  UNION ALL\n")}
}
RETURN ${rel("r")} AS relationship
`,
);
