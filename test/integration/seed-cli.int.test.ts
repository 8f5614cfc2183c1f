import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { CLI_TIMEOUT_MS, PROJECT_ROOT, runCli } from "../helpers/cli";
import { clearDatabase, snapshotGraph, testDriver } from "../helpers/neo4j";

const FIXTURES = "test/fixtures/seed";
const FIRST = `${FIXTURES}/010-harbour.cypher`;
const SECOND = `${FIXTURES}/020-follow-up.cypher`;
const TIMEOUT = 6 * CLI_TIMEOUT_MS;

/** stderr's lines other than progress ("applying …", "  …: 10 of 100 statements, …", "  …: deriving evidence …", "applied … in …s"). */
const errorsIn = (stderr: string): string[] =>
  stderr
    .split("\n")
    .filter(
      (l) =>
        l !== "" &&
        !/^(applying|applied) \S+ /.test(l) &&
        !/^ {2}\S+: (\d+ of \d+ statements, |deriving evidence and checking the graph$)/.test(l),
    );

const sha256 = (file: string): string =>
  createHash("sha256")
    .update(readFileSync(path.join(PROJECT_ROOT, file), "utf8"))
    .digest("hex");

/** Folders the tests wrote, removed when they end. */
const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the fixture folder outside the project, for files a test changes or breaks. */
function fixtureCopy(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "seed-fixtures-"));
  folders.push(dir);
  cpSync(path.join(PROJECT_ROOT, FIXTURES), dir, { recursive: true });
  return dir;
}

/** A one-file seed folder outside the project; the first line marks it as fiction. */
function badFile(name: string, lines: readonly string[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "seed-bad-"));
  folders.push(dir);
  const file = path.join(dir, name);
  writeFileSync(file, ["// Fiction: a made-up file for tests.", ...lines].join("\n"));
  return file;
}

describe("npm run seed", () => {
  let driver: Driver;
  const query = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(cypher, params, { database: process.env.NEO4J_TEST_DATABASE })).records.map(
      (r) => r.toObject(),
    );

  beforeAll(() => {
    driver = testDriver();
  });
  /** An empty database with the project's schema, and `files` applied. */
  const fresh = async (...files: string[]): Promise<void> => {
    await clearDatabase(driver);
    const result = runCli("seed", ["cypher/schema", ...files]);
    expect(errorsIn(result.stderr)).toEqual([]);
    expect(result.status).toBe(0);
  };
  afterAll(async () => {
    await driver.close();
  });

  it(
    "applies a data file as written, derives its evidence and records it; a rerun writes nothing",
    async () => {
      await fresh();
      const first = runCli("seed", [FIRST]);
      expect(errorsIn(first.stderr)).toEqual([]);
      expect(first.stderr).toMatch(
        new RegExp(
          `^applying ${FIRST} \\(9 statements\\)\n {2}${FIRST}: deriving evidence and checking the graph\napplied ${FIRST} in \\d+\\.\\ds$`,
          "m",
        ),
      );
      expect(first.status).toBe(0);
      expect(first.stdout).toContain(`${FIRST}: applied, 9 statements`);

      const [source] = await query(
        "MATCH (s:Source {id: 'harbour-report'}) RETURN s.text AS text, s.kind AS kind",
      );
      expect(source).toEqual({
        text: readFileSync(path.join(PROJECT_ROOT, FIXTURES, "sources", "harbour-report.txt"), "utf8"),
        kind: "report",
      });
      expect(
        await query("MATCH ()-[r]->() WHERE r.sourceIds = ['harbour-report'] RETURN r.id AS id ORDER BY id"),
      ).toEqual([
        { id: "eastria-mediates-harbour-talks" },
        { id: "harbour-talks-held-in-port-vell" },
        { id: "northland-participates-in-harbour-talks" },
      ]);
      expect(
        await query("MATCH (f:SeedFile {path: $path}) RETURN f.checksum AS checksum", { path: FIRST }),
      ).toEqual([{ checksum: sha256(FIRST) }]);

      const before = await snapshotGraph(driver);
      const again = runCli("seed", [FIRST, "--json"]);
      expect(again.status).toBe(0);
      expect(JSON.parse(again.stdout)).toMatchObject({ ok: true, files: 1, applied: 0, unchanged: 1 });
      expect(await snapshotGraph(driver)).toBe(before);
    },
    TIMEOUT,
  );

  it(
    "applies a second file added later on its own, appending its citations; --status lists both and writes nothing",
    async () => {
      await fresh(FIRST);
      const pending = runCli("seed", ["--status", FIRST, SECOND]);
      expect(pending.status).toBe(0);
      expect(pending.stdout).toMatch(new RegExp(`${FIRST}: applied \\d{4}-\\d\\d-\\d\\dT`));
      expect(pending.stdout).toContain(`${SECOND}: pending`);
      expect(pending.stdout).toContain("1 applied, 1 pending, 0 changed");

      const result = runCli("seed", [FIXTURES]);
      expect(errorsIn(result.stderr)).toEqual([]);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(`${FIRST}: unchanged since applied, skipped`);
      expect(result.stdout).toContain(`${SECOND}: applied, 3 statements`);

      const [mediates] = await query(
        `MATCH ()-[r:MEDIATES {id: 'eastria-mediates-harbour-talks'}]->()
         RETURN r.sourceIds AS sourceIds, toFloat(r.citationCount) AS citations, r.claimants AS claimants, r.role AS role`,
      );
      expect(mediates).toEqual({
        sourceIds: ["follow-up-report", "harbour-report"],
        citations: 2,
        claimants: ["northland"],
        role: "lead",
      });
      expect(
        await query(
          "MATCH (c:Citation {relationshipId: 'eastria-mediates-harbour-talks'}) RETURN c.sourceId AS source, c.quote AS quote ORDER BY source",
        ),
      ).toEqual([
        { source: "follow-up-report", quote: "Eastria kept mediating" },
        { source: "harbour-report", quote: "with Eastria as the lead mediator" },
      ]);

      const before = await snapshotGraph(driver);
      const status = runCli("seed", ["--status", "--json", FIRST, SECOND]);
      expect(status.status).toBe(0);
      expect(JSON.parse(status.stdout)).toEqual({
        ok: true,
        files: [
          { file: FIRST, state: "applied", appliedAt: expect.any(String) },
          { file: SECOND, state: "applied", appliedAt: expect.any(String) },
        ],
      });
      expect(await snapshotGraph(driver)).toBe(before);
    },
    TIMEOUT,
  );

  it(
    "re-applies a changed file whole, as written: a SET replaces, a MERGE finds what is there; the record takes the new checksum",
    async () => {
      await fresh();
      const dir = fixtureCopy();
      const file = path.join(dir, "010-harbour.cypher");
      expect(runCli("seed", [file]).status).toBe(0);
      const citations = await query("MATCH (c:Citation) RETURN c.id AS id ORDER BY id");
      expect(citations).toHaveLength(3);
      writeFileSync(
        file,
        `${readFileSync(file, "utf8")}\nMERGE (n:Entity:Country {id: 'northland'}) SET n.aliases = ['Northern Republic'];\n`,
      );
      expect(runCli("seed", ["--status", file]).stdout).toContain(`${file}: changed since applied`);

      const result = runCli("seed", [file]);
      expect(errorsIn(result.stderr)).toEqual([]);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(`${file}: applied, 10 statements`);
      expect(
        await query("MATCH (n:Country {id: 'northland'}) RETURN n.name AS name, n.aliases AS aliases"),
      ).toEqual([{ name: "Northland", aliases: ["Northern Republic"] }]);
      // The citations are merged by relationship, source and offset: applied again, they are the same three.
      expect(await query("MATCH (c:Citation) RETURN c.id AS id ORDER BY id")).toEqual(citations);
      expect(
        await query("MATCH ()-[r]->() RETURN r.id AS id, toFloat(r.citationCount) AS citations ORDER BY id"),
      ).toEqual([
        { id: "eastria-mediates-harbour-talks", citations: 1 },
        { id: "harbour-talks-held-in-port-vell", citations: 1 },
        { id: "northland-participates-in-harbour-talks", citations: 1 },
      ]);
      const checksum = createHash("sha256").update(readFileSync(file, "utf8")).digest("hex");
      expect(await query("MATCH (f:SeedFile {path: $file}) RETURN f.checksum AS checksum", { file })).toEqual(
        [{ checksum }],
      );
    },
    TIMEOUT,
  );

  describe("a bad file fails with file:line, a non-zero exit and the graph unchanged", () => {
    beforeAll(() => fresh(FIRST), TIMEOUT);
    const refuses = async (file: string, line: number, message: RegExp | string): Promise<void> => {
      const before = await snapshotGraph(driver);
      const result = runCli("seed", [file]);
      expect(result.status).toBe(1);
      const where = `${file}:${line}: `;
      expect(result.stderr).toContain(where);
      expect(result.stderr.slice(result.stderr.indexOf(where) + where.length)).toMatch(message);
      expect(result.stderr).toContain(`nothing of ${file} was written`);
      expect(await snapshotGraph(driver)).toBe(before);
      expect(runCli("seed", ["--status", file]).stdout).toContain(`${file}: pending`);
    };

    it(
      "an unknown relationship type",
      async () => {
        const file = badFile("unknown-type.cypher", [
          "MERGE (n:Entity:Place {id: 'nowhere'}) SET n.name = 'Nowhere', n.aliases = [];",
          "MATCH (a:Country {id: 'eastria'}), (b:Country {id: 'northland'})",
          "MERGE (a)-[r:ADMIRES {id: 'eastria-admires-northland'}]->(b)",
          "WITH r",
          "UNWIND [{sourceId: 'harbour-report', start: 112, quote: 'Eastria', stance: 'STATES'}] AS c",
          "MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})",
          "SET x += c;",
        ]);
        await refuses(
          file,
          3,
          "the relationship 'eastria-admires-northland' (eastria -[:ADMIRES]-> northland) has a type the registry does not know",
        );
      },
      TIMEOUT,
    );

    it(
      "a quote not in the text of a source the file writes",
      async () => {
        const file = badFile("not-verbatim.cypher", [
          "MERGE (s:Source {id: 'tiny-report'})",
          "SET s.title = 'Tiny (fiction)', s.kind = 'report', s.text = 'Eastria hosted the talks.';",
          "MERGE (n:Entity:Place {id: 'nowhere'}) SET n.name = 'Nowhere', n.aliases = [];",
          "MATCH (a:Negotiation {id: 'harbour-talks'}), (b:Country {id: 'eastria'})",
          "MERGE (a)-[r:HELD_IN {id: 'harbour-talks-held-in-eastria'}]->(b)",
          "WITH r",
          "UNWIND [{sourceId: 'tiny-report', start: 0, quote: 'Eastria hosts the talks', stance: 'STATES'}] AS c",
          "MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})",
          "SET x += c;",
        ]);
        await refuses(
          file,
          5,
          "the citation of 'harbour-talks-held-in-eastria' in 'tiny-report' at 0: the quote \"Eastria hosts the talks\" is not the source's text there (nor anywhere in it)",
        );
      },
      TIMEOUT,
    );

    it(
      "a quote not at its offset in the stored text of a source already in the database",
      async () => {
        const file = badFile("not-at-offset.cypher", [
          "MERGE (n:Entity:Place {id: 'nowhere'}) SET n.name = 'Nowhere', n.aliases = [];",
          "",
          "MATCH (a:Negotiation {id: 'harbour-talks'}), (b:Country {id: 'eastria'})",
          "MERGE (a)-[r:HELD_IN {id: 'harbour-talks-held-in-eastria'}]->(b)",
          "WITH r",
          "UNWIND [{sourceId: 'harbour-report', start: 100, quote: 'with Eastria', stance: 'STATES'}] AS c",
          "MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})",
          "SET x += c;",
        ]);
        await refuses(
          file,
          4,
          "the citation of 'harbour-talks-held-in-eastria' in 'harbour-report' at 100: the quote \"with Eastria\" is not the source's text there (it occurs at 107)",
        );
      },
      TIMEOUT,
    );

    it(
      "a citation without the role its type requires",
      async () => {
        const file = badFile("missing-role.cypher", [
          "MATCH (a:Country {id: 'southmark'}), (b:Negotiation {id: 'harbour-talks'})",
          "MERGE (a)-[r:MEDIATES {id: 'southmark-mediates-harbour-talks'}]->(b)",
          "WITH r",
          "UNWIND [{sourceId: 'harbour-report', start: 67, quote: 'Southmark', stance: 'STATES'}] AS c",
          "MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})",
          "SET x += c;",
        ]);
        await refuses(
          file,
          2,
          "the citation of 'southmark-mediates-harbour-talks' in 'harbour-report' at 67 needs role (one of lead, supporting)",
        );
      },
      TIMEOUT,
    );

    it(
      "a statement Neo4j refuses, after others that would have written, reported as JSON with --json",
      async () => {
        const file = badFile("syntax.cypher", [
          "MERGE (n:Entity:Place {id: 'rollback-one'}) SET n.name = 'One', n.aliases = [];",
          "MERGE (n:Entity:Place {id: 'rollback-two'})",
          "SET n.name = 'Two' n.aliases = [];",
        ]);
        const before = await snapshotGraph(driver);
        const result = runCli("seed", ["--json", file]);
        expect(result.status).toBe(1);
        expect(JSON.parse(result.stdout)).toEqual({
          ok: false,
          errors: [
            {
              file,
              line: 4,
              // Neo4j's own words, naming what it found where the comma is missing.
              message: expect.stringMatching(/^Invalid input 'n': expected an expression, /),
              statement: "MERGE (n:Entity:Place {id: 'rollback-two'})",
            },
          ],
        });
        expect(await snapshotGraph(driver)).toBe(before);
        expect(await query("MATCH (n {id: 'rollback-one'}) RETURN n.id AS id")).toEqual([]);
      },
      TIMEOUT,
    );
  });

  it(
    "--dry-run applies the pending files in one transaction, checks them and rolls it back: nothing is written",
    async () => {
      await fresh();
      const before = await snapshotGraph(driver);
      const ok = runCli("seed", ["--dry-run", FIXTURES]);
      expect(errorsIn(ok.stderr)).toEqual([]);
      expect(ok.status).toBe(0);
      expect(ok.stdout).toContain(`${FIRST}: checked, 9 statements`);
      // The second file's relationships join entities only the first writes: both run in the one transaction.
      expect(ok.stdout).toContain(`${SECOND}: checked, 3 statements`);
      expect(ok.stdout).toMatch(/^checked 2 files, 12 statements; nothing written/m);
      expect(await snapshotGraph(driver)).toBe(before);
      expect(runCli("seed", ["--status", FIXTURES]).stdout).toContain("0 applied, 2 pending, 0 changed");

      const dir = fixtureCopy();
      const file = path.join(dir, "020-follow-up.cypher");
      writeFileSync(
        file,
        readFileSync(file, "utf8").replace("'Eastria kept mediating'", "'Eastria kept on mediating'"),
      );
      const bad = runCli("seed", ["--dry-run", dir]);
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain(
        `${file}:6: the citation of 'eastria-mediates-harbour-talks' in 'follow-up-report' at 18: the quote "Eastria kept on mediating" is not the source's text there (nor anywhere in it)`,
      );
      expect(await snapshotGraph(driver)).toBe(before);
    },
    TIMEOUT,
  );

  it(
    "--dry-run checks a changed file over what is applied, and skips the files unchanged",
    async () => {
      await fresh(FIRST);
      const before = await snapshotGraph(driver);
      const dry = runCli("seed", ["--dry-run", "--json", FIRST, SECOND]);
      expect(dry.status).toBe(0);
      expect(JSON.parse(dry.stdout)).toMatchObject({
        ok: true,
        dryRun: true,
        perFile: [
          { file: FIRST, outcome: "unchanged" },
          { file: SECOND, outcome: "checked" },
        ],
      });
      expect(await snapshotGraph(driver)).toBe(before);
    },
    TIMEOUT,
  );

  it(
    "--dry-run needs a connection: without one it fails with one clear line",
    () => {
      const result = runCli("seed", ["--dry-run", FIXTURES], { NEO4J_URI: "bolt://127.0.0.1:1" });
      expect(result.status).toBe(1);
      expect(result.stderr.trim().split("\n")).toEqual([
        expect.stringMatching(/^error: Neo4j at bolt:\/\/127\.0\.0\.1:1: the database cannot be reached/),
      ]);
    },
    TIMEOUT,
  );

  it(
    "refuses --reset without --yes and changes nothing",
    async () => {
      const before = await snapshotGraph(driver);
      const result = runCli("seed", ["--reset", FIRST]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain("--reset deletes every node and relationship: add --yes to confirm");
      expect(await snapshotGraph(driver)).toBe(before);
    },
    TIMEOUT,
  );

  it(
    "--reset --yes deletes everything, records included, and applies the files again",
    async () => {
      await fresh(FIRST);
      await driver.executeQuery("CREATE (:Entity:Place {id: 'stray', name: 'Stray'})");
      const result = runCli("seed", ["--reset", "--yes", "--json", "cypher/schema", FIRST]);
      expect(errorsIn(result.stderr)).toEqual([]);
      expect(result.status).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, reset: true, applied: 2, unchanged: 0 });
      expect(await query("MATCH (n {id: 'stray'}) RETURN n.id AS id")).toEqual([]);
      expect(await query("MATCH (f:SeedFile) RETURN f.path AS path ORDER BY path")).toEqual([
        { path: "cypher/schema/001-schema.cypher" },
        { path: FIRST },
      ]);
    },
    TIMEOUT,
  );

  it(
    "fails with one clear line when it cannot connect",
    () => {
      const result = runCli("seed", [], { NEO4J_URI: "bolt://127.0.0.1:1" });
      expect(result.status).toBe(1);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).toMatch(
        /^error: Neo4j at bolt:\/\/127\.0\.0\.1:1: the database cannot be reached/,
      );
    },
    TIMEOUT,
  );

  it(
    "explains itself with --help",
    () => {
      const result = runCli("seed", ["--help"]);
      expect(result.status).toBe(0);
      for (const text of [
        "--status",
        "--dry-run",
        "--reset",
        "file:line",
        "Seed files are Cypher, run as written (docs/seed-files.md",
        "cypher/derive/evidence.cypher",
        "roll it\n               back: nothing is written",
      ])
        expect(result.stdout).toContain(text);
    },
    TIMEOUT,
  );
});
