import { rmSync } from "node:fs";
import path from "node:path";
import { ConfigError, loadConfig } from "../config";
import { inspectLauncher, recordFile, removeRecord } from "../graph/local/launcher-record";
import { STOP_TIMEOUT_MS, startLocalNeo4j } from "../graph/local/local-neo4j";
import { LocalNeo4jError } from "../graph/local/local-neo4j-error";
import { stopProcess } from "../graph/local/process-table";
import { projectRoot } from "../project-root";

const HELP = `Usage: npm run db [-- run]   run the local Neo4j in the foreground (Ctrl-C stops it)
       npm run db:start         start it in the background, wait until Bolt answers, print the URI
       npm run db:stop          stop the background one, or one left running by a process that died
                                (SIGTERM, then SIGKILL after 30s)

The local Neo4j is Neo4j Community from Maven Central, built by neo4j/pom.xml; it needs Java 17+ and Maven.
It listens on 127.0.0.1 only, without authentication unless LOCAL_NEO4J_PASSWORD is set.
Run in the foreground (or by npm start), it stops by itself when the process that started it ends.
  LOCAL_NEO4J_PORT     Bolt port (default 7687)
  LOCAL_NEO4J_DATA     data directory (default .data/neo4j); pid file and log sit beside it
  LOCAL_NEO4J_PASSWORD password of user neo4j (8+ characters); unset: no authentication
`;

function paths(dataDir: string): { dataDir: string; logFile: string } {
  const absolute = path.resolve(projectRoot(), dataDir);
  return { dataDir: absolute, logFile: `${absolute}.log` };
}

async function run(command: string): Promise<void> {
  const config = loadConfig();
  const { dataDir, logFile } = paths(config.localNeo4jData);
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  switch (command) {
    case "run": {
      const db = await startLocalNeo4j({
        port: config.localNeo4jPort,
        dataDir: config.localNeo4jData,
        password: config.localNeo4jPassword,
        log,
      });
      process.stdout.write(`${db.uri}\n`);
      const stop = (): void => void db.stop().then(() => process.exit(0));
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      return;
    }
    case "start": {
      // startLocalNeo4j refuses a data directory in use and records the pid beside it.
      const db = await startLocalNeo4j({
        port: config.localNeo4jPort,
        dataDir: config.localNeo4jData,
        detached: true,
        password: config.localNeo4jPassword,
        logFile,
        log,
      });
      process.stdout.write(`${db.uri}\n`);
      return;
    }
    case "stop":
      return stop(dataDir);
    default:
      throw new LocalNeo4jError(`unknown command "${command}"\n${HELP}`);
  }
}

async function stop(dataDir: string): Promise<void> {
  const state = inspectLauncher(dataDir);
  switch (state.kind) {
    case "none":
      rmSync(recordFile(dataDir), { force: true });
      process.stderr.write(`the local Neo4j is not running (no live launcher in ${recordFile(dataDir)})\n`);
      return;
    case "owned":
      throw new LocalNeo4jError(
        `the local Neo4j (pid ${state.pid}) belongs to process ${state.owner} and stops with it: stop that process instead`,
      );
    case "orphaned":
    case "detached":
      await stopProcess(state.pid, STOP_TIMEOUT_MS);
      removeRecord(dataDir, state.pid);
      process.stderr.write(
        state.kind === "orphaned"
          ? `stopped a local Neo4j left running by an earlier process (pid ${state.pid})\n`
          : `stopped the local Neo4j (pid ${state.pid})\n`,
      );
  }
}

const command = process.argv[2] ?? "run";
if (command === "--help" || command === "-h" || process.argv.includes("--help")) {
  process.stdout.write(HELP);
} else {
  run(command).catch((error: unknown) => {
    const known = error instanceof LocalNeo4jError || error instanceof ConfigError;
    process.stderr.write(
      `error: ${known || error instanceof Error ? (error as Error).message : String(error)}\n`,
    );
    process.exit(1);
  });
}
