import { statement } from "../statement";
import { relationshipProjection as rel } from "./projections";

/**
 * The relationships of many entities at once (one round trip per batch). `$direction` is OUT, IN or
 * BOTH; relationship types in `$symmetric` match in any direction; at most `$first` per entity.
 */
export const RELATIONSHIPS_OF = statement(
  "relationshipsOf",
  `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r]-(:Entity)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'BOTH' OR type(r) IN $symmetric
      OR ($direction = 'OUT' AND startNode(r) = n)
      OR ($direction = 'IN' AND endNode(r) = n))
  WITH DISTINCT r ORDER BY type(r), r.id LIMIT $first
  RETURN collect(${rel("r")}) AS relationships
}
RETURN id, relationships
`,
);

export const RELATIONSHIPS_BETWEEN = statement(
  "relationshipsBetween",
  `
MATCH (a:Entity {id: $a})-[r]-(b:Entity {id: $b})
WHERE $types IS NULL OR type(r) IN $types
WITH DISTINCT r
RETURN ${rel("r")} AS relationship ORDER BY type(r), r.id
`,
);

export const RELATIONSHIP_BY_ID = statement(
  "relationshipById",
  `
MATCH (:Entity)-[r]->(:Entity) WHERE r.id = $id
RETURN ${rel("r")} AS relationship
`,
);
