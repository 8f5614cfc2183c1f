import {
  CITATION_LABEL,
  ENTITY_LABEL,
  NODE_KINDS,
  RELATIONSHIP_TYPES,
  SOURCE_LABEL,
} from "../../model/registry";
import { type Statement, statement } from "../statement";
import { entityProjection as node, relationshipProjection as rel } from "./projections";

/**
 * The statements of a batch of validated writes: one read that checks the whole batch, then one
 * UNWIND per registry kind or relationship type (labels and types cannot be parameters). Every name
 * interpolated below comes from src/model/registry.ts.
 */

/** Each id's relationship of any type: ids are unique per type, so each type's index is sought in turn. */
const BY_ID = RELATIONSHIP_TYPES.map(
  ({ type }) => `    MATCH (:Entity)-[r:${type} {id: id}]->(:Entity) RETURN r`, // cypher-safe: type names from the registry
).join("\n    UNION ALL\n");

/**
 * Characters outside the Basic Multilingual Plane: Cypher counts them as one, JavaScript (and every
 * stored offset) as two, so a quote with one before it is located in Node instead.
 */
const ASTRAL = "'(?s).*[\\\\x{10000}-\\\\x{10FFFF}].*'";

/**
 * Everything a batch's rules ask of the graph, in one round trip: the entities it names (`$entityIds`),
 * the sources it names (`$sourceIds`, metadata only), the relationships holding its ids
 * (`$relationshipIds`), those joining its pairs of a type either way round (`$pairs`: `{a, b, type}`),
 * and where each quote lies in its source's stored text (`$quotes`: `{id, quotes: [{key, quote, start}]}`
 * per source). A quote's `start` is the occurrence at the given start, or the first one; null when it
 * does not occur there. The source's text leaves the database only when characters before the quote
 * are counted differently by Cypher and JavaScript (`text`, else null).
 */
export const WRITE_CHECKS = statement(
  "writeChecks",
  `
CALL () {
  UNWIND $entityIds AS id
  MATCH (n:${ENTITY_LABEL} {id: id}) // cypher-safe: label from the registry
  RETURN collect(${node("n")}) AS entities
}
CALL () {
  UNWIND $sourceIds AS id
  MATCH (s:${SOURCE_LABEL} {id: id}) // cypher-safe: label from the registry
  RETURN collect(s {.id, .kind, .publishedOn}) AS sources
}
CALL () {
  UNWIND $relationshipIds AS id
  CALL (id) {
${BY_ID}
  }
  RETURN collect(${rel("r")}) AS byId
}
CALL () {
  UNWIND $pairs AS pair
  MATCH (a:${ENTITY_LABEL} {id: pair.a}) // cypher-safe: label from the registry
  MATCH (b:${ENTITY_LABEL} {id: pair.b}) // cypher-safe: label from the registry
  CALL (a, b, pair) {
    MATCH (a)-[r]-(b)
    WHERE type(r) = pair.type
    RETURN DISTINCT r
  }
  RETURN collect(${rel("r")}) AS twins
}
CALL () {
  UNWIND $quotes AS bySource
  MATCH (s:${SOURCE_LABEL} {id: bySource.id}) // cypher-safe: label from the registry
  WITH s.text AS text, s.kind AS kind, bySource
  UNWIND bySource.quotes AS q
  WITH text, kind, q,
       CASE
         WHEN q.start IS NOT NULL THEN substring(text, 0, q.start)
         WHEN text CONTAINS q.quote THEN split(text, q.quote)[0]
       END AS before
  WITH text, kind, q, before, before =~ ${ASTRAL} AS astral // cypher-safe: fixed pattern
  RETURN collect({
    key: q.key,
    kind: kind,
    text: CASE WHEN astral THEN text END,
    start: CASE
      WHEN before IS NULL OR astral THEN null
      WHEN q.start IS NULL THEN size(before)
      WHEN substring(text, q.start, size(q.quote)) = q.quote THEN q.start
    END
  }) AS quotes
}
RETURN entities, sources, byId, twins, quotes
`,
);

/**
 * Rows: `{id, name, aliases, description, properties}`, one per id. Creates each entity or updates it
 * in place, as UPSERT_ENTITY does one; a node of another kind matches the MERGE but not the WHERE, so
 * it is left as it is and returns no row.
 */
export const UPSERT_ENTITIES: ReadonlyMap<string, Statement> = new Map(
  NODE_KINDS.map(({ label }) => [
    label,
    statement(
      `upsertEntities${label}`,
      `
UNWIND $rows AS row
MERGE (n:${ENTITY_LABEL} {id: row.id}) // cypher-safe: name from the registry
ON CREATE SET n:${label}, n.aliases = [] // cypher-safe: name from the registry
WITH n, row WHERE n:${label} // cypher-safe: name from the registry
SET n.name = coalesce(row.name, n.name),
    n.aliases = n.aliases + [a IN row.aliases WHERE NOT a IN n.aliases],
    n.description = coalesce(row.description, n.description)
SET n += row.properties
RETURN ${node("n")} AS entity
`,
    ),
  ]),
);

/**
 * Rows: `{id, from, to, citations}`, one per relationship, endpoints in stored direction. Creates or
 * finds each relationship between its existing endpoints and takes its lock (MERGE between bound nodes
 * locks both first, so racing writes of one id end with one relationship; the lock keeps a concurrent
 * write from deriving a summary of citations this one has not written yet), merges its citations by id,
 * and returns its id; DERIVE_EVIDENCE_OF then derives its summary. A row whose endpoint is gone returns
 * nothing.
 */
export const MERGE_RELATIONSHIPS_CITED: ReadonlyMap<string, Statement> = new Map(
  RELATIONSHIP_TYPES.map(({ type }) => [
    type,
    statement(
      `mergeRelationshipsCited${type}`,
      `
UNWIND $rows AS row
MATCH (a:${ENTITY_LABEL} {id: row.from}) // cypher-safe: name from the registry
MATCH (b:${ENTITY_LABEL} {id: row.to}) // cypher-safe: name from the registry
MERGE (a)-[r:${type} {id: row.id}]->(b) // cypher-safe: name from the registry
SET r.writeLock = true
WITH r, row
CALL (row) {
  UNWIND row.citations AS c
  MERGE (x:${CITATION_LABEL} {id: c.id}) // cypher-safe: name from the registry
  SET x += c
}
RETURN r.id AS id
`,
    ),
  ]),
);
