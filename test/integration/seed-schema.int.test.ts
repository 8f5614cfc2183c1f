import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { DEFAULT_SEED_PATHS, readSeedFiles } from "../../src/ingest/seed-files";
import type { SeedProgress } from "../../src/ingest/seed-loader";
import { SeedError } from "../../src/ingest/seed-error";
import { PROJECT_ROOT } from "../helpers/cli";
import { clearDatabase, testDriver } from "../helpers/neo4j";
import { SEED_LOAD_TIMEOUT_MS, testSeedLoader } from "../helpers/seed";

const config = { database: process.env.NEO4J_TEST_DATABASE };
const SCHEMA = [DEFAULT_SEED_PATHS[0]];

async function schemaNames(driver: Driver): Promise<string[]> {
  const indexes = await driver.executeQuery("SHOW INDEXES YIELD name RETURN name", {}, config);
  const constraints = await driver.executeQuery("SHOW CONSTRAINTS YIELD name RETURN name", {}, config);
  return [...indexes.records, ...constraints.records].map((r) => String(r.get("name"))).sort();
}

describe("schema files", () => {
  let driver: Driver;
  let dir: string;
  beforeAll(async () => {
    driver = testDriver();
    dir = mkdtempSync(path.join(os.tmpdir(), "seed-schema-"));
    await clearDatabase(driver);
    await testSeedLoader(driver).load(readSeedFiles(SCHEMA, PROJECT_ROOT));
  }, SEED_LOAD_TIMEOUT_MS);
  afterAll(async () => {
    // Whatever a test dropped, the next file finds the schema whole.
    await testSeedLoader(driver).load(readSeedFiles(SCHEMA, PROJECT_ROOT));
    rmSync(dir, { recursive: true, force: true });
    await driver.close();
  }, SEED_LOAD_TIMEOUT_MS);

  it(
    "refuse a command that drops a constraint or an index, or one not IF NOT EXISTS, at its line; the schema is unchanged",
    async () => {
      const before = await schemaNames(driver);
      const file = path.join(dir, "001-bad-schema.cypher");
      writeFileSync(
        file,
        [
          "CREATE INDEX extra_name IF NOT EXISTS FOR (n:Entity) ON (n.name);",
          "DROP CONSTRAINT entity_id;",
          "// an index the second run would fail to create",
          "CREATE INDEX other_name FOR (n:Source) ON (n.title);",
          "",
        ].join("\n"),
      );
      const error = await testSeedLoader(driver)
        .load(readSeedFiles([file], PROJECT_ROOT))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SeedError);
      expect((error as SeedError).problems).toEqual([
        {
          file,
          line: 2,
          message:
            "a seed file does not drop constraints or indexes: the service plans its statements from them",
        },
        {
          file,
          line: 4,
          message:
            "a schema command in a seed file ends with IF NOT EXISTS, so applying it again changes nothing",
        },
      ]);
      expect(await schemaNames(driver)).toEqual(before);
    },
    SEED_LOAD_TIMEOUT_MS,
  );

  it(
    "apply again, unchanged, and create what was dropped since: the repair the missing-index error advises",
    async () => {
      const whole = await schemaNames(driver);
      expect(whole).toContain("entity_search");
      await driver.executeQuery("DROP INDEX entity_search", {}, config);
      expect(await schemaNames(driver)).not.toContain("entity_search");

      const events: SeedProgress[] = [];
      const summary = await testSeedLoader(driver).load(readSeedFiles(SCHEMA, PROJECT_ROOT), {
        onProgress: (p) => events.push(p),
      });
      expect(events).toEqual([{ event: "restored", file: "cypher/schema/001-schema.cypher" }]);
      expect(summary.applied).toBe(1);
      expect(await schemaNames(driver)).toEqual(whole);

      const again: SeedProgress[] = [];
      await testSeedLoader(driver).load(readSeedFiles(SCHEMA, PROJECT_ROOT), {
        onProgress: (p) => again.push(p),
      });
      expect(again).toEqual([{ event: "unchanged", file: "cypher/schema/001-schema.cypher" }]);
    },
    SEED_LOAD_TIMEOUT_MS,
  );
});
