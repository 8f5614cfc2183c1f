import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { compareAnswers } from "../../bench/compare/equivalence";
import type { Child } from "../../bench/compare/processes";
import { questions } from "../../bench/compare/queries";
import { chooseTargets } from "../../bench/compare/targets";
import { startVariants, stopVariants } from "../../bench/compare/variants";
import { PROJECT_ROOT } from "../helpers/cli";
import { testDriver, testUri } from "../helpers/neo4j";
import { loadSeed } from "../helpers/seed";

// A made-up source with three citations of made-up relationships (fiction, for Q7 only), beside the seed.
const FIXTURE_SOURCE = "bench-fixture-report";
const FIXTURE_CITATIONS = [
  { relationshipId: "bench-a-meets-b", relationshipType: "MEETS", quote: "A met B", start: 0 },
  { relationshipId: "bench-b-urges-c", relationshipType: "URGES", quote: "B urged C", start: 8 },
  { relationshipId: "bench-a-meets-b", relationshipType: "MEETS", quote: "met again", start: 18 },
].map((c) => ({ ...c, id: `${c.relationshipId}@${FIXTURE_SOURCE}:${c.start}-${c.start + c.quote.length}` }));

// Three servers start (120 s bound each, in parallel), answer two questions (60 s each), stop (15 s each).
const TEST_TIMEOUT_MS = 300_000;

describe("bench:compare's equivalence check on the seed", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await loadSeed(driver);
    await driver.executeQuery(
      `CREATE (:Source {id: $source, title: 'Fixture report (fiction)', kind: 'report', text: 'A met B B urged C met again'})
       WITH 1 AS one UNWIND $citations AS c
       CREATE (:Citation {id: c.id, relationshipId: c.relationshipId, relationshipType: c.relationshipType,
         sourceId: $source, sourceKind: 'report', quote: c.quote, start: c.start, end: c.start + size(c.quote), stance: 'STATES'})`,
      { source: FIXTURE_SOURCE, citations: FIXTURE_CITATIONS },
      { database: process.env.NEO4J_TEST_DATABASE },
    );
  });
  afterAll(async () => {
    await driver.executeQuery(
      "MATCH (n) WHERE (n:Source OR n:Citation) AND n.id CONTAINS $source DETACH DELETE n",
      { source: FIXTURE_SOURCE },
      { database: process.env.NEO4J_TEST_DATABASE },
    );
    await driver.close();
  });

  it(
    "finds this service, @neo4j/graphql and raw Cypher agreeing on Q1 and Q2, and raw and @neo4j/graphql on Q7",
    async () => {
      const logs = mkdtempSync(path.join(os.tmpdir(), "bench-compare-test-"));
      const children: Child[] = [];
      try {
        const targets = await chooseTargets(driver);
        expect(targets.entities).toBe(20);
        const bases = await startVariants(PROJECT_ROOT, testUri(), logs, children);
        expect(targets.sourceId).toBe(FIXTURE_SOURCE);
        const [q1, q2] = questions(targets);
        const q7 = questions(targets).find((q) => q.name === "Q7")!;
        const first = await compareAnswers(q1!, bases);
        const second = await compareAnswers(q2!, bases);
        expect(first.differing).toEqual([]);
        expect(second.differing).toEqual([]);
        expect(first.answers.peer).toEqual([expect.stringMatching(new RegExp(`^${targets.id} \\| `))]);
        expect(second.answers.raw.length).toBeGreaterThanOrEqual(3);
        const seventh = await compareAnswers(q7, bases);
        const expected = FIXTURE_CITATIONS.map((c) =>
          [c.id, c.relationshipId, c.relationshipType, c.quote].join(" | "),
        ).sort();
        expect({ raw: seventh.answers.raw, peer: seventh.answers.peer }).toEqual({
          raw: expected,
          peer: expected,
        });
      } finally {
        await stopVariants(children);
        rmSync(logs, { recursive: true, force: true });
      }
    },
    TEST_TIMEOUT_MS,
  );
});
