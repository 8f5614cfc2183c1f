import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { type LocalNeo4j, startLocalNeo4j } from "../src/graph/local/local-neo4j";
import { freePort } from "../src/graph/local/port";
import { projectRoot } from "../src/project-root";
import { soakMix } from "./soak-mix";
import { SoakTally, counts, mb, percentile } from "./soak-tally";

const REQUEST_TIMEOUT_S = 20;
const HELP = `npm run soak -- [--minutes N] [--connections N] [--without-bombs]

Starts the API as its own process over a Neo4j (a local one on a temporary data directory, seeded; or
NEO4J_URI, with NEO4J_USER / NEO4J_PASSWORD, when set), then loads it with autocannon: the README's example
queries, search, neighbors, paths, entity pages, and bombs that must be refused (relationships nested 5 and
10 deep, 1,000 aliases of entity, paths with maxHops 10 and first 50).

Prints per minute: requests, answers, HTTP statuses other than 200, refusals by error code,
INTERNAL_SERVER_ERROR, connection errors and timeouts, p50 / p99 latency, the server's RSS, /health latency.
Exits 1 when any request got INTERNAL_SERVER_ERROR, a 5xx, a non-JSON body, a connection error or no answer
within ${REQUEST_TIMEOUT_S} s, or when the server died. Ctrl-C stops the load, the server and the local Neo4j.

  --minutes N        how long to load the service (default 10; fractions allowed)
  --connections N    concurrent connections (default 10)
  --without-bombs    the ordinary mix only, for a baseline
  --help             this text`;

const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;

interface Options {
  readonly minutes: number;
  readonly connections: number;
  readonly withBombs: boolean;
}

function parseOptions(): Options | undefined {
  const { values } = parseArgs({
    options: {
      minutes: { type: "string", default: "10" },
      connections: { type: "string", default: "10" },
      "without-bombs": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) return undefined;
  const minutes = Number(values.minutes);
  const connections = Number(values.connections);
  if (!(minutes > 0)) throw new Error(`--minutes must be a positive number (got ${values.minutes})`);
  if (!Number.isInteger(connections) || connections < 1) {
    throw new Error(`--connections must be a positive integer (got ${values.connections})`);
  }
  return { minutes, connections, withBombs: !values["without-bombs"] };
}

/** The process's resident set from /proc; 0 once it has gone. */
function readRssKb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

async function waitUntilReady(base: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode} while starting`);
    const ready = await fetch(`${base}/ready`, { signal: AbortSignal.timeout(2000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server was not ready within ${READY_TIMEOUT_MS / 1000} s`);
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  const timer = setTimeout(() => server.kill("SIGKILL"), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

function printMinute(label: string, tally: SoakTally, result: autocannon.Result, seconds: number): void {
  const health = `/health p50 ${percentile(tally.healthMs, 50).toFixed(1)} ms, max ${Math.max(...tally.healthMs, 0).toFixed(1)} ms (${tally.healthMs.length} samples, ${tally.healthFailures} failed)`;
  console.log(
    `${label}: ${tally.requests} requests (${(tally.requests / seconds).toFixed(0)}/s), ${tally.answered} answered; ` +
      `non-200: ${counts(tally.statuses)}; refused: ${counts(tally.refusals)}; INTERNAL_SERVER_ERROR ${tally.internal}; ` +
      `connection errors ${result.errors - result.timeouts}, timeouts ${result.timeouts}; ` +
      `latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms; ` +
      `rss ${mb(tally.rssLastKb)} (peak ${mb(tally.rssPeakKb)}); ${health}`,
  );
}

async function main(): Promise<number> {
  const options = parseOptions();
  if (!options) {
    console.log(HELP);
    return 0;
  }
  const root = projectRoot();
  const mix = soakMix(readFileSync(path.join(root, "README.md"), "utf8"), options.withBombs);
  const workDir = mkdtempSync(path.join(os.tmpdir(), "soak-"));
  const serverLog = path.join(workDir, "server.log");
  let local: LocalNeo4j | undefined;
  let server: ChildProcess | undefined;
  let instance: autocannon.Instance | undefined;
  let interrupted = false;
  let failed = false;
  const interrupt = (): void => {
    interrupted = true;
    instance?.stop();
  };
  process.once("SIGINT", interrupt);
  process.once("SIGTERM", interrupt);
  try {
    let uri = process.env.NEO4J_URI;
    if (!uri) {
      local = await startLocalNeo4j({ port: await freePort(), dataDir: path.join(workDir, "neo4j") });
      uri = local.uri;
    }
    if (interrupted) throw new Error("interrupted while starting");
    const port = await freePort();
    const log = openSync(serverLog, "a");
    server = spawn(process.execPath, [path.join(root, "dist", "src", "index.js")], {
      cwd: root,
      env: { ...process.env, NEO4J_URI: uri, PORT: String(port), NODE_ENV: "production", LOG_LEVEL: "warn" },
      stdio: ["ignore", log, log],
    });
    server.once("exit", () => instance?.stop());
    const base = `http://127.0.0.1:${port}`;
    await waitUntilReady(base, server);
    console.log(
      `neo4j ${uri}; server pid ${server.pid} at ${base}/graphql; ${mix.length} queries in the mix ` +
        `(${mix.filter((q) => q.bomb).length} bombs), ${options.connections} connections, ${options.minutes} min`,
    );

    const total = new SoakTally();
    const p99s: number[] = [];
    let remaining = options.minutes * 60;
    for (let minute = 1; remaining > 0 && !interrupted && server.exitCode === null; minute += 1) {
      const seconds = Math.min(60, remaining);
      remaining -= seconds;
      const tally = new SoakTally();
      const pid = server.pid!;
      const sampler = setInterval(() => {
        tally.recordRss(readRssKb(pid));
        const started = performance.now();
        fetch(`${base}/health`, { signal: AbortSignal.timeout(5000) }).then(
          (r) => (r.ok ? tally.healthMs.push(performance.now() - started) : (tally.healthFailures += 1)),
          () => (tally.healthFailures += 1),
        );
      }, 1000);
      const started = Date.now();
      const result = await new Promise<autocannon.Result>((resolve, reject) => {
        instance = autocannon(
          {
            url: `${base}/graphql`,
            connections: options.connections,
            duration: seconds,
            timeout: REQUEST_TIMEOUT_S,
            requests: mix.map((q) => ({
              method: "POST",
              path: "/graphql",
              headers: { "content-type": "application/json" },
              body: JSON.stringify({ query: q.query }),
              onResponse: (status: number, body: string) => tally.record(status, body),
            })),
          },
          (error, done) => (error ? reject(error) : resolve(done)),
        );
      });
      clearInterval(sampler);
      tally.recordRss(readRssKb(pid));
      printMinute(`minute ${minute}`, tally, result, (Date.now() - started) / 1000);
      total.add(tally);
      p99s.push(result.latency.p99);
      if (result.errors > 0) failed = true;
    }
    const died = server.exitCode !== null || server.signalCode !== null;
    failed ||= total.internal > 0 || total.serverErrors > 0 || total.notJson > 0 || died;
    console.log(
      `summary: ${total.requests} requests, ${total.answered} answered, refused ${counts(total.refusals)}; ` +
        `INTERNAL_SERVER_ERROR ${total.internal}, 5xx ${total.serverErrors}, non-JSON ${total.notJson}; ` +
        `worst minute p99 ${Math.max(...p99s, 0)} ms; rss peak ${mb(total.rssPeakKb)}; ` +
        `/health max ${Math.max(...total.healthMs, 0).toFixed(1)} ms` +
        `${died ? `; the server died (${server.exitCode ?? server.signalCode})` : ""}${interrupted ? "; interrupted" : ""}: ` +
        `${failed ? "FAIL" : interrupted ? "INTERRUPTED" : "PASS"}`,
    );
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    if (server) await stopServer(server);
    await local?.stop();
    if (failed) console.log(`server log kept: ${serverLog}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
  // 130: the shell's code for a run stopped by Ctrl-C.
  return failed ? 1 : interrupted ? 130 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`soak failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
