import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { runCli } from "../helpers/cli";
import { clearDatabase, countGraph, snapshotGraph, testDriver } from "../helpers/neo4j";

function seedFile(name: string, content: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "seed-"));
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

describe("npm run seed", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await clearDatabase(driver);
    const first = runCli("seed", []);
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
  });
  afterAll(async () => {
    await driver.close();
  });

  it("loads the default files and a second load changes nothing", async () => {
    const before = await snapshotGraph(driver);
    const counts = await countGraph(driver);
    const second = runCli("seed", ["--json"]);
    expect(second.status).toBe(0);
    const summary = JSON.parse(second.stdout) as Record<string, number | boolean>;
    expect(summary).toMatchObject({ ok: true, files: 7, nodesCreated: 0, relationshipsCreated: 0 });
    expect(await countGraph(driver)).toEqual(counts);
    expect(await snapshotGraph(driver)).toBe(before);
    expect(counts.nodes).toBeGreaterThanOrEqual(15);
    expect(counts.relationships).toBeGreaterThanOrEqual(30);
  });

  it("prints a readable summary", () => {
    const result = runCli("seed", ["cypher/seed"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^loaded 6 files, \d+ statements: 0 nodes created, 0 relationships created, \d+ properties set/m,
    );
    expect(result.stdout).toContain("cypher/seed/030-talks.cypher:");
  });

  it("refuses a label the registry does not know, naming file:line, and writes nothing", async () => {
    const file = seedFile(
      "bad-label.cypher",
      "MERGE (n:Entity:Place {id: 'atlantis-a'}) SET n.name = 'A';\n\nMERGE (n:Entity:Spaceship {id: 'atlantis'}) SET n.name = 'Atlantis';\n",
    );
    const before = await snapshotGraph(driver);
    const result = runCli("seed", [file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `${path.relative(path.join(__dirname, "..", ".."), file)}:3: unknown label :Spaceship`,
    );
    expect(await snapshotGraph(driver)).toBe(before);
  });

  it("refuses an edge between kinds the registry does not allow, and writes nothing", async () => {
    const file = seedFile(
      "bad-edge.cypher",
      [
        "MERGE (n:Entity:Place {id: 'nowhere'}) SET n.name = 'Nowhere';",
        "MATCH (a:Agreement {id: 'doha-agreement'}), (b:Country {id: 'pakistan'})",
        "MERGE (a)-[r:TARGETS {id: 'doha-targets-pakistan'}]->(b)",
        "SET r.sourceIds = ['istanbul-talks-report'], r.quotes = ['Doha Agreement'];",
      ].join("\n"),
    );
    const before = await snapshotGraph(driver);
    const result = runCli("seed", [file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /bad-edge\.cypher:3: the registry does not allow :TARGETS from Agreement to Country/,
    );
    expect(await snapshotGraph(driver)).toBe(before);
  });

  it("reports a syntax error in the third statement with file:line, the statement and Neo4j's message, and rolls the file back", async () => {
    const file = seedFile(
      "bad-syntax.cypher",
      [
        "// two good statements, then a broken one",
        "MERGE (n:Entity:Place {id: 'rollback-one'}) SET n.name = 'One';",
        "MERGE (n:Entity:Place {id: 'rollback-two'}) SET n.name = 'Two';",
        "",
        "MERGE (n:Entity:Place {id: 'rollback-three'})",
        "SET n.name = 'Three' n.aliases = [];",
      ].join("\n"),
    );
    const before = await snapshotGraph(driver);
    const result = runCli("seed", [file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/bad-syntax\.cypher:6: Invalid input 'n'/);
    expect(result.stderr).toContain("statement: MERGE (n:Entity:Place {id: 'rollback-three'})");
    expect(await snapshotGraph(driver)).toBe(before);
  });

  it("validates without connecting on --dry-run", () => {
    const result = runCli("seed", ["--dry-run"], { NEO4J_URI: "bolt://127.0.0.1:1" });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^validated 7 files, \d+ statements/m);
  });

  it("refuses --reset without --yes and changes nothing", async () => {
    const before = await snapshotGraph(driver);
    const result = runCli("seed", ["--reset"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--reset deletes every node and relationship: add --yes to confirm");
    expect(await snapshotGraph(driver)).toBe(before);
  });

  it("--reset --yes empties the database and reloads it to the same graph", async () => {
    const before = await snapshotGraph(driver);
    await driver.executeQuery("CREATE (:Entity:Place {id: 'stray', name: 'Stray'})");
    const result = runCli("seed", ["--reset", "--yes", "--json"]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, reset: true });
    expect(await snapshotGraph(driver)).toBe(before);
  });

  it("fails with one clear line when it cannot connect", () => {
    const result = runCli("seed", [], { NEO4J_URI: "bolt://127.0.0.1:1" });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^error: Neo4j at bolt:\/\/127\.0\.0\.1:1: the database cannot be reached/);
  });

  it("reports errors as JSON for machines with --json", () => {
    const file = seedFile("bad-json.cypher", "MERGE (n:Entity:Unicorn {id: 'u'});");
    const result = runCli("seed", ["--json", file]);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      ok: false,
      errors: [
        expect.objectContaining({ line: 1, message: expect.stringContaining("unknown label :Unicorn") }),
        expect.objectContaining({ line: 1, message: expect.stringContaining("exactly one kind label") }),
      ],
    });
  });

  it("explains itself with --help", () => {
    const result = runCli("seed", ["--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("--dry-run");
    expect(result.stdout).toContain("--reset");
    expect(result.stdout).toContain("file:line");
  });
});
