import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { freePort } from "../src/graph/local/port";
import { projectRoot } from "../src/project-root";

const HELP = `npm run bench:explore -- --store DIR [--depth N] [--runs N]

Starts the API (pages on) over the local Neo4j whose data is in DIR (e.g. the one bench:compare keeps with
--store for --entities 100000), picks the hub (the country with the most relationships among the first 50
countries), opens /explore on its neighbourhood in Debian's headless Chromium, and prints per run the time
to fetch the neighbourhood, to lay it out and draw it, and from page load to a drawn view. The first run
meets a cold Neo4j; later runs are warm.

  --store DIR   the local Neo4j data directory holding the graph (required)
  --depth N     steps from the hub (default 3)
  --runs N      page loads (default 4)
  --help        this text`;

const START_TIMEOUT_MS = 240_000;
const PAGE_TIMEOUT_MS = 120_000;
const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

interface Country {
  readonly id: string;
  readonly name: string;
  readonly stats: { readonly relationships: number };
}

async function graphql<T>(base: string, query: string): Promise<T> {
  const response = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      store: { type: "string" },
      depth: { type: "string", default: "3" },
      runs: { type: "string", default: "4" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help || !values.store) {
    console.log(HELP);
    if (!values.help) process.exitCode = 1;
    return;
  }
  const depth = Number(values.depth);
  const runs = Number(values.runs);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ["dist/src/index.js"], {
    cwd: projectRoot(),
    env: {
      ...process.env,
      PORT: String(port),
      LOCAL_NEO4J_PORT: String(await freePort()),
      LOCAL_NEO4J_DATA: values.store,
      GRAPHQL_PAGES: "true",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    const started = Date.now();
    while (!output.includes("API ready")) {
      if (server.exitCode !== null || Date.now() - started > START_TIMEOUT_MS)
        throw new Error(`the API did not start:\n${output.slice(-2000)}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const answer = await graphql<
      { stats: { entities: number; relationships: number } } & {
        entities: { edges: { node: Country }[] };
      }
    >(
      base,
      "{ stats { entities relationships } entities(first: 50, kind: COUNTRY) { edges { node { id name stats { relationships } } } } }",
    );
    const hub = answer.entities.edges
      .map((e) => e.node)
      .sort((a, b) => b.stats.relationships - a.stats.relationships)[0];
    if (!hub) throw new Error("the graph holds no country");
    console.log(
      `graph: ${answer.stats.entities} entities, ${answer.stats.relationships} relationships; hub ${hub.id} (${hub.name}), ${hub.stats.relationships} relationships; depth ${depth}`,
    );
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    for (let run = 1; run <= runs; run += 1) {
      const loading = Date.now();
      await page.goto(`${base}/explore/?entity=${encodeURIComponent(hub.id)}&depth=${depth}`, {
        timeout: PAGE_TIMEOUT_MS,
      });
      await page.locator('#status[data-state="ready"]').waitFor({ timeout: PAGE_TIMEOUT_MS });
      const drawn = await page.evaluate(() => {
        const explorer = (globalThis as unknown as { explorer: ExplorerHandle }).explorer;
        const graph = explorer.graph();
        return { timing: explorer.timing, nodes: graph.nodes.length, edges: graph.edges.length };
      });
      console.log(
        `run ${run}: fetch ${drawn.timing.fetchMs} ms, layout and draw ${drawn.timing.drawMs} ms, page load to drawn ${Date.now() - loading} ms (${drawn.nodes} entities, ${drawn.edges} relationships)`,
      );
    }
  } finally {
    await browser.close();
    server.kill("SIGTERM");
    if (server.exitCode === null) await new Promise((resolve) => server.once("exit", resolve));
  }
}

/** What the page exposes for tests and measurements (web/explore/main.ts). */
interface ExplorerHandle {
  readonly timing: { fetchMs: number; drawMs: number };
  graph(): { nodes: readonly unknown[]; edges: readonly unknown[] };
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
