import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, isPortFree } from "../../src/graph/local/port";
import { postGraphql } from "../helpers/app";
import { PROJECT_ROOT, runCli } from "../helpers/cli";

interface Started {
  readonly child: ChildProcess;
  readonly url: string;
  readonly output: () => string;
}

/** `npm start` as a user runs it: no NEO4J_URI, so the service starts and stops its own Neo4j. */
function start(boltPort: number, dataDir: string): Promise<Started> {
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, "dist", "src", "index.js")], {
    cwd: PROJECT_ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: "0",
      LOCAL_NEO4J_PORT: String(boltPort),
      LOCAL_NEO4J_DATA: dataDir,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready:\n${output}`)), 120_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString("utf8");
      const match = /"url":"(http:\/\/localhost:\d+\/graphql)"/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!, output: () => output });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`exited ${code}:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once("exit", (code) => resolve(code));
    child.kill("SIGTERM");
  });
}

function runToExit(env: Record<string, string>): { status: number | null; stderr: string; ms: number } {
  const started = Date.now();
  const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, "dist", "src", "index.js")], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: "0", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr, ms: Date.now() - started };
}

describe("npm start failing clearly", () => {
  it("exits within seconds with one line when NEO4J_URI cannot be reached", () => {
    const result = runToExit({ NEO4J_URI: "bolt://127.0.0.1:1" });
    expect(result.status).toBe(1);
    expect(result.ms).toBeLessThan(20_000);
    expect(result.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(
        /^error: Neo4j at bolt:\/\/127\.0\.0\.1:1: the database cannot be reached.*NEO4J_URI/,
      ),
    ]);
  });

  it("exits with one line naming an invalid variable", () => {
    const result = runToExit({ PORT: "http" });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^error: invalid configuration: PORT .*\.env\.example/),
    ]);
  });
});

describe("npm run db:start and db:stop", () => {
  it("starts the local Neo4j in the background, writes a pid file, and stops it", async () => {
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
  });
});

describe("npm start with the bundled Neo4j", () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "start-"));
  });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("seeds an empty database, stops both processes on SIGTERM, and keeps the data", async () => {
    const boltPort = await freePort();
    const first = await start(boltPort, dataDir);
    const query = '{ entity(id: "turkey") { name aliases } }';
    expect((await postGraphql(first.url, query)).data).toEqual({
      entity: { name: "Turkey", aliases: expect.arrayContaining(["Türkiye"]) },
    });
    expect(first.output()).toContain("the database was empty: applied cypher/schema and loaded cypher/seed");
    expect(await stop(first.child)).toBe(0);
    expect(await isPortFree(boltPort)).toBe(true);

    const second = await start(boltPort, dataDir);
    expect((await postGraphql(second.url, query)).data).toEqual({
      entity: { name: "Turkey", aliases: expect.arrayContaining(["Türkiye"]) },
    });
    expect(second.output()).not.toContain("the database was empty");
    expect(await stop(second.child)).toBe(0);
    expect(await isPortFree(boltPort)).toBe(true);
  });
});
