import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startLocalNeo4j } from "../../src/graph/local/local-neo4j";
import { freePort } from "../../src/graph/local/port";
import { TEST_STATE_KEY, type TestState } from "./test-state";

/** One throwaway Neo4j for the whole run (free port, temp data dir), unless NEO4J_TEST_URI names one. */
export default async function globalSetup(): Promise<void> {
  // The CLI tests run the compiled commands, exactly as users and pipelines do.
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"], {
    cwd: path.join(__dirname, "..", ".."),
    stdio: "inherit",
  });
  if (process.env.NEO4J_TEST_URI) return;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "conflict-graph-test-"));
  const port = await freePort();
  const db = await startLocalNeo4j({ port, dataDir, log: (line) => process.stderr.write(`${line}\n`) });
  process.env.NEO4J_TEST_URI = db.uri;
  process.env.NEO4J_TEST_LOCAL = "1";
  const state: TestState = { pid: db.pid, dataDir, stop: () => db.stop() };
  (globalThis as Record<string, unknown>)[TEST_STATE_KEY] = state;
}
