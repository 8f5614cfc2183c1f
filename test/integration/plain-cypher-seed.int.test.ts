import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { cypherStatements } from "../../src/ingest/cypher-statements";
import { PROJECT_ROOT } from "../helpers/cli";
import { clearDatabase, snapshotGraph, testDriver, withoutSeedFileRecords } from "../helpers/neo4j";
import { SEED_LOAD_TIMEOUT_MS, loadSeed } from "../helpers/seed";

const config = { database: process.env.NEO4J_TEST_DATABASE };

const cypherFiles = (folder: string): string[] =>
  readdirSync(path.join(PROJECT_ROOT, folder))
    .filter((f) => f.endsWith(".cypher"))
    .sort()
    .map((f) => path.join(PROJECT_ROOT, folder, f));

/**
 * Applies files as a pipeline's own tools would (cypher-shell, a driver session): each statement as
 * written, one transaction per file, schema commands each on their own; nothing of the loader.
 */
async function applyPlainly(driver: Driver, files: readonly string[]): Promise<void> {
  for (const file of files) {
    const statements = cypherStatements(readFileSync(file, "utf8"));
    const session = driver.session(config);
    try {
      if (statements.every((s) => s.schema)) {
        for (const s of statements) await session.run(s.text);
      } else {
        await session.executeWrite(async (tx) => {
          for (const s of statements) await tx.run(s.text);
        });
      }
    } finally {
      await session.close();
    }
  }
}

describe("the seed files are Cypher that any tool runs", () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await driver.close();
  });

  it(
    "applied with a plain driver session, then cypher/derive, give exactly the graph npm run seed gives",
    async () => {
      await loadSeed(driver);
      const loaded = withoutSeedFileRecords(await snapshotGraph(driver));

      await clearDatabase(driver);
      await applyPlainly(driver, [
        ...cypherFiles("cypher/schema"),
        ...cypherFiles("cypher/seed"),
        ...cypherFiles("cypher/derive"),
      ]);
      const plain = await snapshotGraph(driver);

      expect(plain.split("\n").length).toBeGreaterThan(150);
      expect(plain).toBe(loaded);
    },
    2 * SEED_LOAD_TIMEOUT_MS,
  );

  it(
    "store each source's text as its readable copy in cypher/sources has it",
    async () => {
      await loadSeed(driver);
      const { records } = await driver.executeQuery(
        "MATCH (s:Source) RETURN s.id AS id, s.text AS text ORDER BY id",
        {},
        config,
      );
      const copies: Record<string, string> = {
        "istanbul-talks-report": "istanbul-talks.txt",
        "reference-general-knowledge": "reference-general-knowledge.txt",
      };
      expect(records.map((r) => r.get("id"))).toEqual(Object.keys(copies).sort());
      for (const r of records) {
        const copy = readFileSync(
          path.join(PROJECT_ROOT, "cypher/sources", copies[r.get("id") as string]!),
          "utf8",
        );
        expect(r.get("text")).toBe(copy);
      }
    },
    SEED_LOAD_TIMEOUT_MS,
  );
});
