import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startLocalNeo4j } from "../../src/graph/local/local-neo4j";
import { freePort } from "../../src/graph/local/port";
import { TEST_STATE_KEY, type TestState } from "./test-state";

/**
 * One throwaway Neo4j for the whole run (free port, temp data dir), unless NEO4J_TEST_URI names one.
 * Started attached, it watches this jest process and stops with it, even when jest is killed.
 */
export default async function globalSetup(): Promise<void> {
  // The CLI tests run the compiled commands, exactly as users and pipelines do.
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"], {
    cwd: path.join(__dirname, "..", ".."),
    stdio: "inherit",
  });
  // The pages under dist/web, served by the API as `npm start` serves them.
  execFileSync(process.execPath, ["web/build.mjs"], {
    cwd: path.join(__dirname, "..", ".."),
    stdio: "inherit",
  });
  if (process.env.NEO4J_TEST_URI) return;
  // The pid record sits beside the data directory, so both go in one temporary directory.
  const tempDir = mkdtempSync(path.join(os.tmpdir(), "conflict-graph-test-"));
  const port = await freePort();
  const db = await startLocalNeo4j({
    port,
    dataDir: path.join(tempDir, "neo4j"),
    log: (line) => process.stderr.write(`${line}\n`),
  }).catch((error: unknown) => {
    rmSync(tempDir, { recursive: true, force: true });
    throw error;
  });
  process.env.NEO4J_TEST_URI = db.uri;
  process.env.NEO4J_TEST_LOCAL = "1";
  const state: TestState = { pid: db.pid, tempDir, stop: () => db.stop() };
  (globalThis as Record<string, unknown>)[TEST_STATE_KEY] = state;
}
