import type { Driver } from "neo4j-driver";
import type { RunningApp } from "../../src/index";
import { postGraphql, startTestApp } from "../helpers/app";
import { expectBadInput } from "../helpers/api";
import { snapshotGraph, testDriver } from "../helpers/neo4j";
import { applySchema, deleteFixture } from "../helpers/path-fixture";

// Typed edge fields page with first and after over hubs of their own (ids start with "tf-"); the seed's
// answers are in api-typed-fields*.

const BORDER_COUNT = 101;
const MEDIATOR_COUNT = 7;
const pad = (n: number): string => String(n).padStart(3, "0");
const borderIds = Array.from({ length: BORDER_COUNT }, (_, i) => `tf-country-${pad(i)}`);
/** Relationship ids scrambled against the mediators' ids (3 is coprime to 7). */
const mediations = Array.from({ length: MEDIATOR_COUNT }, (_, i) => ({
  mediator: `tf-mediator-${i}`,
  id: `tf-mediates-${(i * 3) % MEDIATOR_COUNT}`,
}));

const BORDERS = `
query ($first: Int, $after: ID) {
  entity(id: "tf-hub") { ... on Country { borders(first: $first, after: $after) { id } } }
}`;
const MEDIATORS = `
query ($first: Int, $after: ID) {
  entity(id: "tf-talks") {
    ... on Negotiation { mediators(first: $first, after: $after) { role mediator { id } relationship { id } } }
  }
}`;

interface Mediation {
  role: string;
  mediator: { id: string };
  relationship: { id: string };
}

async function createHubs(driver: Driver): Promise<void> {
  const config = { database: process.env.NEO4J_TEST_DATABASE };
  // Half the borders start at the hub, half end there (BORDERS is symmetric); one pair has both.
  await driver.executeQuery(
    `CREATE (hub:Entity:Country {id: 'tf-hub', name: 'Hub', aliases: []})
     WITH hub
     UNWIND range(0, size($ids) - 1) AS i
     CREATE (c:Entity:Country {id: $ids[i], name: $ids[i], aliases: []})
     FOREACH (_ IN CASE WHEN i % 2 = 0 THEN [1] ELSE [] END |
       CREATE (hub)-[:BORDERS {id: 'tf-borders-' + i, sourceIds: [], quotes: []}]->(c))
     FOREACH (_ IN CASE WHEN i % 2 = 1 OR i = 0 THEN [1] ELSE [] END |
       CREATE (c)-[:BORDERS {id: 'tf-borders-back-' + i, sourceIds: [], quotes: []}]->(hub))`,
    { ids: [...borderIds].reverse() },
    config,
  );
  await driver.executeQuery(
    `CREATE (talks:Entity:Negotiation {id: 'tf-talks', name: 'Talks', aliases: []})
     WITH talks
     UNWIND $mediations AS m
     CREATE (:Entity:Country {id: m.mediator, name: m.mediator, aliases: []})
            -[:MEDIATES {id: m.id, role: 'supporting', sourceIds: [], quotes: []}]->(talks)`,
    { mediations },
    config,
  );
}

describe("typed edge fields page with first and after", () => {
  let driver: Driver;
  let app: RunningApp;
  beforeAll(async () => {
    driver = testDriver();
    await applySchema(driver);
    await deleteFixture(driver, "tf-");
    await createHubs(driver);
    app = await startTestApp();
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
    await deleteFixture(driver, "tf-");
    await driver.close();
  });

  const borders = async (variables: Record<string, unknown>): Promise<string[]> => {
    const response = await postGraphql<{ entity: { borders: { id: string }[] } }>(
      app.url,
      BORDERS,
      variables,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.entity.borders.map((b) => b.id);
  };
  const mediators = async (variables: Record<string, unknown>): Promise<Mediation[]> => {
    const response = await postGraphql<{ entity: { mediators: Mediation[] } }>(app.url, MEDIATORS, variables);
    expect(response.errors).toBeUndefined();
    return response.data!.entity.mediators;
  };

  it("lists each neighbour once, by id, 50 by default and 100 at the limit", async () => {
    const sorted = [...borderIds].sort();
    expect(await borders({})).toEqual(sorted.slice(0, 50));
    expect(await borders({ first: 100 })).toEqual(sorted.slice(0, 100));
    expect(await borders({ first: 100, after: sorted[99] })).toEqual([sorted[100]]);
  });

  it("pages through every neighbour exactly once, in order, with after set to the last id received", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const ids = await borders({ first: 7, after });
      if (ids.length === 0) break;
      expect(ids.length).toBeLessThanOrEqual(7);
      seen.push(...ids);
      after = ids.at(-1)!;
    }
    expect(seen).toEqual([...borderIds].sort());
  });

  it("pages edge objects by relationship id, with after set to the last relationship.id received", async () => {
    const all = await mediators({});
    expect(all.map((m) => m.relationship.id)).toEqual(mediations.map((m) => m.id).sort());
    const seen: Mediation[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const items = await mediators({ first: 2, after });
      if (items.length === 0) break;
      seen.push(...items);
      after = items.at(-1)!.relationship.id;
    }
    expect(seen).toEqual(all);
    expect(new Set(seen.map((m) => m.mediator.id)).size).toBe(MEDIATOR_COUNT);
  });

  it.each([
    [BORDERS, 101],
    [BORDERS, 0],
    [MEDIATORS, 101],
    [MEDIATORS, -1],
  ])("refuses first past its limit with BAD_USER_INPUT and changes nothing (%#)", async (query, first) => {
    const before = await snapshotGraph(driver);
    const response = await postGraphql(app.url, query, { first });
    expectBadInput(response, "first", `first must be between 1 and 100 (got ${first})`);
    expect(await snapshotGraph(driver)).toBe(before);
  });
});
