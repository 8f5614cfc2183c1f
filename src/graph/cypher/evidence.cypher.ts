import { CITATION_LABEL, SOURCE_LABEL, SOURCE_PROPERTIES } from "../../model/registry";
import { statement } from "../statement";

/**
 * Sources and citations. Citations are nodes linked to nothing: traversals never meet them, and a
 * relationship's citations or a source's are found through their indexes (cypher/schema).
 */

const METADATA = Object.keys(SOURCE_PROPERTIES)
  .filter((k) => k !== "text")
  .map((k) => `.${k}`)
  .join(", ");

/** A source's metadata and the length of its text; the text itself only where asked for. */
const source = (v: string): string => `${v} {${METADATA}, length: size(${v}.text)}`; // cypher-safe: registry property names

export const SOURCES_BY_IDS = statement(
  "sourcesByIds",
  `
UNWIND $ids AS id
MATCH (s:${SOURCE_LABEL} {id: id}) // cypher-safe: label from the registry
RETURN ${source("s")} AS source
`,
);

export const SOURCE_TEXTS = statement(
  "sourceTexts",
  `
UNWIND $ids AS id
MATCH (s:${SOURCE_LABEL} {id: id}) // cypher-safe: label from the registry
RETURN s.id AS id, s.text AS text, s.kind AS kind
`,
);

/** One page of sources in id order, from the Source.id index. */
export const SOURCE_PAGE = statement(
  "sourcePage",
  `
MATCH (s:${SOURCE_LABEL}) // cypher-safe: label from the registry
WHERE s.id > coalesce($after, '')
WITH s ORDER BY s.id LIMIT $first
RETURN ${source("s")} AS source
`,
);

/**
 * Rows: `{id, properties}`. Creates each source or updates its metadata. A source keeps its text (its
 * citations' offsets depend on it): one stored with another text is left as it is and returns no row.
 * MERGE locks the id first, so racing writes of one new source cannot both pass the comparison.
 */
export const MERGE_SOURCES_KEEPING_TEXT = statement(
  "mergeSourcesKeepingText",
  `
UNWIND $rows AS row
MERGE (s:${SOURCE_LABEL} {id: row.id}) // cypher-safe: label from the registry
ON CREATE SET s.text = row.properties.text
WITH s, row WHERE s.text = row.properties.text
SET s += row.properties
RETURN ${source("s")} AS source
`,
);

export const DELETE_SOURCE = statement(
  "deleteSource",
  `
MATCH (s:${SOURCE_LABEL} {id: $id}) // cypher-safe: label from the registry
DELETE s
RETURN count(*) AS deleted
`,
);

/** Every citation of each relationship in `$ids`, in source then offset order. */
export const CITATIONS_OF_RELATIONSHIPS = statement(
  "citationsOfRelationships",
  `
UNWIND $ids AS id
CALL (id) {
  MATCH (c:${CITATION_LABEL} {relationshipId: id}) // cypher-safe: label from the registry
  WITH c ORDER BY c.sourceId, c.start, c.id LIMIT $first
  RETURN collect(c {.*}) AS citations
}
RETURN id, citations
`,
);

/** One page of a source's citations in id order, read in the order of the (sourceId, id) index. */
export const CITATIONS_OF_SOURCE = statement(
  "citationsOfSource",
  `
MATCH (c:${CITATION_LABEL}) // cypher-safe: label from the registry
WHERE c.sourceId = $sourceId AND c.id > coalesce($after, '')
WITH c ORDER BY c.sourceId, c.id LIMIT $first
RETURN c {.*} AS citation
`,
);

/**
 * Deletes one batch of a source's citations and says which relationships they belonged to. The
 * composite (sourceId, id) index serves only a predicate on both, hence `c.id IS NOT NULL`.
 */
export const DELETE_CITATIONS_OF_SOURCE = statement(
  "deleteCitationsOfSource",
  `
MATCH (c:${CITATION_LABEL}) // cypher-safe: label from the registry
WHERE c.sourceId = $sourceId AND c.id IS NOT NULL
WITH c LIMIT $limit
WITH c, c.relationshipId AS relationshipId, c.relationshipType AS type
DELETE c
RETURN relationshipId, type, count(*) AS removed
`,
);

/** Deletes the citations of relationships that are being removed. */
export const DELETE_CITATIONS_OF_RELATIONSHIPS = statement(
  "deleteCitationsOfRelationships",
  `
UNWIND $ids AS id
MATCH (c:${CITATION_LABEL} {relationshipId: id}) // cypher-safe: label from the registry
DELETE c
RETURN count(*) AS deleted
`,
);

/** Every citation of each relationship in `$ids`, for the summary a write recomputes. */
export const ALL_CITATIONS_OF_RELATIONSHIPS = statement(
  "allCitationsOfRelationships",
  `
UNWIND $ids AS id
CALL (id) {
  MATCH (c:${CITATION_LABEL} {relationshipId: id}) // cypher-safe: label from the registry
  WITH c ORDER BY c.sourceId, c.start, c.id
  RETURN collect(c {.*}) AS citations
}
RETURN id, citations
`,
);
