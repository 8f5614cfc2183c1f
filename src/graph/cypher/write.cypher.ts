import { RELATIONSHIP_TYPES } from "../../model/registry";
import { type Statement, statement } from "../statement";
import { relationshipProjection as rel } from "./projections";
import { RELATIONSHIP_ID_LOOKUP } from "./relationship.cypher";

/**
 * Types cannot be parameters, so these writes come as one statement per registry relationship type.
 * The names interpolated below come from src/model/registry.ts only.
 */

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
