import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { readSeedFiles } from "../../src/ingest/seed-files";
import { PROGRESS_MIN_STATEMENTS, type SeedProgress } from "../../src/ingest/seed-loader";
import { SeedError } from "../../src/ingest/seed-error";
import { PROJECT_ROOT } from "../helpers/cli";
import { clearDatabase, testDriver } from "../helpers/neo4j";
import { SEED_LOAD_TIMEOUT_MS, testSeedLoader } from "../helpers/seed";

describe("a long seed file reports its progress", () => {
  let driver: Driver;
  let dir: string;
  beforeAll(() => {
    driver = testDriver();
    dir = mkdtempSync(path.join(os.tmpdir(), "seed-progress-"));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await driver.close();
  });

  it(
    "at each tenth of its statements, with a rate and an ETA, then while it is checked",
    async () => {
      const total = PROGRESS_MIN_STATEMENTS + 20;
      const statements = Array.from(
        { length: total },
        (_, i) => `MERGE (n:Entity:Place {id: 'place-${i}'}) SET n.name = 'Place ${i}', n.aliases = [];`,
      );
      const file = path.join(dir, "010-places.cypher");
      writeFileSync(file, `${statements.join("\n")}\n`);
      await clearDatabase(driver);
      const events: SeedProgress[] = [];
      await testSeedLoader(driver).load(readSeedFiles([file], PROJECT_ROOT), {
        onProgress: (p) => events.push(p),
      });

      const counted = events.filter((e) => e.event === "statements");
      const step = Math.ceil(total / 10);
      expect(counted.map((e) => e.done)).toEqual(Array.from({ length: 9 }, (_, i) => (i + 1) * step));
      for (const e of counted) {
        expect(e).toMatchObject({ file, total });
        expect(e.perSecond).toBeGreaterThan(0);
        expect(e.etaMs).toBeGreaterThanOrEqual(0);
      }
      expect(events.map((e) => e.event)).toEqual([
        "applying",
        ...counted.map(() => "statements"),
        "checking",
        "applied",
      ]);
      const { records } = await driver.executeQuery(
        "MATCH (n:Place) RETURN count(n) AS n",
        {},
        {
          database: process.env.NEO4J_TEST_DATABASE,
        },
      );
      expect(Number(records[0]!.get("n"))).toBe(total);
    },
    SEED_LOAD_TIMEOUT_MS,
  );

  it(
    "warns of a statement that wrote nothing, naming its line: a MATCH of an entity the graph lacks",
    async () => {
      const file = path.join(dir, "020-typo.cypher");
      writeFileSync(
        file,
        [
          "MERGE (n:Entity:Place {id: 'harbour'}) SET n.name = 'Harbour', n.aliases = [];",
          "",
          "// 'harbor' is not an entity: this relationship is never written.",
          "MATCH (a:Place {id: 'harbor'}), (b:Place {id: 'harbour'})",
          "MERGE (a)-[r:LOCATED_IN {id: 'harbor-located-in-harbour'}]->(b);",
          "",
        ].join("\n"),
      );
      await clearDatabase(driver);
      const events: SeedProgress[] = [];
      await testSeedLoader(driver).load(readSeedFiles([file], PROJECT_ROOT), {
        onProgress: (p) => events.push(p),
      });
      expect(events.filter((e) => e.event === "wroteNothing")).toEqual([
        {
          event: "wroteNothing",
          file,
          line: 4,
          statement: "MATCH (a:Place {id: 'harbor'}), (b:Place {id: 'harbour'})",
        },
      ]);
    },
    SEED_LOAD_TIMEOUT_MS,
  );

  it(
    "quotes only the start of a long statement it refuses",
    async () => {
      const file = path.join(dir, "030-long.cypher");
      const values = Array.from({ length: 20_000 }, (_, i) => `'value-${i}'`).join(", ");
      writeFileSync(
        file,
        `MERGE (n:Entity:Place {id: 'long'}) SET n.name = 'Long', n.aliases = [${values}] RETURN RETURN;\n`,
      );
      await clearDatabase(driver);
      const error = await testSeedLoader(driver)
        .load(readSeedFiles([file], PROJECT_ROOT))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SeedError);
      const [problem] = (error as SeedError).problems;
      expect(problem).toMatchObject({ file, line: 1 });
      expect(problem!.statement!.length).toBeLessThanOrEqual(201);
      expect(problem!.message.length).toBeLessThanOrEqual(401);
      expect((error as Error).message.length).toBeLessThan(2_000);
    },
    SEED_LOAD_TIMEOUT_MS,
  );
});
