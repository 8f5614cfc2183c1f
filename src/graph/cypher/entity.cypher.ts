import { ENTITY_LABEL, NODE_LABELS } from "../../model/registry";
import { type Statement, statement } from "../statement";
import { entityProjection as node } from "./projections";

export const ENTITIES_BY_IDS = statement(
  "entitiesByIds",
  `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN ${node("n")} AS entity
`,
);

/**
 * One page in id order plus the total, for Relay connections, by kind (ENTITY_LABEL for every kind).
 * The page is a range of the Entity.id index, read in its order; the total comes from the count store
 * (every node of a kind also carries Entity). Labels come from the registry only.
 */
function entityPage(label: string, from: "start" | "after"): Statement {
  const labels = label === ENTITY_LABEL ? ENTITY_LABEL : `${ENTITY_LABEL}:${label}`;
  return statement(
    `entityPage${label}${from === "start" ? "" : "After"}`,
    `
CALL () {
  MATCH (n:${label}) // cypher-safe: label from the registry
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:${labels}) // cypher-safe: labels from the registry
  WHERE ${from === "start" ? "n.id IS NOT NULL" : "n.id > $after"} // cypher-safe: one of two fixed predicates
  WITH n ORDER BY n.id LIMIT $limit
  RETURN collect(${node("n")}) AS entities
}
RETURN total, entities
`,
  );
}

const PAGED_LABELS = [ENTITY_LABEL, ...NODE_LABELS];

/** Pages from the first entity, by label. */
export const ENTITY_PAGE: ReadonlyMap<string, Statement> = new Map(
  PAGED_LABELS.map((label) => [label, entityPage(label, "start")]),
);

/** Pages after `$after` (an entity id), by label. */
export const ENTITY_PAGE_AFTER: ReadonlyMap<string, Statement> = new Map(
  PAGED_LABELS.map((label) => [label, entityPage(label, "after")]),
);

/** Mediators of every negotiation. */
export const MEDIATORS = statement(
  "mediators",
  `
MATCH (m:Entity)-[:MEDIATES]->(:Negotiation)
WITH DISTINCT m
RETURN ${node("m")} AS entity ORDER BY m.name, m.id
`,
);

/** Mediators of one negotiation (`$negotiation`), found through the Entity.id index. */
export const MEDIATORS_OF = statement(
  "mediatorsOf",
  `
MATCH (n:Entity {id: $negotiation})<-[:MEDIATES]-(m:Entity)
WHERE n:Negotiation
WITH DISTINCT m
RETURN ${node("m")} AS entity ORDER BY m.name, m.id
`,
);
