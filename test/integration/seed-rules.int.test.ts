import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { readSeedFiles } from "../../src/ingest/seed-files";
import { SeedError } from "../../src/ingest/seed-error";
import { PROJECT_ROOT } from "../helpers/cli";
import { clearDatabase, snapshotGraph, testDriver, withoutSeedFileRecords } from "../helpers/neo4j";
import { SEED_LOAD_TIMEOUT_MS, testSeedLoader } from "../helpers/seed";

// Each rule of docs/seed-files.md ("What the loader checks") broken by a small made-up file (fiction),
// applied over the harbour fixture: the file is refused whole, the problem is named at the line of the
// statement that brought it in, in the file's terms, and the graph is left as it was.

const FIXTURES = "test/fixtures/seed";
const FIRST = `${FIXTURES}/010-harbour.cypher`;
const SECOND = `${FIXTURES}/020-follow-up.cypher`;

/** Folders the tests wrote, removed when they end. */
const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** A one-file seed folder outside the project; line 1 marks it as fiction, so statements start at line 2. */
function seedFile(name: string, lines: readonly string[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "seed-rules-"));
  folders.push(dir);
  const file = path.join(dir, name);
  writeFileSync(file, ["// Fiction: a made-up file for tests.", ...lines].join("\n"));
  return file;
}

/** A relationship statement in the documented shape, over `lines` lines; `citation` is the map literal. */
const relationship = (match: string, merge: string, citation: string): string[] => [
  match,
  merge,
  "WITH r",
  `UNWIND [${citation}] AS c`,
  "MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})",
  "SET x += c;",
];

/** Southmark takes part in the harbour talks, cited by `citation` (a map literal). */
const southmarkParticipates = (citation: string): string[] =>
  relationship(
    "MATCH (a:Country {id: 'southmark'}), (b:Negotiation {id: 'harbour-talks'})",
    "MERGE (a)-[r:PARTICIPATES_IN {id: 'southmark-participates-in-harbour-talks'}]->(b)",
    citation,
  );

/** A valid statement first, so a problem's line is not merely the file's first statement. */
const OLD_TOWN = "MERGE (n:Entity:Place {id: 'old-town'}) SET n.name = 'Old Town', n.aliases = [];";

describe("a seed file whose effect breaks a rule of the registry", () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = testDriver();
    await clearDatabase(driver);
    await testSeedLoader(driver).load(readSeedFiles(["cypher/schema", FIRST], PROJECT_ROOT));
  }, SEED_LOAD_TIMEOUT_MS);
  afterAll(async () => {
    await driver.close();
  });

  /**
   * Loads `lines` as a file: it must be refused with exactly `problems` (line and message; the order the
   * checks read them in does not matter), nothing written, and the file still pending.
   */
  async function refuses(lines: readonly string[], problems: readonly { line: number; message: string }[]) {
    const file = seedFile("bad.cypher", lines);
    const before = await snapshotGraph(driver);
    const error: unknown = await testSeedLoader(driver)
      .load(readSeedFiles([file], PROJECT_ROOT))
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(SeedError);
    const byMessage = (a: { message: string }, b: { message: string }): number =>
      a.message.localeCompare(b.message);
    expect(
      (error as SeedError).problems
        .map((p) => ({ file: p.file, line: p.line, message: p.message }))
        .sort(byMessage),
    ).toEqual(problems.map((p) => ({ file, ...p })).sort(byMessage));
    expect((error as SeedError).message).toContain(`nothing of ${file} was written`);
    expect(await snapshotGraph(driver)).toBe(before);
    const [status] = await testSeedLoader(driver).status(readSeedFiles([file], PROJECT_ROOT));
    expect(status!.state).toBe("pending");
  }

  describe("labels", () => {
    it("a kind label the registry does not know", async () => {
      await refuses(
        [OLD_TOWN, "MERGE (n:Entity:Town {id: 'new-town'}) SET n.name = 'New Town', n.aliases = [];"],
        [
          {
            line: 3,
            message:
              "the node 'new-town' has labels Entity, Town: an entity carries :Entity and exactly one kind label of the registry; other nodes are a :Source or a :Citation",
          },
        ],
      );
    });

    it("an entity without a kind label", async () => {
      await refuses(
        [OLD_TOWN, "", "MERGE (n:Entity {id: 'new-town'})", "SET n.name = 'New Town', n.aliases = [];"],
        [
          {
            line: 4,
            message:
              "the node 'new-town' has labels Entity: an entity carries :Entity and exactly one kind label of the registry; other nodes are a :Source or a :Citation",
          },
        ],
      );
    });
  });

  describe("entity and source properties", () => {
    it("an entity without its required name", async () => {
      await refuses(
        [OLD_TOWN, "MERGE (n:Entity:Place {id: 'nameless'})", "SET n.aliases = [];"],
        [{ line: 3, message: "the entity 'nameless' (:Place) needs name (string)" }],
      );
    });

    it("aliases that are not a list", async () => {
      await refuses(
        [
          OLD_TOWN,
          "MERGE (n:Entity:Place {id: 'new-town'})",
          "SET n.name = 'New Town', n.aliases = 'Newtown';",
        ],
        [{ line: 3, message: "the entity 'new-town' (:Place) needs aliases (string[])" }],
      );
    });

    it("a source without a title", async () => {
      await refuses(
        ["MERGE (s:Source {id: 'tiny-report'}) SET s.kind = 'report', s.text = 'Tiny.';"],
        [{ line: 2, message: "the source 'tiny-report' needs title (string)" }],
      );
    });
  });

  describe("relationships", () => {
    it("a type the registry does not know (its citation then names no relationship of the graph)", async () => {
      await refuses(
        [
          OLD_TOWN,
          ...relationship(
            "MATCH (a:Country {id: 'northland'}), (b:Country {id: 'southmark'})",
            "MERGE (a)-[r:ADMIRES {id: 'northland-admires-southmark'}]->(b)",
            "{sourceId: 'harbour-report', start: 53, quote: 'Northland', stance: 'STATES'}",
          ),
        ],
        [
          {
            line: 3,
            message:
              "the relationship 'northland-admires-southmark' (northland -[:ADMIRES]-> southmark) has a type the registry does not know",
          },
          {
            line: 3,
            message:
              "the citation of 'northland-admires-southmark' in 'harbour-report' at 53 names a relationship the graph does not hold",
          },
        ],
      );
    });

    it("endpoints of kinds its type does not allow", async () => {
      await refuses(
        relationship(
          "MATCH (a:Place {id: 'port-vell'}), (b:Negotiation {id: 'harbour-talks'})",
          "MERGE (a)-[r:MEDIATES {id: 'port-vell-mediates-harbour-talks'}]->(b)",
          "{sourceId: 'harbour-report', start: 97, quote: 'Port Vell', stance: 'STATES', role: 'lead'}",
        ),
        [
          {
            line: 2,
            message:
              "the relationship 'port-vell-mediates-harbour-talks' (port-vell -[:MEDIATES]-> harbour-talks) joins Place to Negotiation; MEDIATES runs from Country, Government, Delegation, Organization to Negotiation",
          },
        ],
      );
    });

    it("a symmetric type stored from the id that sorts first", async () => {
      await refuses(
        [
          OLD_TOWN,
          "",
          ...relationship(
            "MATCH (a:Country {id: 'northland'}), (b:Country {id: 'southmark'})",
            "MERGE (a)-[r:BORDERS {id: 'northland-borders-southmark'}]->(b)",
            "{sourceId: 'harbour-report', start: 39, quote: 'Talks between Northland and Southmark', stance: 'ASSESSES'}",
          ),
        ],
        [
          {
            line: 4,
            message:
              "the relationship 'northland-borders-southmark' (northland -[:BORDERS]-> southmark) is symmetric and stored from the id that sorts last: write it from 'southmark' to 'northland'",
          },
        ],
      );
    });

    it("a relationship without a citation", async () => {
      await refuses(
        [
          OLD_TOWN,
          "MATCH (a:Country {id: 'southmark'}), (b:Negotiation {id: 'harbour-talks'})",
          "MERGE (a)-[r:PARTICIPATES_IN {id: 'southmark-participates-in-harbour-talks'}]->(b);",
        ],
        [
          {
            line: 3,
            message:
              "the relationship 'southmark-participates-in-harbour-talks' (southmark -[:PARTICIPATES_IN]-> harbour-talks) has no citation: write its :Citation nodes in the same file (see docs/seed-files.md)",
          },
        ],
      );
    });

    it("a role SET on the relationship, not on its citation", async () => {
      await refuses(
        [
          OLD_TOWN,
          "MATCH (a:Country {id: 'southmark'}), (b:Negotiation {id: 'harbour-talks'})",
          "MERGE (a)-[r:MEDIATES {id: 'southmark-mediates-harbour-talks'}]->(b)",
          "SET r.role = 'supporting'",
          "WITH r",
          "UNWIND [{sourceId: 'harbour-report', start: 67, quote: 'Southmark', stance: 'STATES'}] AS c",
          "MERGE (x:Citation {relationshipId: r.id, sourceId: c.sourceId, start: c.start})",
          "SET x += c;",
        ],
        [
          {
            line: 3,
            message:
              "the citation of 'southmark-mediates-harbour-talks' in 'harbour-report' at 67 needs role (one of lead, supporting)",
          },
        ],
      );
    });

    it("a property the registry does not define, SET on a relationship", async () => {
      await refuses(
        [
          OLD_TOWN,
          "MATCH ()-[r:HELD_IN {id: 'harbour-talks-held-in-port-vell'}]->()",
          "SET r.confidence = 'high';",
        ],
        [
          {
            line: 3,
            message:
              "the relationship 'harbour-talks-held-in-port-vell' (harbour-talks -[:HELD_IN]-> port-vell) has confidence: a relationship's values belong on its citations, its summary is derived",
          },
        ],
      );
    });

    it("an id another relationship holds", async () => {
      await refuses(
        relationship(
          "MATCH (a:Country {id: 'southmark'}), (b:Negotiation {id: 'harbour-talks'})",
          "MERGE (a)-[r:PARTICIPATES_IN {id: 'eastria-mediates-harbour-talks'}]->(b)",
          "{sourceId: 'harbour-report', start: 67, quote: 'Southmark', stance: 'STATES'}",
        ),
        [
          {
            line: 2,
            message:
              "the relationship id 'eastria-mediates-harbour-talks' is held by PARTICIPATES_IN, MEDIATES: a relationship's id is unique in the graph",
          },
          // Its citation is read as one of the MEDIATES relationship that held the id first.
          {
            line: 2,
            message:
              "the citation of 'eastria-mediates-harbour-talks' in 'harbour-report' at 67 needs role (one of lead, supporting)",
          },
        ],
      );
    });

    it("a twin: a second relationship of the same type between the same entities", async () => {
      await refuses(
        relationship(
          "MATCH (a:Country {id: 'northland'}), (b:Negotiation {id: 'harbour-talks'})",
          "MERGE (a)-[r:PARTICIPATES_IN {id: 'northland-joins-harbour-talks'}]->(b)",
          "{sourceId: 'harbour-report', start: 53, quote: 'Northland', stance: 'STATES'}",
        ),
        [
          {
            line: 2,
            message: expect.stringMatching(
              /^'northland' -\[:PARTICIPATES_IN\]-> 'harbour-talks' is held twice \((northland-joins-harbour-talks, northland-participates-in-harbour-talks|northland-participates-in-harbour-talks, northland-joins-harbour-talks)\): one relationship per type joins two entities$/,
            ) as unknown as string,
          },
        ],
      );
    });
  });

  describe("citations", () => {
    it("a citation naming a source the graph does not hold", async () => {
      await refuses(
        [
          OLD_TOWN,
          ...southmarkParticipates(
            "{sourceId: 'no-such-report', start: 67, quote: 'Southmark', stance: 'STATES'}",
          ),
        ],
        [
          {
            line: 3,
            message:
              "the citation of 'southmark-participates-in-harbour-talks' in 'no-such-report' at 67 names a source the graph does not hold",
          },
        ],
      );
    });

    it("a source deleted while citations still name it", async () => {
      await refuses(
        [OLD_TOWN, "MATCH (s:Source {id: 'harbour-report'}) DETACH DELETE s;"],
        [
          {
            line: 3,
            message:
              "the entity 'harbour-talks' (:Negotiation) names in whenSourceId a source the graph does not hold",
          },
          ...[
            ["eastria-mediates-harbour-talks", 107],
            ["harbour-talks-held-in-port-vell", 77],
            ["northland-participates-in-harbour-talks", 39],
          ].map(([id, start]) => ({
            line: 3,
            message: `the citation of '${id}' in 'harbour-report' at ${start} names a source the graph does not hold`,
          })),
        ],
      );
    });

    it("a quote that is the source's text at another offset: the message says where it occurs", async () => {
      await refuses(
        [
          OLD_TOWN,
          ...southmarkParticipates(
            "{sourceId: 'harbour-report', start: 60, quote: 'Southmark', stance: 'STATES'}",
          ),
        ],
        [
          {
            line: 3,
            message:
              "the citation of 'southmark-participates-in-harbour-talks' in 'harbour-report' at 60: the quote \"Southmark\" is not the source's text there (it occurs at 67)",
          },
        ],
      );
    });

    it("a quote that is nowhere in the text of a source the same file writes", async () => {
      await refuses(
        [
          "MERGE (s:Source {id: 'tiny-report'})",
          "SET s.title = 'Tiny (fiction)', s.kind = 'report', s.text = 'Eastria hosted the talks.';",
          ...relationship(
            "MATCH (a:Negotiation {id: 'harbour-talks'}), (b:Country {id: 'eastria'})",
            "MERGE (a)-[r:HELD_IN {id: 'harbour-talks-held-in-eastria'}]->(b)",
            "{sourceId: 'tiny-report', start: 0, quote: 'Eastria hosts the talks', stance: 'STATES'}",
          ),
        ],
        [
          {
            line: 4,
            message:
              "the citation of 'harbour-talks-held-in-eastria' in 'tiny-report' at 0: the quote \"Eastria hosts the talks\" is not the source's text there (nor anywhere in it)",
          },
        ],
      );
    });

    it("a claimantId that is no entity of the graph", async () => {
      await refuses(
        [
          OLD_TOWN,
          ...southmarkParticipates(
            "{sourceId: 'harbour-report', start: 142, quote: 'A Southmark official', stance: 'REPORTS', claimant: 'a Southmark official', claimantId: 'southmark-foreign-ministry'}",
          ),
        ],
        [
          {
            line: 3,
            message:
              "the citation of 'southmark-participates-in-harbour-talks' in 'harbour-report' at 142 names claimantId 'southmark-foreign-ministry', which is no entity of the graph",
          },
        ],
      );
    });

    it("a stance the registry does not allow", async () => {
      await refuses(
        [
          OLD_TOWN,
          ...southmarkParticipates(
            "{sourceId: 'harbour-report', start: 67, quote: 'Southmark', stance: 'CLAIMS'}",
          ),
        ],
        [
          {
            line: 3,
            message:
              "the citation of 'southmark-participates-in-harbour-talks' in 'harbour-report' at 67 needs stance (one of STATES, REPORTS, ASSESSES, DENIES)",
          },
        ],
      );
    });

    it("a since that is not an ISO 8601 date", async () => {
      await refuses(
        [
          OLD_TOWN,
          ...southmarkParticipates(
            "{sourceId: 'harbour-report', start: 67, quote: 'Southmark', stance: 'STATES', since: '31 March 2031'}",
          ),
        ],
        [
          {
            line: 3,
            message:
              "the citation of 'southmark-participates-in-harbour-talks' in 'harbour-report' at 67 needs since (string, ISO 8601 year to day)",
          },
        ],
      );
    });

    it("a key a citation does not have (the old dialect's source beside sourceId)", async () => {
      await refuses(
        [
          OLD_TOWN,
          ...southmarkParticipates(
            "{sourceId: 'harbour-report', source: 'harbour-report', start: 67, quote: 'Southmark', stance: 'STATES'}",
          ),
        ],
        [
          {
            line: 3,
            message:
              "the citation of 'southmark-participates-in-harbour-talks' in 'harbour-report' at 67 has source, which the registry does not define for it",
          },
        ],
      );
    });

    it("the old dialect's source in place of sourceId: Neo4j refuses the MERGE on a null key", async () => {
      await refuses(
        [
          OLD_TOWN,
          ...southmarkParticipates(
            "{source: 'harbour-report', start: 67, quote: 'Southmark', stance: 'STATES'}",
          ),
        ],
        [
          {
            line: 3,
            message:
              "Cannot merge the following node because of null property value for 'sourceId': (:Citation {sourceId: null})",
          },
        ],
      );
    });
  });

  describe("statements Neo4j refuses", () => {
    it("a syntax error is named at its own line: the statement's line plus its line within the statement", async () => {
      await refuses(
        [
          OLD_TOWN,
          "",
          // Line 4 starts the statement; the missing comma is on its fourth line, line 7 of the file.
          ...southmarkParticipates(
            "{sourceId: 'harbour-report' start: 67, quote: 'Southmark', stance: 'STATES'}",
          ),
        ],
        [{ line: 7, message: "Invalid input 'start': expected an expression, ',' or '}'" }],
      );
    });

    it("a $parameter, which a seed file cannot be given: named at its statement's line", async () => {
      await refuses(
        [OLD_TOWN, "MERGE (n:Entity:Place {id: 'new-town'})", "SET n.name = $name, n.aliases = [];"],
        [{ line: 3, message: "Expected parameter(s): name" }],
      );
    });
  });
});

describe("a seed file that retracts a source", () => {
  let driver: Driver;
  const query = async (cypher: string) =>
    (await driver.executeQuery(cypher, {}, { database: process.env.NEO4J_TEST_DATABASE })).records.map((r) =>
      r.toObject(),
    );
  const load = (...files: string[]) => testSeedLoader(driver).load(readSeedFiles(files, PROJECT_ROOT));
  /** The graph without the records of applied files. */
  const data = async (): Promise<string> => withoutSeedFileRecords(await snapshotGraph(driver));
  const MEDIATES_SUMMARY = `MATCH ()-[r:MEDIATES {id: 'eastria-mediates-harbour-talks'}]->()
    RETURN r.sourceIds AS sourceIds, toFloat(r.citationCount) AS citations, r.claimants AS claimants,
           r.claimedBy AS claimedBy, r.role AS role`;

  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await driver.close();
  });

  it(
    "deletes its citations and then it, removes what rested on it alone, and recomputes the rest",
    async () => {
      await clearDatabase(driver);
      await load("cypher/schema", FIRST);
      const firstAlone = await data();
      await load(SECOND);
      expect(await query(MEDIATES_SUMMARY)).toEqual([
        {
          sourceIds: ["follow-up-report", "harbour-report"],
          citations: 2,
          claimants: ["northland"],
          claimedBy: null,
          role: "lead",
        },
      ]);

      const file = seedFile("retract-follow-up.cypher", [
        "MATCH (c:Citation {sourceId: 'follow-up-report'}) DELETE c;",
        "MATCH (s:Source {id: 'follow-up-report'}) DELETE s;",
      ]);
      const summary = await load(file);
      expect(summary.perFile.map((f) => f.outcome)).toEqual(["applied"]);

      expect(
        await query("MATCH ()-[r {id: 'southmark-participates-in-harbour-talks'}]->() RETURN r.id AS id"),
      ).toEqual([]);
      expect(await query("MATCH (c:Citation {sourceId: 'follow-up-report'}) RETURN c.id AS id")).toEqual([]);
      expect(await query(MEDIATES_SUMMARY)).toEqual([
        { sourceIds: ["harbour-report"], citations: 1, claimants: [], claimedBy: null, role: "lead" },
      ]);
      // What is left is exactly the graph the first report gives alone.
      expect(await data()).toBe(firstAlone);
    },
    3 * SEED_LOAD_TIMEOUT_MS,
  );
});
