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

// Three servers start (120 s bound each, in parallel), answer two questions (60 s each), stop (15 s each).
const TEST_TIMEOUT_MS = 300_000;

describe("bench:compare's equivalence check on the seed", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await loadSeed(driver);
  });
  afterAll(() => driver.close());

  it(
    "finds this service, @neo4j/graphql and raw Cypher agreeing on Q1 and Q2",
    async () => {
      const logs = mkdtempSync(path.join(os.tmpdir(), "bench-compare-test-"));
      const children: Child[] = [];
      try {
        const targets = await chooseTargets(driver);
        expect(targets.entities).toBe(20);
        const bases = await startVariants(PROJECT_ROOT, testUri(), logs, children);
        const [q1, q2] = questions(targets);
        const first = await compareAnswers(q1!, bases);
        const second = await compareAnswers(q2!, bases);
        expect(first.differing).toEqual([]);
        expect(second.differing).toEqual([]);
        expect(first.answers.peer).toEqual([expect.stringMatching(new RegExp(`^${targets.id} \\| `))]);
        expect(second.answers.raw.length).toBeGreaterThanOrEqual(3);
      } finally {
        await stopVariants(children);
        rmSync(logs, { recursive: true, force: true });
      }
    },
    TEST_TIMEOUT_MS,
  );
});
