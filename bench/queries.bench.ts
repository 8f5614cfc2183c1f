import "reflect-metadata";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { loadConfig } from "../src/config";
import { type LocalNeo4j, startLocalNeo4j } from "../src/graph/local/local-neo4j";
import { freePort } from "../src/graph/local/port";
import { startApp } from "../src/index";

/**
 * Latency, throughput, round trips and memory of the API's main queries over real HTTP, against a
 * throwaway local Neo4j loaded with the seed (or NEO4J_URI when set). Prints numbers; asserts nothing.
 *   npm run bench              BENCH_ITERATIONS=200 npm run bench
 */
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 100);
const CONCURRENCY = 10;

const QUERIES: Record<string, string> = {
  entityById: '{ entity(id: "istanbul-talks") { id name kind } }',
  mediatorsWithRoles:
    '{ entity(id: "istanbul-talks") { ... on Negotiation { mediators { role mediator { id name } } } } }',
  entities20WithRelationships:
    "{ entities(first: 20) { edges { node { id relationships { type from { id } to { id } sources { quote } } } } } }",
  searchFuzzy: '{ search(text: "Turky") { score entity { id } } }',
  neighborsDepth2: '{ neighbors(id: "afghanistan", depth: 2) { nodes { id } relationships { id } } }',
  neighborsDepth3: '{ neighbors(id: "pakistan", depth: 3) { nodes { id } relationships { id } } }',
  shortestPathQatarTtp: '{ shortestPath(from: "qatar", to: "ttp") { length nodes { id } } }',
  paths4Hops: '{ paths(from: "qatar", to: "ttp", maxHops: 4, first: 10) { length } }',
  paths10Hops50: '{ paths(from: "kandahar", to: "islamabad", maxHops: 10, first: 50) { length } }',
  subgraphDepth1:
    '{ subgraph(ids: ["ttp", "doha-agreement"], depth: 1) { nodes { id } relationships { id } } }',
};

async function post(url: string, query: string): Promise<void> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`query failed: ${JSON.stringify(body.errors)}`);
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<void> {
  let local: LocalNeo4j | undefined;
  let dataDir: string | undefined;
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "bench-"));
    local = await startLocalNeo4j({ port: await freePort(), dataDir });
    uri = local.uri;
  }
  const seedStarted = Date.now();
  const app = await startApp(
    loadConfig({ ...process.env, NEO4J_URI: uri, PORT: "0", LOG_LEVEL: "warn", SEED_ON_START: "true" }),
    pino({ level: "warn" }),
  );
  console.log(`neo4j ${uri}; service up (with seeding when empty) in ${Date.now() - seedStarted} ms`);
  console.log(`${ITERATIONS} sequential requests per query over HTTP, after 5 warm-up requests\n`);
  console.log("query                          p50 ms   p95 ms   max ms   statements/request");
  const rssBefore = process.memoryUsage().rss;
  try {
    for (const [name, query] of Object.entries(QUERIES)) {
      for (let i = 0; i < 5; i += 1) await post(app.url, query);
      const statementsBefore = app.executor.statementsRun;
      const times: number[] = [];
      for (let i = 0; i < ITERATIONS; i += 1) {
        const started = process.hrtime.bigint();
        await post(app.url, query);
        times.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      times.sort((a, b) => a - b);
      const statements = (app.executor.statementsRun - statementsBefore) / ITERATIONS;
      console.log(
        `${name.padEnd(30)} ${percentile(times, 50).toFixed(1).padStart(6)} ${percentile(times, 95).toFixed(1).padStart(8)} ${times
          .at(-1)!
          .toFixed(1)
          .padStart(8)} ${statements.toFixed(1).padStart(12)}`,
      );
    }
    const query = QUERIES.entities20WithRelationships!;
    const total = ITERATIONS * CONCURRENCY;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let i = 0; i < ITERATIONS; i += 1) await post(app.url, query);
      }),
    );
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `\nthroughput, entities20WithRelationships, ${CONCURRENCY} concurrent clients: ${(total / seconds).toFixed(0)} requests/s (${total} in ${seconds.toFixed(1)} s)`,
    );
    const memory = process.memoryUsage();
    console.log(
      `API process memory: rss ${mb(memory.rss)} (was ${mb(rssBefore)} before the run), heap used ${mb(memory.heapUsed)}`,
    );
  } finally {
    await app.stop();
    await local?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
