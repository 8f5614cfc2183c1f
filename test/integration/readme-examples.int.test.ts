import { readFileSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import type { RunningApp } from "../../src/index";
import { postGraphql, startTestApp } from "../helpers/app";
import { PROJECT_ROOT } from "../helpers/cli";
import { testDriver } from "../helpers/neo4j";
import { loadSeed } from "../helpers/seed";

/** Every ```graphql block of the README followed by a ```json block: the query and its promised answer. */
function readmeExamples(): { query: string; answer: unknown }[] {
  const readme = readFileSync(path.join(PROJECT_ROOT, "README.md"), "utf8");
  const blocks = [...readme.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], body: m[2]! }));
  return blocks.flatMap((block, i) => {
    const next = blocks[i + 1];
    return block.lang === "graphql" && next?.lang === "json"
      ? [{ query: block.body, answer: JSON.parse(next.body) as unknown }]
      : [];
  });
}

describe("the README's example queries", () => {
  const examples = readmeExamples();
  let driver: Driver;
  let app: RunningApp;
  beforeAll(async () => {
    driver = testDriver();
    await loadSeed(driver);
    app = await startTestApp();
  });
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
