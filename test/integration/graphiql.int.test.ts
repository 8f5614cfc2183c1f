import type { Driver } from "neo4j-driver";
import type { Page } from "playwright-core";
import type { RunningApp } from "../../src/index";
import { startTestApp } from "../helpers/app";
import { BROWSER_START_WAIT_MS, type OpenBrowser, openBrowser } from "../helpers/browser";
import { testDriver } from "../helpers/neo4j";
import { readmeExamples } from "../helpers/readme";
import { SEED_LOAD_TIMEOUT_MS, loadSeed } from "../helpers/seed";

const baseOf = (app: RunningApp): string => app.url.replace("/graphql", "");
/** Each wait on the page; a test's timeout covers the browser's start and all of its waits. */
const PAGE_WAIT_MS = 30_000;

/** The whole text of a GraphiQL editor: CodeMirror draws only the lines in view. */
function editorText(page: Page, selector: string): Promise<string> {
  return page
    .locator(`${selector} .CodeMirror`)
    .first()
    .evaluate((el) => (el as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue());
}

describe("/graphiql in a browser", () => {
  let driver: Driver;
  let app: RunningApp;
  let browser: OpenBrowser | undefined;
  beforeAll(async () => {
    driver = testDriver();
    await loadSeed(driver);
    app = await startTestApp();
  }, SEED_LOAD_TIMEOUT_MS + 60_000);
  afterAll(async () => {
    await browser?.close();
    await app.stop();
    await driver.close();
  });

  it(
    "opens with the README's examples as tabs and runs the first to the README's answer, offline",
    async () => {
      const examples = readmeExamples();
      browser = await openBrowser();
      const { page } = browser;
      const pageErrors: string[] = [];
      // Content-policy refusals and script errors reach the console; the first 200 characters name them.
      page.on("pageerror", (error) => pageErrors.push(error.message.slice(0, 200)));
      page.on("console", (message) => {
        if (message.type() === "error") pageErrors.push(message.text().slice(0, 200));
      });

      await page.goto(`${baseOf(app)}/graphiql`, { timeout: PAGE_WAIT_MS });
      expect(page.url()).toBe(`${baseOf(app)}/graphiql/`);
      const tabs = page.locator(".graphiql-tab");
      await tabs.first().waitFor({ timeout: PAGE_WAIT_MS });
      expect(await tabs.count()).toBe(examples.length);
      await expect(page.locator(".graphiql-tab-active").innerText()).resolves.toBe(
        "WhoMediatesTheIstanbulTalks",
      );
      const query = await editorText(page, ".graphiql-query-editor");
      expect(query).toContain("# Who mediates the Istanbul talks, and in what role?");
      expect(query).toContain('entity(id: "istanbul-talks")');

      await page.locator(".graphiql-execute-button").click();
      const result = page.locator(".result-window");
      await result.getByText('"Turkey"').waitFor({ timeout: PAGE_WAIT_MS });
      await expect(result.innerText()).resolves.toContain('"role": "lead"');
      expect(JSON.parse(await editorText(page, ".result-window"))).toEqual({ data: examples[0]!.answer });

      await browser.screenshot("graphiql");
      expect(browser.outsideRequests).toEqual([]);
      expect(pageErrors).toEqual([]);
    },
    BROWSER_START_WAIT_MS + 4 * PAGE_WAIT_MS,
  );
});

describe("the pages in production, not enabled", () => {
  it("answer 404 at /graphiql/ and /explore/ through the real server", async () => {
    const production = await startTestApp({ NODE_ENV: "production" });
    try {
      for (const page of ["graphiql", "explore"]) {
        const response = await fetch(`${baseOf(production)}/${page}/`);
        expect({ page, status: response.status }).toEqual({ page, status: 404 });
        expect(await response.json()).toEqual({
          error: `/${page} is off; set GRAPHQL_PAGES=true (or GRAPHQL_INTROSPECTION=true) to serve it`,
        });
      }
      expect((await fetch(`${baseOf(production)}/graphiql/main.js`)).status).toBe(404);
    } finally {
      await production.stop();
    }
  });
});
