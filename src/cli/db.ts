import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ConfigError, loadConfig } from "../config";
import { isProcessAlive, startLocalNeo4j, stopProcess } from "../graph/local/local-neo4j";
import { LocalNeo4jError } from "../graph/local/local-neo4j-error";
import { projectRoot } from "../project-root";

const HELP = `Usage: npm run db [-- run]   run the local Neo4j in the foreground (Ctrl-C stops it)
       npm run db:start         start it in the background, wait until Bolt answers, print the URI
       npm run db:stop          stop the background one (SIGTERM, then SIGKILL after 30s)

The local Neo4j is Neo4j Community from Maven Central, built by neo4j/pom.xml; it needs Java 17+ and Maven.
It listens on 127.0.0.1 only, without authentication unless LOCAL_NEO4J_PASSWORD is set.
  LOCAL_NEO4J_PORT     Bolt port (default 7687)
  LOCAL_NEO4J_DATA     data directory (default .data/neo4j); pid file and log sit beside it
  LOCAL_NEO4J_PASSWORD password of user neo4j (8+ characters); unset: no authentication
`;

function files(dataDir: string): { pidFile: string; logFile: string } {
  const absolute = path.resolve(projectRoot(), dataDir);
  return { pidFile: `${absolute}.pid`, logFile: `${absolute}.log` };
}

function readPid(pidFile: string): number | undefined {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

async function run(command: string): Promise<void> {
  const config = loadConfig();
  const { pidFile, logFile } = files(config.localNeo4jData);
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
      const running = readPid(pidFile);
      if (running !== undefined && isProcessAlive(running)) {
        throw new LocalNeo4jError(
          `the local Neo4j is already running (pid ${running}); npm run db:stop stops it`,
        );
      }
      mkdirSync(path.dirname(pidFile), { recursive: true });
      const db = await startLocalNeo4j({
        port: config.localNeo4jPort,
        dataDir: config.localNeo4jData,
        detached: true,
        password: config.localNeo4jPassword,
        logFile,
        log,
      });
      writeFileSync(pidFile, `${db.pid}\n`);
      process.stdout.write(`${db.uri}\n`);
      return;
    }
    case "stop": {
      const pid = readPid(pidFile);
      if (pid === undefined || !isProcessAlive(pid)) {
        rmSync(pidFile, { force: true });
        process.stderr.write("the local Neo4j is not running\n");
        return;
      }
      await stopProcess(pid);
      rmSync(pidFile, { force: true });
      process.stderr.write(`stopped the local Neo4j (pid ${pid})\n`);
      return;
    }
    default:
      throw new LocalNeo4jError(`unknown command "${command}"\n${HELP}`);
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
