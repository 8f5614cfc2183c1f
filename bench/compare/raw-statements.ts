/**
 * The best hand-written Cypher for each question: index seeks, types in the pattern where known,
 * breadth-first node-distinct expansion, only the fields the answer needs. The upper limit.
 */
export const RAW_STATEMENTS = {
  q1: `
MATCH (n:Entity {id: $id})
RETURN n.id AS id, n.name AS name, n.aliases AS aliases, [l IN labels(n) WHERE l <> 'Entity'][0] AS kind`,
  q2: `
MATCH (n:Entity {id: $id})-[r]-(m:Entity)
WITH r, m ORDER BY type(r), r.id LIMIT 20
RETURN r.id AS id, m.id AS otherId, m.name AS otherName`,
  q3: `
MATCH (:Entity {id: $id})-[*0..2]-(m:Entity)
RETURN collect(DISTINCT m.id) AS ids`,
  q4: `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*1..6]-(b))
RETURN [x IN nodes(p) | x.id] AS ids`,
  q5: `
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
RETURN node.id AS id ORDER BY score DESC, node.id LIMIT $first`,
  q6: `
MATCH (n:Entity) WHERE n.id IS NOT NULL
WITH n ORDER BY n.id LIMIT 20
CALL (n) {
  MATCH (n)-[r]-(:Entity)
  WITH r ORDER BY type(r), r.id LIMIT 100
  RETURN collect({id: r.id, from: startNode(r).id, to: endNode(r).id}) AS relationships
}
RETURN n.id AS id, relationships`,
  // The (sourceId, id) index serves only a predicate on both: "c.id IS NOT NULL" makes it a seek, not a scan.
  q7: `
MATCH (c:Citation) WHERE c.sourceId = $sourceId AND c.id IS NOT NULL
WITH c ORDER BY c.id LIMIT 50
RETURN c.id AS id, c.quote AS quote, c.relationshipId AS relationshipId, c.relationshipType AS relationshipType`,
} as const;

export type RawQuery = keyof typeof RAW_STATEMENTS;
