import { statement } from "../statement";
import { entityProjection as node, relationshipProjection as rel } from "./projections";

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

/** Relationships of `$type` seen from `n` in `$direction`; symmetric types match in any direction. */
const OF_TYPE = `type(r) = $type
    AND ($direction = 'BOTH' OR type(r) IN $symmetric
      OR ($direction = 'OUT' AND startNode(r) = n)
      OR ($direction = 'IN' AND endNode(r) = n))`;

/**
 * One page of the entities at the other end of each entity's relationships of one type: each entity once,
 * by id, after `$after` (an entity id, or null from the start), at most `$first` per entity.
 */
export const RELATED_ENTITIES_OF = statement(
  "relatedEntitiesOf",
  `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r]-(m:Entity)
  WHERE ${OF_TYPE}
    AND ($after IS NULL OR m.id > $after)
  WITH DISTINCT m ORDER BY m.id LIMIT $first
  RETURN collect(${node("m")}) AS entities
}
RETURN id, entities
`,
);

/**
 * One page of each entity's relationships of one type, each with the entity at its other end: by
 * relationship id, after `$after` (a relationship id, or null from the start), at most `$first` per entity.
 */
export const RELATED_EDGES_OF = statement(
  "relatedEdgesOf",
  `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r]-(m:Entity)
  WHERE ${OF_TYPE}
    AND ($after IS NULL OR r.id > $after)
  WITH r, m ORDER BY r.id LIMIT $first
  RETURN collect({relationship: ${rel("r")}, entity: ${node("m")}}) AS edges
}
RETURN id, edges
`,
);
