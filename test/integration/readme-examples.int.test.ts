import type { Driver } from "neo4j-driver";
import type { RunningApp } from "../../src/index";
import { postGraphql, startTestApp } from "../helpers/app";
import { readmeExamples } from "../helpers/readme";
import { testDriver } from "../helpers/neo4j";
import { SEED_LOAD_TIMEOUT_MS, loadSeed } from "../helpers/seed";

describe("the README's example queries", () => {
  const examples = readmeExamples();
  let driver: Driver;
  let app: RunningApp;
  beforeAll(async () => {
    driver = testDriver();
    await loadSeed(driver);
    app = await startTestApp();
  }, SEED_LOAD_TIMEOUT_MS + 60_000);
  afterAll(async () => {
    await app.stop();
    await driver.close();
  });

  it("are there", () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });

  it.each(examples.map((e, i) => [i + 1, e] as const))(
    "example %d returns the answer the README shows",
    async (_n, e) => {
      const response = await postGraphql(app.url, e.query);
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual(e.answer);
    },
  );
});
