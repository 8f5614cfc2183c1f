import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { readRecord } from "../../src/graph/local/launcher-record";
import { startLocalNeo4j } from "../../src/graph/local/local-neo4j";
import { freePort, isPortFree } from "../../src/graph/local/port";
import { isProcessAlive, sleep, waitForExit } from "../../src/graph/local/process-table";
import { postGraphql } from "../helpers/app";
import { API_START_WAIT_MS, API_STOP_WAIT_MS, startApiProcess, stopApiProcess } from "../helpers/api-process";
import { PROJECT_ROOT } from "../helpers/cli";
import { CLEANUP_TIMEOUT_MS, spawnTracked, trackPid } from "../helpers/processes";

/** Stdin EOF is seen at once; a clean Neo4j shutdown then takes a few seconds, more on a busy machine. */
const ORPHAN_EXIT_BOUND_MS = 30_000;
const LAUNCHER_READY_WAIT_MS = 120_000;
const STALE_START_WAIT_MS = 180_000 + 30_000;

async function waitUntil(condition: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await sleep(200);
  }
  return condition();
}

async function countProbes(uri: string): Promise<number> {
  const driver = neo4j.driver(uri);
  try {
    const { records } = await driver.executeQuery("MATCH (n:Probe) RETURN count(n) AS n");
    return Number(records[0]!.get("n"));
  } finally {
    await driver.close();
  }
}

describe("a local Neo4j whose owner died", () => {
  let tempDir: string;
  let dataDir: string;
  beforeEach(() => {
    tempDir = mkdtempSync(path.join(os.tmpdir(), "orphan-"));
    dataDir = path.join(tempDir, "neo4j");
  });
  afterEach(() => {
    rmSync(tempDir, { recursive: true, force: true });
  });

  it(
    "exits by itself when the API is SIGKILLed, and npm start then works on the same data",
    async () => {
      const boltPort = await freePort();
      const first = await startApiProcess(boltPort, dataDir);
      const record = readRecord(dataDir);
      expect(record).toEqual({ pid: expect.any(Number), owner: first.pid });
      trackPid(record!.pid);

      first.child.kill("SIGKILL");
      const killedAt = Date.now();
      expect(await waitUntil(() => isPortFree(boltPort), ORPHAN_EXIT_BOUND_MS)).toBe(true);
      expect(await waitForExit(record!.pid, ORPHAN_EXIT_BOUND_MS)).toBe(true);
      process.stderr.write(`orphaned Neo4j exited ${Date.now() - killedAt} ms after SIGKILL of the API\n`);

      const second = await startApiProcess(boltPort, dataDir);
      const answer = await postGraphql(second.url, '{ entity(id: "turkey") { name } }');
      expect(answer.data).toEqual({ entity: { name: "Turkey" } });
      expect(second.output()).not.toContain("left running by an earlier process");
      expect(await stopApiProcess(second)).toBe(0);
    },
    2 * API_START_WAIT_MS + 2 * ORPHAN_EXIT_BOUND_MS + API_STOP_WAIT_MS + 30_000,
  );

  it(
    "is refused while its owner lives, and stopped with a log line once the owner is dead",
    async () => {
      const boltPort = await freePort();
      mkdirSync(dataDir, { recursive: true });
      const launcherLog = path.join(tempDir, "launcher.log");
      // An earlier process started the launcher (without the parent watch, as before it existed), then died.
      const owner = spawnTracked(
        process.execPath,
        ["-e", EARLIER_OWNER_SCRIPT, PROJECT_ROOT, String(boltPort), dataDir, launcherLog],
        { env: { PATH: process.env.PATH, HOME: process.env.HOME } },
      );
      const launcherPid = Number((await owner.waitFor(/launcher pid (\d+)/, 30_000))[1]);
      trackPid(launcherPid);
      expect(
        await waitUntil(
          async () => readFileSync(launcherLog, "utf8").includes("NEO4J_READY"),
          LAUNCHER_READY_WAIT_MS,
        ),
      ).toBe(true);
      expect(readRecord(dataDir)).toEqual({ pid: launcherPid, owner: owner.pid });

      await expect(startLocalNeo4j({ port: boltPort, dataDir })).rejects.toThrow(
        `the local Neo4j on ${dataDir} is in use by process ${owner.pid} (Neo4j pid ${launcherPid}): stop that process, or set LOCAL_NEO4J_DATA to another directory`,
      );
      expect(isProcessAlive(launcherPid)).toBe(true);

      owner.child.kill("SIGKILL");
      await owner.exited;
      expect(isProcessAlive(launcherPid)).toBe(true);
      const lines: string[] = [];
      const db = await startLocalNeo4j({ port: boltPort, dataDir, log: (line) => lines.push(line) });
      try {
        expect(lines).toContain(
          `stopped a local Neo4j left running by an earlier process (pid ${launcherPid})`,
        );
        expect(isProcessAlive(launcherPid)).toBe(false);
        expect(readRecord(dataDir)).toEqual({ pid: db.pid, owner: process.pid });
        expect(await countProbes(db.uri)).toBe(0);
      } finally {
        await db.stop();
      }
      expect(readRecord(dataDir)).toBeUndefined();
    },
    30_000 + LAUNCHER_READY_WAIT_MS + 2 * STALE_START_WAIT_MS + CLEANUP_TIMEOUT_MS,
  );
});

/** Starts the launcher as startLocalNeo4j does, minus the watch flags, records it, and stays alive. */
const EARLIER_OWNER_SCRIPT = `
const { spawn } = require("node:child_process");
const { openSync } = require("node:fs");
const path = require("node:path");
const [root, port, dataDir, logFile] = process.argv.slice(1);
const dist = path.join(root, "dist", "src", "graph", "local");
const { launcherArgs } = require(path.join(dist, "local-neo4j.js"));
const { writeRecord } = require(path.join(dist, "launcher-record.js"));
const { javaBinary } = require(path.join(dist, "toolchain.js"));
const log = openSync(logFile, "a");
const launcher = spawn(javaBinary(), launcherArgs(Number(port), dataDir), { stdio: ["ignore", log, log] });
writeRecord(dataDir, { pid: launcher.pid, owner: process.pid });
process.stdout.write("launcher pid " + launcher.pid + "\\n");
setInterval(() => undefined, 60_000);
`;
