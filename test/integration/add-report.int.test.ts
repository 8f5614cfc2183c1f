import { readFileSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import type { RunningApp } from "../../src/index";
import { postGraphql, startTestApp } from "../helpers/app";
import { CLI_TIMEOUT_MS, PROJECT_ROOT, runCli } from "../helpers/cli";
import { snapshotGraph, testDriver } from "../helpers/neo4j";
import { SEED_LOAD_TIMEOUT_MS, loadSeed } from "../helpers/seed";

/** The README's recipe, with the fictional report's folder in place of cypher/seed's new file. */
const REPORT = "test/fixtures/second-report";
const NEW_FILE = `${REPORT}/seed/070-doha-follow-up.cypher`;
const ALL_PATHS = ["cypher/schema", "cypher/seed", `${REPORT}/seed`];

describe("adding a report by the README's recipe", () => {
  let driver: Driver;
  let app: RunningApp;
  beforeAll(async () => {
    driver = testDriver();
    await loadSeed(driver);
    app = await startTestApp();
  }, SEED_LOAD_TIMEOUT_MS);
  afterAll(async () => {
    await app?.stop();
    await driver.close();
  });

  it(
    "checks the new file with --dry-run (nothing written), applies it alone, and serves its relationships beside the first report's",
    async () => {
      // Steps 1 and 2: the text kept for reading, and the seed file holding the same text as its literal.
      const text = readFileSync(path.join(PROJECT_ROOT, REPORT, "sources", "doha-follow-up.txt"), "utf8");
      expect(readFileSync(path.join(PROJECT_ROOT, NEW_FILE), "utf8")).toContain(
        "MERGE (s:Source {id: 'doha-follow-up-report'})",
      );
      expect(readFileSync(path.join(PROJECT_ROOT, NEW_FILE), "utf8")).toMatch(
        /^ {4}s\.text = 'Fiction, written/m,
      );

      // Step 3: checked in a transaction that is rolled back: nothing is written.
      const before = await snapshotGraph(driver);
      const dry = runCli("seed", ["--dry-run", ...ALL_PATHS]);
      expect(dry.stderr).toBe("");
      expect(dry.status).toBe(0);
      expect(dry.stdout).toContain(`${NEW_FILE}: checked, 6 statements`);
      expect(await snapshotGraph(driver)).toBe(before);

      // Step 4: only the new file is applied.
      const load = runCli("seed", ["--json", ...ALL_PATHS]);
      expect(load.status).toBe(0);
      const summary = JSON.parse(load.stdout) as {
        perFile: { file: string; outcome: string }[];
      };
      expect(summary.perFile.filter((f) => f.outcome === "applied").map((f) => f.file)).toEqual([NEW_FILE]);
      const status = runCli("seed", ["--status", ...ALL_PATHS]);
      expect(status.stdout).toMatch(new RegExp(`${NEW_FILE}: applied \\d{4}-`));
      // The database holds the literal, which is the text kept beside it.
      const { records } = await driver.executeQuery(
        "MATCH (s:Source {id: 'doha-follow-up-report'}) RETURN s.text AS text",
        {},
        { database: process.env.NEO4J_TEST_DATABASE },
      );
      expect(records.map((r) => r.get("text") as string)).toEqual([text]);

      const answer = await postGraphql(
        app.url,
        `{
          talks: entity(id: "doha-follow-up-talks") {
            name
            ... on Negotiation { heldIn { id } }
          }
          mediation: relationshipsBetween(a: "turkey", b: "istanbul-talks", types: [MEDIATES]) {
            role
            sourceCount
            citations { quote source { id } }
          }
        }`,
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual({
        talks: { name: "Doha follow-up talks", heldIn: [{ id: "doha" }] },
        mediation: [
          {
            role: "lead",
            sourceCount: 2,
            citations: expect.arrayContaining([
              {
                quote: "the Istanbul talks, in which Turkey led the mediation",
                source: { id: "doha-follow-up-report" },
              },
              { quote: "held in Istanbul with Turkish mediation", source: { id: "istanbul-talks-report" } },
            ]),
          },
        ],
      });
      const [quoted] = (answer.data as { mediation: { citations: { quote: string }[] }[] }).mediation;
      expect(text).toContain(quoted!.citations.find((c) => c.quote.includes("Turkey led"))!.quote);
    },
    3 * CLI_TIMEOUT_MS + 10_000,
  );
});
