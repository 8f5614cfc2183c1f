import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, isPortFree } from "../../src/graph/local/port";
import { postGraphql } from "../helpers/app";
import { readRecord } from "../../src/graph/local/launcher-record";
import { API_START_WAIT_MS, API_STOP_WAIT_MS, startApiProcess, stopApiProcess } from "../helpers/api-process";
import { CLI_TIMEOUT_MS, PROJECT_ROOT, runCli } from "../helpers/cli";

const RUN_TO_EXIT_TIMEOUT_MS = 60_000;

function runToExit(env: Record<string, string>): { status: number | null; stderr: string; ms: number } {
  const started = Date.now();
  const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, "dist", "src", "index.js")], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: "0", ...env },
    encoding: "utf8",
    timeout: RUN_TO_EXIT_TIMEOUT_MS,
  });
  return { status: result.status, stderr: result.stderr, ms: Date.now() - started };
}

describe("npm start failing clearly", () => {
  it(
    "exits within seconds with one line when NEO4J_URI cannot be reached",
    () => {
      const result = runToExit({ NEO4J_URI: "bolt://127.0.0.1:1" });
      expect(result.status).toBe(1);
      expect(result.ms).toBeLessThan(20_000);
      expect(result.stderr.trim().split("\n")).toEqual([
        expect.stringMatching(
          /^error: Neo4j at bolt:\/\/127\.0\.0\.1:1: the database cannot be reached.*NEO4J_URI/,
        ),
      ]);
    },
    RUN_TO_EXIT_TIMEOUT_MS + 10_000,
  );

  it(
    "exits with one line naming an invalid variable",
    () => {
      const result = runToExit({ PORT: "http" });
      expect(result.status).toBe(1);
      expect(result.stderr.trim().split("\n")).toEqual([
        expect.stringMatching(/^error: invalid configuration: PORT .*\.env\.example/),
      ]);
    },
    RUN_TO_EXIT_TIMEOUT_MS + 10_000,
  );
});

describe("npm run db:start and db:stop", () => {
  it(
    "starts the local Neo4j in the background, writes a pid file, and stops it",
    async () => {
      const dataDir = mkdtempSync(path.join(os.tmpdir(), "db-cli-"));
      const port = await freePort();
      const env = { LOCAL_NEO4J_PORT: String(port), LOCAL_NEO4J_DATA: path.join(dataDir, "neo4j") };
      try {
        const started = runCli("db", ["start"], env);
        expect(started.status).toBe(0);
        expect(started.stdout.trim()).toBe(`bolt://127.0.0.1:${port}`);
        expect(existsSync(path.join(dataDir, "neo4j.pid"))).toBe(true);
        expect(await isPortFree(port)).toBe(false);
        const again = runCli("db", ["start"], env);
        expect(again.status).toBe(1);
        expect(again.stderr).toMatch(/already running \(pid \d+\)/);
        const stopped = runCli("db", ["stop"], env);
        expect(stopped.status).toBe(0);
        expect(existsSync(path.join(dataDir, "neo4j.pid"))).toBe(false);
        expect(await isPortFree(port)).toBe(true);
      } finally {
        runCli("db", ["stop"], env);
        rmSync(dataDir, { recursive: true, force: true });
      }
      // Each runCli blocks for at most CLI_TIMEOUT_MS; five of them run here.
    },
    5 * CLI_TIMEOUT_MS + 10_000,
  );
});

describe("npm start with the bundled Neo4j", () => {
  let dataDir: string;
  let tempDir: string;
  beforeAll(() => {
    tempDir = mkdtempSync(path.join(os.tmpdir(), "start-"));
    dataDir = path.join(tempDir, "neo4j");
  });
  afterAll(() => {
    rmSync(tempDir, { recursive: true, force: true });
  });

  it(
    "seeds an empty database, stops both processes on SIGTERM, and keeps the data",
    async () => {
      const boltPort = await freePort();
      const first = await startApiProcess(boltPort, dataDir);
      const query = '{ entity(id: "turkey") { name aliases } }';
      expect((await postGraphql(first.url, query)).data).toEqual({
        entity: { name: "Turkey", aliases: expect.arrayContaining(["Türkiye"]) },
      });
      expect(first.output()).toMatch(/seeding: applied (\d+) of \1 seed files/);
      expect(await stopApiProcess(first)).toBe(0);
      expect(await isPortFree(boltPort)).toBe(true);

      const second = await startApiProcess(boltPort, dataDir);
      expect((await postGraphql(second.url, query)).data).toEqual({
        entity: { name: "Turkey", aliases: expect.arrayContaining(["Türkiye"]) },
      });
      expect(second.output()).not.toContain("seeding: appl");
      expect(await stopApiProcess(second)).toBe(0);
      expect(await isPortFree(boltPort)).toBe(true);
    },
    2 * (API_START_WAIT_MS + API_STOP_WAIT_MS) + 30_000,
  );

  it(
    "starts its Neo4j again when it is killed while the API runs, and answers again",
    async () => {
      const boltPort = await freePort();
      const api = await startApiProcess(boltPort, path.join(tempDir, "restarted"), {
        SEED_ON_START: "false",
      });
      try {
        const killed = readRecord(path.join(tempDir, "restarted"))!.pid;
        process.kill(killed, "SIGKILL");
        await api.waitFor(/exited \(code null\) while the API ran: starting it again/, 30_000);
        const again = await api.waitFor(/the local Neo4j is running again \(pid (\d+)\)/, API_START_WAIT_MS);
        expect(Number(again[1])).not.toBe(killed);
        expect(readRecord(path.join(tempDir, "restarted"))!.pid).toBe(Number(again[1]));
        // The driver reconnects by itself: the next request is answered.
        expect((await postGraphql(api.url, "{ stats { entities } }")).data).toEqual({
          stats: { entities: 0 },
        });
      } finally {
        expect(await stopApiProcess(api)).toBe(0);
      }
      expect(await isPortFree(boltPort)).toBe(true);
    },
    2 * API_START_WAIT_MS + API_STOP_WAIT_MS + 60_000,
  );
});
