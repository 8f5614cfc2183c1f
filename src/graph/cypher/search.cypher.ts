import { statement } from "../statement";
import { entityProjection as node } from "./projections";

/** Full-text search over names and aliases; `$query` is Lucene syntax built and escaped by the service. */
export const SEARCH_ENTITIES = statement(
  "searchEntities",
  `
CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
RETURN ${node("node")} AS entity, score
ORDER BY score DESC, node.id
LIMIT $first
`,
);
