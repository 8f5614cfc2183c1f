import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { CLI_TIMEOUT_MS, runCli } from "../helpers/cli";
import { cypherStatements } from "../../src/ingest/cypher-statements";
import { clearDatabase, snapshotGraph, testDriver, withoutSeedFileRecords } from "../helpers/neo4j";
import { type PlanOperator, explain, operatorName, planFindings } from "../helpers/query-plan";

const operators = (op: PlanOperator): string[] => [operatorName(op), ...op.children.flatMap(operators)];

const ENTITIES = "60";
const SEED = "7";

describe("npm run data:generate -- --cypher", () => {
  let driver: Driver;
  let folder: string;
  beforeAll(() => {
    driver = testDriver();
    folder = mkdtempSync(path.join(os.tmpdir(), "generated-seed-"));
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await clearDatabase(driver);
    await driver.close();
  });

  it(
    "writes seed files that npm run seed loads into the graph the bulk path writes, touching no database",
    async () => {
      await clearDatabase(driver);
      const bulk = runCli("generate", ["--entities", ENTITIES, "--seed", SEED, "--json"]);
      expect(bulk.status).toBe(0);
      const expected = await snapshotGraph(driver);

      await clearDatabase(driver);
      const files = path.join(folder, "graph");
      const written = runCli(
        "generate",
        ["--entities", ENTITIES, "--seed", SEED, "--batch", "40", "--cypher", files, "--json"],
        { NEO4J_URI: "bolt://127.0.0.1:1" },
      );
      expect(written.status).toBe(0);
      const summary = JSON.parse(written.stdout) as {
        files: number;
        entities: number;
        relationships: number;
        sources: number;
      };
      expect(readdirSync(files).filter((f) => f.endsWith(".cypher"))).toHaveLength(summary.files);
      expect(summary.entities).toBe(Number(ENTITIES));
      expect(summary.files).toBe(
        Math.ceil((summary.entities + summary.relationships + summary.sources) / 40),
      );

      const load = runCli("seed", ["--json", "cypher/schema", files]);
      expect(load.stderr.split("\n").filter((l) => l.startsWith("error"))).toEqual([]);
      expect(load.status).toBe(0);
      expect(JSON.parse(load.stdout)).toMatchObject({ applied: summary.files + 1 });
      expect(withoutSeedFileRecords(await snapshotGraph(driver))).toBe(expected);
    },
    3 * CLI_TIMEOUT_MS + 10_000,
  );

  it(
    "writes few UNWIND statements, each finding entities, sources and relationships by their id indexes",
    async () => {
      const files = path.join(folder, "plans");
      expect(runCli("generate", ["--entities", "30", "--batch", "1000", "--cypher", files]).status).toBe(0);
      expect(runCli("seed", ["cypher/schema"]).status).toBe(0);
      const statements = readdirSync(files).flatMap((f) =>
        cypherStatements(readFileSync(path.join(files, f), "utf8")),
      );
      // One statement per entity kind, per relationship type and for the sources: far fewer than the rows.
      expect(statements.length).toBeLessThan(60);
      for (const s of statements) {
        expect(s.text).toMatch(/^UNWIND \[/);
        const plan = await explain(driver, s.text, {});
        expect({ statement: s.text.split("\n").slice(-3).join(" "), findings: planFindings(plan) }).toEqual({
          statement: s.text.split("\n").slice(-3).join(" "),
          findings: [],
        });
        const ops = operators(plan);
        expect(ops).not.toContain("NodeByLabelScan");
        expect(ops).toContain("NodeUniqueIndexSeek(Locking)");
      }
    },
    3 * CLI_TIMEOUT_MS + 10_000,
  );

  it(
    "refuses a folder that already holds seed files, and --reset beside --cypher",
    () => {
      const full = path.join(folder, "full");
      expect(runCli("generate", ["--entities", "20", "--cypher", full]).status).toBe(0);
      const again = runCli("generate", ["--entities", "20", "--cypher", full]);
      expect(again.status).toBe(2);
      expect(again.stderr).toContain(`${full} already holds .cypher files: give an empty folder to --cypher`);
      const reset = runCli("generate", [
        "--entities",
        "20",
        "--cypher",
        path.join(folder, "x"),
        "--reset",
        "--yes",
      ]);
      expect(reset.status).toBe(2);
      expect(reset.stderr).toContain("--reset and --cypher do not go together");
    },
    3 * CLI_TIMEOUT_MS + 10_000,
  );
});
