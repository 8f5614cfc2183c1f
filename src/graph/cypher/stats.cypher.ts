import type { RelationshipDirection } from "../../model/direction";
import {
  CITATION_LABEL,
  ENTITY_LABEL,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  RELATIONSHIP_TYPE_NAMES,
  SOURCE_LABEL,
} from "../../model/registry";
import { statement } from "../statement";

/**
 * Aggregates. Counts by one label or one type, with nothing else in the pattern, come from Neo4j's count
 * store, and an entity's relationships of one type from its degree store: neither reads a node or a
 * relationship. Labels and types cannot be parameters, so each is its own subquery built from the registry.
 */

const labelCount = (label: string, as: string): string =>
  `CALL () { MATCH (n:${label}) RETURN count(n) AS ${as} }`; // cypher-safe: label from the registry; alias generated
const typeCount = (type: string, as: string): string =>
  `CALL () { MATCH ()-[r:${type}]->() RETURN count(r) AS ${as} }`; // cypher-safe: type from the registry; alias generated

/** Every registry kind and type, zero included, with totals, in one statement of count-store reads. */
export const GRAPH_STATS = statement(
  "graphStats",
  `
${NODE_LABELS.map((label, i) => labelCount(label, `k${i}`)).join("\n")}
${RELATIONSHIP_TYPE_NAMES.map((type, i) => typeCount(type, `t${i}`)).join("\n")}
${labelCount(ENTITY_LABEL, "entities")}
${labelCount(SOURCE_LABEL, "sources")}
${labelCount(CITATION_LABEL, "citations")}
RETURN [${NODE_LABELS.map((_, i) => `k${i}`).join(", ")}] AS kinds,
  [${RELATIONSHIP_TYPE_NAMES.map((_, i) => `t${i}`).join(", ")}] AS types,
  entities, sources, citations
`, // cypher-safe: aliases generated from registry positions
);

/** `(n)-[:TYPE]->()` seen from n; symmetric types are stored one way and read both ways. */
function degreePattern(type: string, direction: RelationshipDirection): string {
  if (direction === "OUT") return `(n)-[:${type}]->()`; // cypher-safe: type from the registry
  if (direction === "IN") return `(n)<-[:${type}]-()`; // cypher-safe: type from the registry
  return `(n)-[:${type}]-()`; // cypher-safe: type from the registry
}

/** Every (type, direction) an entity's relationships can have: symmetric types once, as BOTH. */
export const DEGREE_KEYS: readonly { type: string; direction: RelationshipDirection }[] = RELATIONSHIP_TYPES.flatMap(
  ({ type, symmetric }) =>
    (symmetric ? (["BOTH"] as const) : (["OUT", "IN"] as const)).map((direction) => ({ type, direction })),
);

/**
 * For each entity in `$ids`: its degree by type and direction (in DEGREE_KEYS order) and in all, and the
 * sources and claimants of at most `$cap` of its relationships, from the summaries stored on each.
 */
export const ENTITY_STATS = statement(
  "entityStats",
  `
UNWIND $ids AS id
MATCH (n:${ENTITY_LABEL} {id: id}) // cypher-safe: label from the registry
CALL (n) {
  MATCH (n)-[r]-()
  WITH r LIMIT $cap
  WITH collect(r) AS read
  CALL (read) {
    UNWIND read AS r
    UNWIND r.sourceIds AS sourceId
    WITH sourceId, count(*) AS relationships ORDER BY relationships DESC, sourceId
    RETURN collect({id: sourceId, relationships: relationships}) AS sources
  }
  CALL (read) {
    UNWIND read AS r
    UNWIND r.claimants AS claimant
    WITH claimant, count(*) AS relationships ORDER BY relationships DESC, claimant
    RETURN collect({id: claimant, relationships: relationships}) AS claimants
  }
  RETURN size(read) AS relationshipsRead, sources, claimants
}
RETURN id,
  [${DEGREE_KEYS.map(({ type, direction }) => `COUNT { ${degreePattern(type, direction)} }`).join(",\n   ")}] AS degrees,
  COUNT { (n)--() } AS relationships,
  relationshipsRead, sources, claimants
`, // cypher-safe: patterns built from registry types above
);

/**
 * What each source in `$ids` supports, by relationship type: its citations found through the composite
 * (sourceId, id) index, which serves only a predicate on both, hence `c.id IS NOT NULL`.
 */
export const SOURCE_SUPPORTS = statement(
  "sourceSupports",
  `
UNWIND $ids AS sourceId
CALL (sourceId) {
  MATCH (c:${CITATION_LABEL}) // cypher-safe: label from the registry
  WHERE c.sourceId = sourceId AND c.id IS NOT NULL
  WITH c.relationshipType AS type, count(*) AS citations, count(DISTINCT c.relationshipId) AS relationships
  ORDER BY type
  RETURN collect({type: type, citations: citations, relationships: relationships}) AS supports
}
RETURN sourceId, supports
`,
);
