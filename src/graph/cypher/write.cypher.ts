import { NODE_KINDS, RELATIONSHIP_TYPES } from "../../model/registry";
import { type Statement, statement } from "../statement";
import { entityProjection as node, relationshipProjection as rel } from "./projections";
import { RELATIONSHIP_ID_LOOKUP } from "./relationship.cypher";

/**
 * Labels and types cannot be parameters, so writes come as one statement per registry kind or type.
 * The names interpolated below come from src/model/registry.ts only.
 */

/**
 * Creates the entity or updates it in place. An existing node of another kind matches the MERGE but
 * not the WHERE, so nothing is written and no row returns: the service reports the conflict.
 */
export const UPSERT_ENTITY: ReadonlyMap<string, Statement> = new Map(
  NODE_KINDS.map(({ label }) => [
    label,
    statement(
      `upsertEntity${label}`,
      `
MERGE (n:Entity {id: $id})
ON CREATE SET n:${label} // cypher-safe: name from the registry
WITH n WHERE n:${label} // cypher-safe: name from the registry
SET n.name = $name, n.aliases = $aliases, n.description = $description, n += $properties
RETURN ${node("n")} AS entity
`,
    ),
  ]),
);

/**
 * Deletes the entity and reports the relationships that went with it. Its lock comes first: no
 * relationship can be added to it between the listing and the delete.
 */
export const DELETE_ENTITY = statement(
  "deleteEntity",
  `
MATCH (n:Entity {id: $id})
SET n.writeLock = true
WITH n
OPTIONAL MATCH (n)-[r]-(:Entity)
WITH n, collect(DISTINCT ${rel("r")}) AS detached
DETACH DELETE n
RETURN detached
`,
);

/**
 * Creates the relationship between two existing entities, or adds new citations to it. MERGE between
 * bound nodes locks both before it creates, so racing assertions of one id end with one relationship.
 */
export const ASSERT_RELATIONSHIP: ReadonlyMap<string, Statement> = new Map(
  RELATIONSHIP_TYPES.map(({ type }) => [
    type,
    statement(
      `assertRelationship${type}`,
      `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MERGE (a)-[r:${type} {id: $id}]->(b) // cypher-safe: name from the registry
// A write takes r's lock before its citations are read, so racing assertions append rather than overwrite.
SET r.writeLock = true
WITH r
SET r += $properties
WITH r, coalesce(r.sourceIds, []) AS sourceIds, coalesce(r.quotes, []) AS quotes
// Citations accumulate: a citation already on the relationship is not added twice.
WITH r, sourceIds, quotes, [i IN range(0, size($quotes) - 1)
  WHERE NOT any(j IN range(0, size(quotes) - 1) WHERE quotes[j] = $quotes[i] AND sourceIds[j] = $sourceIds[i])] AS fresh
SET r.sourceIds = sourceIds + [i IN fresh | $sourceIds[i]], r.quotes = quotes + [i IN fresh | $quotes[i]]
REMOVE r.writeLock
RETURN ${rel("r")} AS relationship
`,
    ),
  ]),
);

export const RETRACT_RELATIONSHIP = statement(
  "retractRelationship",
  `
CALL () {
${RELATIONSHIP_ID_LOOKUP}
}
DELETE r
RETURN count(*) AS retracted
`,
);
