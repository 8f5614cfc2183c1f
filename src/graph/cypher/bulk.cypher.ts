import {
  CITATION_LABEL,
  ENTITY_LABEL,
  NODE_KINDS,
  RELATIONSHIP_TYPES,
  SOURCE_LABEL,
} from "../../model/registry";
import { type Statement, statement } from "../statement";

/**
 * Bulk writes: one statement per registry kind or relationship type, each merging a batch of `$rows`
 * by id, so loading the same rows twice changes nothing. Interpolated names come from the registry only.
 */

/** Rows: `{id, properties}`; a source's properties are set as given. */
export const MERGE_SOURCES = statement(
  "bulkMergeSources",
  `
UNWIND $rows AS row
MERGE (s:${SOURCE_LABEL} {id: row.id}) // cypher-safe: name from the registry
SET s += row.properties
`,
);

/** Rows: `{id, properties}`; citations are linked to nothing, so traversals never meet them. */
export const MERGE_CITATIONS = statement(
  "bulkMergeCitations",
  `
UNWIND $rows AS row
MERGE (c:${CITATION_LABEL} {id: row.id}) // cypher-safe: name from the registry
SET c += row.properties
`,
);

/**
 * Rows: `{id, name, aliases, description, properties}`. A node of another kind with the same id matches
 * the MERGE but not the WHERE, so it is left as it is.
 */
export const MERGE_ENTITIES: ReadonlyMap<string, Statement> = new Map(
  NODE_KINDS.map(({ label }) => [
    label,
    statement(
      `bulkMergeEntities${label}`,
      `
UNWIND $rows AS row
MERGE (n:${ENTITY_LABEL} {id: row.id}) // cypher-safe: name from the registry
ON CREATE SET n:${label} // cypher-safe: name from the registry
WITH n, row WHERE n:${label} // cypher-safe: name from the registry
SET n.name = row.name, n.aliases = row.aliases, n.description = row.description, n += row.properties
`,
    ),
  ]),
);

/**
 * Rows: `{id, from, to, properties}`, endpoints in stored direction, properties the type's own and the
 * evidence summary of the row's citations. A row whose endpoints are missing writes nothing.
 */
export const MERGE_RELATIONSHIPS: ReadonlyMap<string, Statement> = new Map(
  RELATIONSHIP_TYPES.map(({ type }) => [
    type,
    statement(
      `bulkMergeRelationships${type}`,
      `
UNWIND $rows AS row
MATCH (a:${ENTITY_LABEL} {id: row.from}) // cypher-safe: name from the registry
MATCH (b:${ENTITY_LABEL} {id: row.to}) // cypher-safe: name from the registry
MERGE (a)-[r:${type} {id: row.id}]->(b) // cypher-safe: name from the registry
SET r += row.properties
`,
    ),
  ]),
);

/** One slice of a full delete: a graph of millions cannot go in one transaction. */
export const DELETE_SOME_NODES = statement(
  "bulkDeleteSomeNodes",
  `
MATCH (n)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
`,
);

/** Indexes not yet serving queries; a load that creates indexes waits until this is empty. */
export const INDEXES_POPULATING = statement(
  "bulkIndexesPopulating",
  `
SHOW INDEXES YIELD name, state, populationPercent
WHERE state <> 'ONLINE'
RETURN name, state, populationPercent
`,
);
