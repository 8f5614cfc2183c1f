import { statement } from "../statement";
import { entityProjection as node } from "./projections";

export const ENTITIES_BY_IDS = statement(
  "entitiesByIds",
  `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN ${node("n")} AS entity
`,
);

/** One page in id order plus the total, for Relay connections. `$label` null means every kind. */
export const ENTITY_PAGE = statement(
  "entityPage",
  `
CALL () {
  MATCH (n:Entity) WHERE $label IS NULL OR $label IN labels(n)
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:Entity)
  WHERE ($label IS NULL OR $label IN labels(n)) AND ($after IS NULL OR n.id > $after)
  WITH n ORDER BY n.id LIMIT $limit
  RETURN collect(${node("n")}) AS entities
}
RETURN total, entities
`,
);

export const SOURCES_BY_IDS = statement(
  "sourcesByIds",
  `
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s {.*} AS source
`,
);

export const ALL_SOURCES = statement("allSources", "MATCH (s:Source) RETURN s {.*} AS source ORDER BY s.id");

/** Mediators of every negotiation, or of one (`$negotiation`). */
export const MEDIATORS = statement(
  "mediators",
  `
MATCH (m:Entity)-[:MEDIATES]->(n:Negotiation)
WHERE $negotiation IS NULL OR n.id = $negotiation
WITH DISTINCT m
RETURN ${node("m")} AS entity ORDER BY m.name, m.id
`,
);
