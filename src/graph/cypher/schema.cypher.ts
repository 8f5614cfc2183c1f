import { CITATION_LABEL, ENTITY_LABEL, RELATIONSHIP_TYPES, SOURCE_LABEL } from "../../model/registry";

/** Name of the full-text index over entity names and aliases that `search` queries. */
export const ENTITY_SEARCH_INDEX = "entity_search";

const snake = (name: string): string => name.toLowerCase();

/**
 * The database schema, derived from the registry: uniqueness of every id, full-text search over names
 * and aliases (folding accents, so `turkiye` finds Türkiye), and the index `entities` sorts by.
 * cypher/schema/001-schema.cypher is this list written out; a test keeps the two equal.
 */
export function schemaStatements(): string[] {
  return [
    `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE`, // cypher-safe: registry names
    `CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:${SOURCE_LABEL}) REQUIRE n.id IS UNIQUE`, // cypher-safe: registry names
    `CREATE CONSTRAINT citation_id IF NOT EXISTS FOR (n:${CITATION_LABEL}) REQUIRE n.id IS UNIQUE`, // cypher-safe: registry names
    ...RELATIONSHIP_TYPES.map(
      (r) => `CREATE CONSTRAINT ${snake(r.type)}_id IF NOT EXISTS FOR ()-[r:${r.type}]-() REQUIRE r.id IS UNIQUE`, // cypher-safe: registry
    ),
    `CREATE INDEX entity_name IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON (n.name)`, // cypher-safe: registry names
    // A relationship's citations, and a source's citations paged by id, are index lookups.
    `CREATE INDEX citation_relationship IF NOT EXISTS FOR (n:${CITATION_LABEL}) ON (n.relationshipId)`, // cypher-safe: registry names
    `CREATE INDEX citation_source IF NOT EXISTS FOR (n:${CITATION_LABEL}) ON (n.sourceId, n.id)`, // cypher-safe: registry names
    `CREATE FULLTEXT INDEX ${ENTITY_SEARCH_INDEX} IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON EACH [n.name, n.aliases] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'standard-folding'}}`, // cypher-safe: registry names
  ];
}

export function schemaScript(): string {
  const header = [
    "// Generated from src/model/registry.ts by `npm run schema:emit`; do not edit by hand.",
    "// Idempotent: every command is IF NOT EXISTS. Runs in cypher-shell, or with `npm run seed -- cypher/schema`.",
    "",
  ];
  return `${[...header, ...schemaStatements().map((s) => `${s};`)].join("\n")}\n`;
}
