import type { Driver } from "neo4j-driver";
import { WORLD_ENTITIES, WORLD_RELATIONSHIPS, WORLD_SOURCE, WORLD_TEXT } from "../fixtures/world";
import { snapshotGraph, testDriver } from "../helpers/neo4j";
import { WORLD_LOAD_TIMEOUT_MS, loadFixtureWorld, resetFixtureWorld } from "../helpers/world";

// The fixture world the API tests share loads through the editor's rules and holds what it declares.

describe("the fixture world", () => {
  let driver: Driver;

  beforeAll(() => {
    driver = testDriver();
  });

  afterAll(async () => {
    await driver?.close();
  });

  it(
    "loads in one batch: one source, 20 entities, 48 relationships, 69 citations",
    async () => {
      const counts = await loadFixtureWorld(driver);
      expect(counts).toEqual({
        sourcesWritten: 1,
        entitiesWritten: 20,
        relationshipsWritten: 48,
        citationsWritten: 69,
        sourcesRetracted: 0,
        relationshipsRemoved: 0,
      });
      const { records } = await driver.executeQuery(
        `MATCH (n:Entity) WITH count(n) AS entities
       MATCH ()-[r]->() WITH entities, count(r) AS relationships
       MATCH (c:Citation) RETURN entities, relationships, count(c) AS citations`,
        {},
        { database: process.env.NEO4J_TEST_DATABASE },
      );
      const found = records[0]!;
      expect(["entities", "relationships", "citations"].map((k) => Number(found.get(k)))).toEqual([
        20, 48, 69,
      ]);
      expect(WORLD_ENTITIES).toHaveLength(20);
      expect(WORLD_RELATIONSHIPS).toHaveLength(48);
    },
    WORLD_LOAD_TIMEOUT_MS,
  );

  it(
    "states the edges it gives no claimant and relays the others as their claimant's",
    async () => {
      await resetFixtureWorld(driver);
      const { records } = await driver.executeQuery(
        `MATCH ()-[r]->() RETURN r.id AS id, r.claimedBy AS claimedBy, r.citationCount AS citations,
              r.sourceIds AS sourceIds`,
        {},
        { database: process.env.NEO4J_TEST_DATABASE },
      );
      const stored = Object.fromEntries(
        records.map((r) => [
          r.get("id") as string,
          { ...r.toObject(), citations: Number(r.get("citations")) },
        ]),
      );
      for (const input of WORLD_RELATIONSHIPS) {
        expect(stored[input.id!]).toEqual({
          id: input.id,
          claimedBy: input.citations[0]!.claimant ?? null,
          citations: input.citations.length,
          sourceIds: [WORLD_SOURCE.id],
        });
      }
    },
    WORLD_LOAD_TIMEOUT_MS,
  );

  it(
    "is restored, after the first load, exactly as loading writes it",
    async () => {
      await resetFixtureWorld(driver);
      await resetFixtureWorld(driver);
      const restored = await snapshotGraph(driver);
      await loadFixtureWorld(driver);
      expect(restored).toBe(await snapshotGraph(driver));
    },
    WORLD_LOAD_TIMEOUT_MS,
  );

  it("is fiction, and says so on its first line", () => {
    expect(WORLD_TEXT.split("\n")[0]).toMatch(/^Fiction: /);
  });
});
