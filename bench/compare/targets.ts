import neo4j, { type Driver } from "neo4j-driver";
import { CITATION_LABEL, ENTITY_LABEL, SOURCE_LABEL } from "../../src/model/registry";
import { LIMITS } from "../../src/services/limits";
import { toLuceneQuery } from "../../src/services/search.service";

/** The entities the questions ask about, chosen from the loaded graph so each variant answers in full. */
export interface Targets {
  /** Q1, Q2, Q3 and Q4's start: 3 to 20 relationships, and few enough 2-step walks for every cap. */
  readonly id: string;
  readonly label: string;
  /** Q4's end: as far from `id` as 3 steps reach. */
  readonly farId: string;
  readonly farLength: number;
  /** Q5: the name of `id`, as typed, and as the Lucene query the service builds from it. */
  readonly searchText: string;
  readonly luceneQuery: string;
  /** Q7: the source with the most citations among the first sources by id; null when none has any. */
  readonly sourceId: string | null;
  readonly entities: number;
  readonly relationships: number;
}

const CANDIDATES = 2000;
const SOURCE_CANDIDATES = 20;
// Within the traversal cap, so Q3's neighbourhood is whole (not truncated) and every variant can agree on it.
const MAX_TWO_STEP_WALKS = LIMITS.SUBGRAPH_NODES_MAX;

export async function chooseTargets(driver: Driver): Promise<Targets> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const picked = await session.run(
      `
MATCH (n:Entity) WHERE n.id IS NOT NULL
WITH n ORDER BY n.id LIMIT $candidates
WITH n, COUNT { (n)--(:Entity) } AS degree
WHERE degree >= 3 AND degree <= 20 AND COUNT { (n)-[*2]-(:Entity) } <= $maxWalks
WITH n, degree ORDER BY degree DESC, n.id LIMIT 1
MATCH p = SHORTEST 1 (n)--{1,3}(m:Entity) WHERE m <> n
WITH n, m, length(p) AS hops ORDER BY hops DESC, m.id LIMIT 1
RETURN n.id AS id, n.name AS name, [l IN labels(n) WHERE l <> $entity][0] AS label, m.id AS farId, hops`,
      { candidates: neo4j.int(CANDIDATES), maxWalks: neo4j.int(MAX_TWO_STEP_WALKS), entity: ENTITY_LABEL },
    );
    const row = picked.records[0];
    if (!row)
      throw new Error("the graph has no entity with 3 to 20 relationships among its first ids to ask about");
    const counts = await session.run(
      "MATCH (n:Entity) WITH count(n) AS entities MATCH ()-[r]->() RETURN entities, count(r) AS relationships",
    );
    // Citations found through the (sourceId, id) index, which needs a predicate on both: no scan at any size.
    const source = await session.run(
      `
MATCH (s:${SOURCE_LABEL}) WHERE s.id IS NOT NULL
WITH s ORDER BY s.id LIMIT $candidates
WITH s, COUNT { MATCH (c:${CITATION_LABEL}) WHERE c.sourceId = s.id AND c.id IS NOT NULL } AS citations
WHERE citations > 0
RETURN s.id AS id ORDER BY citations DESC, id LIMIT 1`,
      { candidates: neo4j.int(SOURCE_CANDIDATES) },
    );
    const name = row.get("name") as string;
    return {
      id: row.get("id") as string,
      label: row.get("label") as string,
      farId: row.get("farId") as string,
      farLength: Number(row.get("hops")),
      searchText: name,
      luceneQuery: toLuceneQuery(name)!,
      sourceId: (source.records[0]?.get("id") as string | undefined) ?? null,
      entities: Number(counts.records[0]!.get("entities")),
      relationships: Number(counts.records[0]!.get("relationships")),
    };
  } finally {
    await session.close();
  }
}
