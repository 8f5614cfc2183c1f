import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { compareAnswers } from "../../bench/compare/equivalence";
import { filteredQuestions } from "../../bench/compare/filtered";
import type { Child } from "../../bench/compare/processes";
import { questions } from "../../bench/compare/queries";
import { chooseTargets } from "../../bench/compare/targets";
import { startVariants, stopVariants } from "../../bench/compare/variants";
import { PROJECT_ROOT } from "../helpers/cli";
import { testDriver, testUri } from "../helpers/neo4j";
import { WORLD_SOURCE } from "../fixtures/world";
import { WORLD_LOAD_TIMEOUT_MS, loadFixtureWorld } from "../helpers/world";

// Three servers start (120 s bound each, in parallel), answer two questions (60 s each), stop (15 s each).
const TEST_TIMEOUT_MS = 300_000;

describe("bench:compare's equivalence check on the fixture world", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await loadFixtureWorld(driver);
  }, WORLD_LOAD_TIMEOUT_MS);
  afterAll(async () => {
    await driver.close();
  });

  it(
    "finds this service, @neo4j/graphql and raw Cypher agreeing on Q1, Q2 and Q7, and Q2-Q4 with an evidence filter answered within the unfiltered answers",
    async () => {
      const logs = mkdtempSync(path.join(os.tmpdir(), "bench-compare-test-"));
      const children: Child[] = [];
      try {
        const targets = await chooseTargets(driver);
        expect(targets.entities).toBe(20);
        const bases = await startVariants(PROJECT_ROOT, testUri(), logs, children);
        expect(targets.sourceId).toBe(WORLD_SOURCE.id);
        const [q1, q2] = questions(targets);
        const q7 = questions(targets).find((q) => q.name === "Q7")!;
        const first = await compareAnswers(q1!, bases);
        const second = await compareAnswers(q2!, bases);
        const seventh = await compareAnswers(q7, bases);
        expect([first.differing, second.differing, seventh.differing]).toEqual([[], [], []]);
        expect(first.answers.peer).toEqual([expect.stringMatching(new RegExp(`^${targets.id} \\| `))]);
        expect(second.answers.raw.length).toBeGreaterThanOrEqual(3);
        // Q7 asks for the source's first 50 citations; the world's report has more.
        expect(seventh.answers.ours).toHaveLength(50);
        // The filtered questions answer in the unfiltered ones' normal form, holding no line they lack.
        const filtered = filteredQuestions(targets);
        expect(filtered.map((f) => f.name)).toEqual(["Q2", "Q3", "Q4"]);
        for (const f of filtered) {
          const response = await fetch(`${bases.ours}${f.request.path}`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: f.request.body,
          });
          const lines = f.lines(await response.json());
          const plain = await compareAnswers(
            questions(targets).find((q) => q.name === f.name)!,
            bases,
          );
          expect(lines.length).toBeGreaterThan(0);
          if (f.name !== "Q4") expect(plain.answers.ours).toEqual(expect.arrayContaining(lines));
        }
      } finally {
        await stopVariants(children);
        rmSync(logs, { recursive: true, force: true });
      }
    },
    TEST_TIMEOUT_MS,
  );
});
