import { mkdirSync } from "node:fs";
import path from "node:path";
import { type Browser, type Page, chromium } from "playwright-core";
import { PROJECT_ROOT } from "./cli";

/** Debian's package; playwright's own browser download needs the internet (.ci/run installs it). */
export const CHROMIUM_PATH = "/usr/bin/chromium";
export const SCREENSHOT_DIR = path.join(PROJECT_ROOT, "test", "screenshots");
/** Launching Chromium on a busy 2-core machine; tests that open a browser allow more than this. */
export const BROWSER_START_WAIT_MS = 60_000;

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

export interface OpenBrowser {
  readonly page: Page;
  /** Every request to a host other than 127.0.0.1/localhost, aborted before it left the machine. */
  readonly outsideRequests: string[];
  /** Saves test/screenshots/<name>.png, or `file` when given; returns the path. */
  screenshot(name: string, file?: string): Promise<string>;
  close(): Promise<void>;
}

/** Headless Chromium with a fresh context whose requests can only reach this machine. */
export async function openBrowser(): Promise<OpenBrowser> {
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    timeout: BROWSER_START_WAIT_MS,
    args: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const outsideRequests: string[] = [];
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (LOCAL_HOSTS.has(new URL(url).hostname)) return route.continue();
      outsideRequests.push(url);
      return route.abort("blockedbyclient");
    });
    const page = await context.newPage();
    return {
      page,
      outsideRequests,
      async screenshot(name, file) {
        const target = file ?? path.join(SCREENSHOT_DIR, `${name}.png`);
        mkdirSync(path.dirname(target), { recursive: true });
        await page.screenshot({ path: target });
        return target;
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
