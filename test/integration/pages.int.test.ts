import type { RunningApp } from "../../src/index";
import { PAGE_CONTENT_SECURITY_POLICY } from "../../src/http/static-pages";
import { startTestApp } from "../helpers/app";
import { BROWSER_START_WAIT_MS, type OpenBrowser, openBrowser } from "../helpers/browser";

const baseOf = (app: RunningApp): string => app.url.replace("/graphql", "");

describe("the bundled pages", () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.stop();
  });

  it("serves /explore/ with its script and stylesheet, under a strict content policy", async () => {
    const base = baseOf(app);
    const html = await fetch(`${base}/explore/`);
    expect(html.status).toBe(200);
    expect(html.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(html.headers.get("content-security-policy")).toBe(PAGE_CONTENT_SECURITY_POLICY);
    expect(html.headers.get("x-content-type-options")).toBe("nosniff");
    const body = await html.text();
    expect(body).toContain('src="./main.js"');
    expect(body).not.toMatch(/(src|href)="(https?:)?\/\//);
    const script = await fetch(`${base}/explore/main.js`);
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    const css = await fetch(`${base}/explore/main.css`);
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
  });

  it("redirects /explore to /explore/ and answers HEAD without a body", async () => {
    const base = baseOf(app);
    const redirect = await fetch(`${base}/explore`, { redirect: "manual" });
    expect(redirect.status).toBe(308);
    expect(redirect.headers.get("location")).toBe("/explore/");
    const head = await fetch(`${base}/explore/main.js`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get("content-length"))).toBeGreaterThan(0);
    expect(await head.text()).toBe("");
  });

  it("serves only the built files: other paths and methods are refused", async () => {
    const base = baseOf(app);
    for (const probe of [
      "/explore/missing.js",
      "/explore/%2e%2e/package.json",
      "/explore/..%2fpackage.json",
    ]) {
      const response = await fetch(`${base}${probe}`);
      expect({ probe, status: response.status }).toEqual({ probe, status: 404 });
      expect(await response.text()).not.toContain('"name": "conflict-graph-api"');
    }
    const post = await fetch(`${base}/explore/`, { method: "POST" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
  });

  it(
    "loads in a browser with no request leaving the machine",
    async () => {
      let browser: OpenBrowser | undefined;
      try {
        browser = await openBrowser();
        await browser.page.goto(`${baseOf(app)}/explore`, { timeout: 30_000 });
        expect(browser.page.url()).toBe(`${baseOf(app)}/explore/`);
        await browser.page.locator('#status[data-state="ready"]').waitFor({ timeout: 30_000 });
        expect(await browser.page.title()).toBe("Explore the conflict graph");
        await browser.screenshot("explore-loads");
        expect(browser.outsideRequests).toEqual([]);
        // The guard itself: a request to another host is stopped and recorded.
        const probe = await browser.page.context().newPage();
        const outside = await probe.goto("http://example.com/probe", { timeout: 10_000 }).then(
          () => "reached",
          () => "blocked",
        );
        expect(outside).toBe("blocked");
        expect(browser.outsideRequests).toEqual(["http://example.com/probe"]);
      } finally {
        await browser?.close();
      }
    },
    BROWSER_START_WAIT_MS + 90_000,
  );
});

describe("the bundled pages in production", () => {
  it("are off unless enabled, and say how to enable them", async () => {
    const production = await startTestApp({ NODE_ENV: "production" });
    const enabled = await startTestApp({ NODE_ENV: "production", GRAPHQL_PAGES: "true" });
    try {
      const off = await fetch(`${baseOf(production)}/explore/`);
      expect(off.status).toBe(404);
      expect(await off.json()).toEqual({
        error: "/explore is off; set GRAPHQL_PAGES=true (or GRAPHQL_INTROSPECTION=true) to serve it",
      });
      expect((await fetch(`${baseOf(enabled)}/explore/`)).status).toBe(200);
    } finally {
      await production.stop();
      await enabled.stop();
    }
  });
});
