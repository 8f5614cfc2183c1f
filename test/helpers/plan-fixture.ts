import type { Driver } from "neo4j-driver";
import { CITATION_LABEL, NODE_KINDS, RELATIONSHIP_TYPES, SOURCE_LABEL } from "../../src/model/registry";

const config = () => ({ database: process.env.NEO4J_TEST_DATABASE });

/** Deterministic pseudo-random numbers in [0, 1), so every run plans and measures the same graph. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export interface PlanFixture {
  /** Entity ids by kind, each list in id order. */
  readonly byKind: ReadonlyMap<string, readonly string[]>;
  /** The best-connected entity (a hub), and an ordinary one. */
  readonly hub: string;
  readonly leaf: string;
  /** One relationship id of each registry type. */
  readonly relationshipIds: ReadonlyMap<string, string>;
  /** The source every relationship cites. */
  readonly sourceId: string;
}

/** Sources the relationships' citations are spread over: "what does source X support" reads a slice. */
const SOURCES = 10;

/**
 * `entities` entities spread over every registry kind, joined by about `perEntity` relationships each
 * of the registry's allowed types, ends drawn with a skew so a few entities become hubs; each relationship
 * has one citation of one of a few sources, stored as the evidence model stores it. Ids start with `prefix`.
 */
export async function createPlanFixture(
  driver: Driver,
  prefix: string,
  entities: number,
  perEntity = 4,
): Promise<PlanFixture> {
  const next = random(entities);
  const byKind = new Map<string, string[]>(NODE_KINDS.map((k) => [k.label, []]));
  for (let i = 0; i < entities; i += 1) {
    const kind = NODE_KINDS[i % NODE_KINDS.length]!.label;
    byKind.get(kind)!.push(`${prefix}${kind.toLowerCase()}-${String(i).padStart(6, "0")}`);
  }
  for (const [label, ids] of byKind) {
    await driver.executeQuery(
      // Test fixture only: the label comes from the registry.
      `UNWIND $ids AS id CREATE (:Entity:${label} {id: id, name: id, aliases: []})`,
      { ids },
      config(),
    );
  }
  // Cubing a uniform draw skews it toward the start of each list: those entities become hubs.
  const pick = (ids: readonly string[]): string => ids[Math.floor(next() ** 3 * ids.length)]!;
  const perType = Math.ceil((entities * perEntity) / RELATIONSHIP_TYPES.length);
  const relationshipIds = new Map<string, string>();
  const degree = new Map<string, number>();
  const sourceIds = Array.from({ length: SOURCES }, (_, i) => `${prefix}source-${i}`);
  await driver.executeQuery(
    // Test fixture only: the label comes from the registry.
    `UNWIND $ids AS id CREATE (:${SOURCE_LABEL} {id: id, title: id, kind: 'report', text: 'x'})`,
    { ids: sourceIds },
    config(),
  );
  for (const spec of RELATIONSHIP_TYPES) {
    const edges: { id: string; a: string; b: string; sourceId: string }[] = [];
    for (let i = 0; i < perType; i += 1) {
      const a = pick(byKind.get(spec.from[Math.floor(next() * spec.from.length)]!)!);
      const b = pick(byKind.get(spec.to[Math.floor(next() * spec.to.length)]!)!);
      if (a === b) continue;
      edges.push({ id: `${prefix}${spec.type.toLowerCase()}-${i}`, a, b, sourceId: sourceIds[i % SOURCES]! });
      for (const end of [a, b]) degree.set(end, (degree.get(end) ?? 0) + 1);
    }
    relationshipIds.set(spec.type, edges[Math.floor(edges.length / 2)]!.id);
    await driver.executeQuery(
      // Test fixture only: the type and label come from the registry.
      `UNWIND $edges AS e MATCH (a:Entity {id: e.a}), (b:Entity {id: e.b})
       CREATE (a)-[:${spec.type} {id: e.id, sourceIds: [e.sourceId], sourceCount: 1, citationCount: 1,
         claimants: [], contested: false, reference: false}]->(b)
       CREATE (:${CITATION_LABEL} {id: e.id + '@' + e.sourceId + ':0-1', relationshipId: e.id, relationshipType: $type,
         sourceId: e.sourceId, sourceKind: 'report', quote: 'x', start: 0, end: 1, stance: 'STATES'})`,
      { edges, type: spec.type },
      config(),
    );
  }
  const ranked = [...degree].sort(([, x], [, y]) => y - x);
  return {
    byKind,
    hub: ranked[0]![0],
    leaf: ranked[ranked.length - 1]![0],
    relationshipIds,
    sourceId: sourceIds[0]!,
  };
}
