import type { Driver } from "neo4j-driver";
import { readSeedFiles } from "../../src/ingest/seed-files";
import { PROJECT_ROOT } from "./cli";
import { testSeedLoader } from "./seed";

/** An undirected edge of a test graph: `a` is where the relationship starts. */
export interface FixtureEdge {
  readonly id: string;
  readonly type: string;
  readonly a: string;
  readonly b: string;
}

const config = () => ({ database: process.env.NEO4J_TEST_DATABASE });

/** The project's constraints and indexes (Entity.id above all), without touching the data. */
export async function applySchema(driver: Driver): Promise<void> {
  await testSeedLoader(driver).load(readSeedFiles(["cypher/schema"], PROJECT_ROOT));
}

/** Creates the edges (and their countries) in `order`, so store order need not follow the ids. */
export async function createFixture(driver: Driver, edges: readonly FixtureEdge[]): Promise<void> {
  const ids = [...new Set(edges.flatMap((e) => [e.a, e.b]))];
  await driver.executeQuery(
    "UNWIND $ids AS id CREATE (:Entity:Country {id: id, name: id, aliases: []})",
    { ids },
    config(),
  );
  for (const type of new Set(edges.map((e) => e.type))) {
    await driver.executeQuery(
      // Test fixture only: the type comes from the test's own constant list, checked against the registry by the test.
      `UNWIND $edges AS e MATCH (a:Entity {id: e.a}), (b:Entity {id: e.b})
       CREATE (a)-[:${type} {id: e.id, sourceIds: [], sourceCount: 0, citationCount: 0, claimants: [], contested: false, reference: false}]->(b)`,
      { edges: edges.filter((e) => e.type === type) },
      config(),
    );
  }
}

export async function deleteFixture(driver: Driver, prefix: string): Promise<void> {
  await driver.executeQuery(
    "MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n",
    { prefix },
    config(),
  );
}

const compareIds = (x: readonly string[], y: readonly string[]): number => {
  for (let i = 0; i < x.length; i += 1) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return 0;
};

/**
 * The contract of `paths`, computed in plain code: simple paths along `types`, shortest first, then by
 * their relationship ids, at most `first`. Lengths are taken one at a time, so only what is needed is walked.
 */
export function expectedPaths(
  edges: readonly FixtureEdge[],
  from: string,
  to: string,
  options: { types?: readonly string[]; maxHops: number; first: number },
): string[][] {
  const usable = edges.filter((e) => !options.types || options.types.includes(e.type));
  const found: string[][] = [];
  for (let length = 1; length <= options.maxHops && found.length < options.first; length += 1) {
    const ofLength: string[][] = [];
    const walk = (at: string, seen: Set<string>, rels: string[]): void => {
      if (rels.length === length) {
        if (at === to) ofLength.push([...rels]);
        return;
      }
      for (const e of usable) {
        const next = e.a === at ? e.b : e.b === at ? e.a : undefined;
        if (next === undefined || seen.has(next)) continue;
        seen.add(next);
        walk(next, seen, [...rels, e.id]);
        seen.delete(next);
      }
    };
    walk(from, new Set([from]), []);
    found.push(...ofLength.sort(compareIds));
  }
  return found.slice(0, options.first);
}
