import path from "node:path";
import type { Driver } from "neo4j-driver";
import type { Page } from "playwright-core";
import type { RunningApp } from "../../src/index";
import { postGraphql, startTestApp } from "../helpers/app";
import { BROWSER_START_WAIT_MS, type OpenBrowser, openBrowser } from "../helpers/browser";
import { PROJECT_ROOT } from "../helpers/cli";
import { snapshotGraph, testDriver } from "../helpers/neo4j";
import { SEED_LOAD_TIMEOUT_MS, loadSeed } from "../helpers/seed";

/** The longest single wait on the page (a query and a layout on a busy machine); tests allow several. */
const PAGE_WAIT_MS = 30_000;
const TEST_TIMEOUT_MS = 4 * PAGE_WAIT_MS;

interface Drawn {
  nodes: string[];
  edges: { id: string; type: string; from: string; to: string }[];
}
type Explorer = {
  graph(): Drawn;
  canvas(): Drawn;
  position(id: string): { x: number; y: number } | undefined;
};

const drawn = (page: Page): Promise<Drawn> =>
  page.evaluate(() => (globalThis as unknown as { explorer: Explorer }).explorer.graph());
const canvas = (page: Page): Promise<Drawn> =>
  page.evaluate(() => (globalThis as unknown as { explorer: Explorer }).explorer.canvas());
const sorted = (graph: Drawn): Drawn => ({
  nodes: [...graph.nodes].sort(),
  edges: [...graph.edges].sort((a, b) => a.id.localeCompare(b.id)),
});

async function waitForDrawn(page: Page, ids: string[]): Promise<Drawn> {
  await page.waitForFunction(
    (wanted) => {
      const graph = (globalThis as unknown as { explorer?: Explorer }).explorer?.graph();
      return graph !== undefined && wanted.every((id) => graph.nodes.includes(id));
    },
    ids,
    { timeout: PAGE_WAIT_MS },
  );
  await page.locator('#status[data-state="ready"]').waitFor({ timeout: PAGE_WAIT_MS });
  return drawn(page);
}

/** A click on the canvas where the page drew the element. */
async function clickDrawn(page: Page, id: string): Promise<void> {
  const at = await page.evaluate(
    (target) => (globalThis as unknown as { explorer: Explorer }).explorer.position(target),
    id,
  );
  const box = await page.locator("#canvas").boundingBox();
  if (!at || !box) throw new Error(`${id} is not drawn`);
  await page.mouse.click(box.x + at.x, box.y + at.y);
}

describe("/explore, the graph explorer, on the seeded graph", () => {
  let driver: Driver;
  let app: RunningApp;
  let browser: OpenBrowser;
  let snapshot: string;
  let base: string;
  beforeAll(
    async () => {
      driver = testDriver();
      await loadSeed(driver);
      snapshot = await snapshotGraph(driver);
      app = await startTestApp();
      base = `${app.url.replace("/graphql", "")}/explore/`;
      browser = await openBrowser();
    },
    SEED_LOAD_TIMEOUT_MS + BROWSER_START_WAIT_MS + 60_000,
  );
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await driver?.close();
  });
  afterEach(() => {
    expect(browser.outsideRequests).toEqual([]);
  });

  it(
    "finds the TTP by 'tehreek' and 'TTP' and draws its neighbourhood with Afghanistan and Pakistan",
    async () => {
      const { page } = browser;
      await page.goto(base, { timeout: PAGE_WAIT_MS });
      await page.fill("#search-text", "tehreek");
      await page.press("#search-text", "Enter");
      await page.locator('#search-results button[data-id="ttp"]').waitFor({ timeout: PAGE_WAIT_MS });
      await page.fill("#search-text", "TTP");
      await page.click("#search-form button[type=submit]");
      const hit = page.locator('#search-results button[data-id="ttp"]');
      await hit.waitFor({ timeout: PAGE_WAIT_MS });
      expect(await hit.textContent()).toContain("Tehreek-e-Taliban Pakistan");
      await hit.click();
      const graph = await waitForDrawn(page, ["ttp", "afghanistan", "pakistan"]);
      expect(graph.edges).toContainEqual(
        expect.objectContaining({ type: "OPERATES_FROM", from: "ttp", to: "afghanistan" }),
      );
      expect(sorted(await canvas(page))).toEqual(sorted(graph));
      expect(new URL(page.url()).searchParams.get("entity")).toBe("ttp");
      await expect(page.locator("#node-list li[data-id=afghanistan]").textContent()).resolves.toContain(
        "Afghanistan",
      );
      await browser.screenshot("explore-ttp");
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "shows the OPERATES_FROM edge's quote inside its source, as Pakistan's claim, reached by keyboard",
    async () => {
      const { page } = browser;
      const answer = await postGraphql<{
        relationshipsBetween: { id: string; citations: { quote: string; source: { title: string } }[] }[];
      }>(
        app.url,
        `{ relationshipsBetween(a: "ttp", b: "afghanistan", types: [OPERATES_FROM]) { id citations { quote source { title } } } }`,
      );
      const [edge] = answer.data!.relationshipsBetween;
      // By keyboard, from the list beside the canvas (the same action as a click on the drawn edge).
      await page.focus('#edge-list li[data-type="OPERATES_FROM"][data-to="afghanistan"] button');
      await page.keyboard.press("Enter");
      const evidence = page.locator("#evidence");
      await evidence.locator("mark.quote").first().waitFor({ timeout: PAGE_WAIT_MS });
      expect(await evidence.locator("h2").textContent()).toBe(
        "Tehreek-e-Taliban Pakistan OPERATES_FROM Afghanistan",
      );
      expect(await evidence.locator("mark.quote").allTextContents()).toEqual(
        edge!.citations.map((c) => c.quote),
      );
      expect(await evidence.locator(".claimant").first().textContent()).toBe("Claimed by Pakistan");
      expect(await evidence.locator("cite").first().textContent()).toBe(edge!.citations[0]!.source.title);
      await browser.screenshot("explore-evidence");
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "opens an edge's evidence when the edge is clicked on the canvas",
    async () => {
      const { page } = browser;
      await page.goto(`${base}?entity=ttp&depth=1`, { timeout: PAGE_WAIT_MS });
      const graph = await waitForDrawn(page, ["ttp", "afghanistan"]);
      const edge = graph.edges.find((e) => e.type === "OPERATES_FROM" && e.to === "afghanistan");
      expect(edge).toBeDefined();
      await clickDrawn(page, edge!.id);
      const evidence = page.locator("#evidence");
      await evidence.locator("mark.quote").first().waitFor({ timeout: PAGE_WAIT_MS });
      expect(await evidence.locator("h2").textContent()).toBe(
        "Tehreek-e-Taliban Pakistan OPERATES_FROM Afghanistan",
      );
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "expands a node clicked on the canvas with its own neighbours",
    async () => {
      const { page } = browser;
      const answer = await postGraphql<{ neighbors: { nodes: { id: string }[] } }>(
        app.url,
        `{ neighbors(id: "afghanistan") { nodes { id } } }`,
      );
      const neighbours = answer.data!.neighbors.nodes.map((n) => n.id);
      expect(neighbours).toContain("baloch-militant-groups");
      await clickDrawn(page, "afghanistan");
      const graph = await waitForDrawn(page, neighbours);
      expect(graph.nodes).toEqual(expect.arrayContaining(["ttp", ...neighbours]));
      expect(new URL(page.url()).searchParams.get("expand")).toBe("afghanistan");
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "draws the paths from Qatar to the TTP with each step in words, and a reload gives the same view",
    async () => {
      const { page } = browser;
      const answer = await postGraphql<{ paths: { explanation: { steps: { sentence: string }[] } }[] }>(
        app.url,
        `{ paths(from: "qatar", to: "ttp", maxHops: 4, first: 3) { explanation { steps { sentence } } } }`,
      );
      const sentences = answer.data!.paths.flatMap((p) => p.explanation.steps.map((s) => `${s.sentence}.`));
      expect(sentences.length).toBeGreaterThan(0);
      await page.fill("#path-from", "Qatar");
      await page.fill("#path-to", "TTP");
      await page.click("#path-form button[type=submit]");
      await page.waitForURL(/from=qatar&to=ttp/, { timeout: PAGE_WAIT_MS });
      const graph = await waitForDrawn(page, ["qatar", "ttp"]);
      expect(graph.edges.length).toBeGreaterThan(0);
      expect(await page.locator("#path-steps .sentence").allTextContents()).toEqual(sentences);
      await browser.screenshot("explore-path");

      await page.reload({ timeout: PAGE_WAIT_MS });
      expect(sorted(await waitForDrawn(page, ["qatar", "ttp"]))).toEqual(sorted(graph));
      expect(await page.locator("#path-steps .sentence").allTextContents()).toEqual(sentences);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "passes the evidence filters from the URL to the API and keeps them over a reload",
    async () => {
      const { page } = browser;
      const answer = await postGraphql<{
        neighbors: { nodes: { id: string }[]; relationships: { id: string }[] };
      }>(
        app.url,
        `{ neighbors(id: "ttp", depth: 2, evidence: { excludeClaimants: ["pakistan"] }) {
            nodes { id } relationships { id } } }`,
      );
      const expected = answer.data!.neighbors;
      await page.goto(`${base}?entity=ttp&depth=2&excludeClaimant=pakistan`, { timeout: PAGE_WAIT_MS });
      const graph = await waitForDrawn(page, ["ttp"]);
      expect(graph.nodes.sort()).toEqual(expected.nodes.map((n) => n.id).sort());
      expect(graph.edges.map((e) => e.id).sort()).toEqual(expected.relationships.map((r) => r.id).sort());
      expect(graph.edges).not.toContainEqual(
        expect.objectContaining({ type: "OPERATES_FROM", to: "afghanistan" }),
      );
      await page.reload({ timeout: PAGE_WAIT_MS });
      expect(sorted(await waitForDrawn(page, ["ttp"]))).toEqual(sorted(graph));
      expect(await page.inputValue("#exclude-claimant")).toBe("pakistan");
      expect(await page.inputValue("#depth")).toBe("2");
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "counts reports, not reference notes, when asked for at least one source",
    async () => {
      const { page } = browser;
      const ask = async (evidence: string) =>
        (
          await postGraphql<{ neighbors: { nodes: { id: string }[]; relationships: { id: string }[] } }>(
            app.url,
            `{ neighbors(id: "pakistan", depth: 1${evidence}) { nodes { id } relationships { id } } }`,
          )
        ).data!.neighbors;
      const all = await ask("");
      const expected = await ask(", evidence: { minSources: 1 }");
      // Some of Pakistan's relationships rest on the reference note alone: the filter must leave them out.
      expect(expected.relationships.length).toBeLessThan(all.relationships.length);
      await page.goto(`${base}?entity=pakistan&minSources=1`, { timeout: PAGE_WAIT_MS });
      const graph = await waitForDrawn(page, ["pakistan"]);
      expect(graph.edges.map((e) => e.id).sort()).toEqual(expected.relationships.map((r) => r.id).sort());
      expect(await page.inputValue("#min-sources")).toBe("1");
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "draws the Istanbul talks with their mediators (the README's picture)",
    async () => {
      const { page } = browser;
      await page.goto(`${base}?entity=istanbul-talks&depth=1`, { timeout: PAGE_WAIT_MS });
      const graph = await waitForDrawn(page, ["istanbul-talks", "turkey", "qatar"]);
      for (const mediator of ["turkey", "qatar"]) {
        expect(graph.edges).toContainEqual(
          expect.objectContaining({ type: "MEDIATES", from: mediator, to: "istanbul-talks" }),
        );
      }
      await browser.screenshot("explore-istanbul-talks");
      // The README's picture is refreshed on request only, so a test run leaves the checkout unchanged.
      if (process.env.UPDATE_README_SCREENSHOT === "true")
        await browser.screenshot("explore-istanbul-talks", path.join(PROJECT_ROOT, "docs", "explore.png"));
    },
    TEST_TIMEOUT_MS,
  );

  it("changes nothing in the graph", async () => {
    expect(await snapshotGraph(driver)).toBe(snapshot);
  });
});
