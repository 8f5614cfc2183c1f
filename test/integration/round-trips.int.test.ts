import type { Driver } from "neo4j-driver";
import type { RunningApp } from "../../src/index";
import { postGraphql, startTestApp } from "../helpers/app";
import { testDriver } from "../helpers/neo4j";
import { WORLD_LOAD_TIMEOUT_MS, resetFixtureWorld } from "../helpers/world";

const WITH_RELATIONSHIPS = `
query ($first: Int) {
  entities(first: $first) {
    edges { node { id relationships { type from { id name } to { id name kind } sources(first: 5) { quote source { title } } } } }
  }
}`;

const TYPED_FIELDS = `
query ($first: Int) {
  entities(kind: COUNTRY, first: $first) {
    edges { node { id ... on Country {
      borders { id }
      groupsOperatingFrom { id targets { id } operatesFrom { id } }
      mediates { role negotiation { id participants { id } } }
    } } }
  }
}`;

/** No N+1: Bolt round trips grow with the depth of a query, not with how many entities it returns. */
describe("round trips to Neo4j per request", () => {
  let driver: Driver;
  let app: RunningApp;
  beforeAll(async () => {
    driver = testDriver();
    await resetFixtureWorld(driver);
    app = await startTestApp();
  }, WORLD_LOAD_TIMEOUT_MS);
  afterAll(async () => {
    await app.stop();
    await driver.close();
  });

  async function statementsFor(
    query: string,
    first: number,
  ): Promise<{ statements: number; entities: number }> {
    const before = app.executor.statementsRun;
    const response = await postGraphql<{ entities: { edges: unknown[] } }>(app.url, query, { first });
    expect(response.errors).toBeUndefined();
    return {
      statements: app.executor.statementsRun - before,
      entities: response.data!.entities.edges.length,
    };
  }

  it("reads 20 entities with their relationships, both ends and citations in 4 statements", async () => {
    const small = await statementsFor(WITH_RELATIONSHIPS, 2);
    const large = await statementsFor(WITH_RELATIONSHIPS, 20);
    expect(large.entities).toBe(20);
    // page, relationships of every entity with their other ends, their citations, the citations' sources
    expect(large.statements).toBe(4);
    expect(small.statements).toBe(4);
  });

  it("reads an entity, its relationships and both ends of each in 2 statements", async () => {
    const before = app.executor.statementsRun;
    const response = await postGraphql<{
      entity: { relationships: { from: { id: string; name: string }; to: { id: string; name: string } }[] };
    }>(
      app.url,
      `{ entity(id: "esteria") { id name relationships(first: 20) { id from { id name } to { id name } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const relationships = response.data!.entity.relationships;
    expect(relationships.length).toBeGreaterThan(3);
    for (const r of relationships) {
      expect([r.from.id, r.to.id]).toContain("esteria");
      expect(r.from.name.length * r.to.name.length).toBeGreaterThan(0);
    }
    // the entity, then its relationships with the entities at their other ends
    expect(app.executor.statementsRun - before).toBe(2);
  });

  it("batches typed edge fields level by level", async () => {
    const one = await statementsFor(TYPED_FIELDS, 1);
    const all = await statementsFor(TYPED_FIELDS, 4);
    expect(all.entities).toBe(4);
    // page, then per level one statement per distinct edge field and one for the entities they reach
    expect(one.statements).toBeLessThanOrEqual(10);
    expect(all.statements).toBeLessThanOrEqual(10);
  });
});
