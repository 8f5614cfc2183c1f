import { NODE_KINDS, RELATIONSHIP_TYPES } from "../../model/registry";
import { type Statement, statement } from "../statement";
import { entityProjection as node, relationshipProjection as rel } from "./projections";
import { RELATIONSHIP_ID_LOOKUP } from "./relationship.cypher";

/**
 * Labels and types cannot be parameters, so writes come as one statement per registry kind or type.
 * The names interpolated below come from src/model/registry.ts only.
 */

/**
 * Creates the entity or updates it in place: aliases are added to those it has, a null name or
 * description keeps the one it has, and null kind properties remove theirs. An existing node of
 * another kind matches the MERGE but not the WHERE, so nothing is written and no row returns.
 */
export const UPSERT_ENTITY: ReadonlyMap<string, Statement> = new Map(
  NODE_KINDS.map(({ label }) => [
    label,
    statement(
      `upsertEntity${label}`,
      `
MERGE (n:Entity {id: $id})
ON CREATE SET n:${label}, n.aliases = [] // cypher-safe: name from the registry
WITH n WHERE n:${label} // cypher-safe: name from the registry
SET n.name = coalesce($name, n.name),
    n.aliases = n.aliases + [a IN $aliases WHERE NOT a IN n.aliases],
    n.description = coalesce($description, n.description)
SET n += $properties
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
 * Creates the relationship between two existing entities, or finds it, and takes its lock: MERGE between
 * bound nodes locks both before it creates, so racing assertions of one id end with one relationship, and
 * the lock keeps a concurrent assertion from summarising citations this one has not written yet.
 */
export const MERGE_RELATIONSHIP: ReadonlyMap<string, Statement> = new Map(
  RELATIONSHIP_TYPES.map(({ type }) => [
    type,
    statement(
      `mergeRelationship${type}`,
      `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MERGE (a)-[r:${type} {id: $id}]->(b) // cypher-safe: name from the registry
SET r.writeLock = true
RETURN ${rel("r")} AS relationship
`,
    ),
  ]),
);

/** Writes each relationship's evidence summary and type properties (`row.evidence`; nulls remove). */
export const SET_EVIDENCE: ReadonlyMap<string, Statement> = new Map(
  RELATIONSHIP_TYPES.map(({ type }) => [
    type,
    statement(
      `setEvidence${type}`,
      `
UNWIND $rows AS row
MATCH (:Entity)-[r:${type} {id: row.id}]->(:Entity) // cypher-safe: name from the registry
SET r += row.evidence
REMOVE r.writeLock
RETURN ${rel("r")} AS relationship
`,
    ),
  ]),
);

/** Removes relationships left without citations. */
export const DELETE_RELATIONSHIPS: ReadonlyMap<string, Statement> = new Map(
  RELATIONSHIP_TYPES.map(({ type }) => [
    type,
    statement(
      `deleteRelationships${type}`,
      `
UNWIND $ids AS id
MATCH (:Entity)-[r:${type} {id: id}]->(:Entity) // cypher-safe: name from the registry
DELETE r
RETURN count(*) AS deleted
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
