import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, openSync, closeSync } from "node:fs";
import path from "node:path";
import { createDriver } from "../driver";
import { LocalNeo4jError } from "./local-neo4j-error";
import { isPortFree } from "./port";
import { projectRoot } from "../../project-root";
import { LAUNCHER_JAR, checkJava, ensureLauncherBuilt, javaBinary } from "./toolchain";

/** The bundled Neo4j never listens beyond loopback. */
export const LOCAL_NEO4J_HOST = "127.0.0.1";
/** Heap and page cache each; sized for a 2-core, small-memory machine. */
export const LOCAL_NEO4J_MEMORY = "512m";
export const LOCAL_NEO4J_TX_TIMEOUT = "30s";
/** The built-in user; it has a password only when LOCAL_NEO4J_PASSWORD is set. */
export const LOCAL_NEO4J_USER = "neo4j";
export const STARTUP_TIMEOUT_MS = 180_000;
export const STOP_TIMEOUT_MS = 30_000;

export interface LocalNeo4jOptions {
  readonly port: number;
  readonly dataDir: string;
  /** Keep running after this process exits, output appended to logFile. */
  readonly detached?: boolean;
  readonly logFile?: string;
  readonly log?: (line: string) => void;
  /** Turns authentication on: user `neo4j` gets this password (8+ characters). Unset: no authentication. */
  readonly password?: string;
}

export interface LocalNeo4j {
  readonly uri: string;
  readonly pid: number;
  /** SIGTERM, then SIGKILL if it has not exited within STOP_TIMEOUT_MS. */
  stop(): Promise<void>;
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => undefined);
  const root = projectRoot();
  const neo4jDir = path.join(root, "neo4j");
  const java = javaBinary();
  checkJava(java);
  ensureLauncherBuilt(neo4jDir, log);
  if (!(await isPortFree(options.port, LOCAL_NEO4J_HOST))) {
    throw new LocalNeo4jError(
      `port ${options.port} on ${LOCAL_NEO4J_HOST} is already in use: stop what holds it (npm run db:stop, if it is a local Neo4j) or set LOCAL_NEO4J_PORT`,
    );
  }
  const dataDir = path.resolve(root, options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const target = path.join(neo4jDir, "target");
  const args = [
    `-Xms${LOCAL_NEO4J_MEMORY}`,
    `-Xmx${LOCAL_NEO4J_MEMORY}`,
    "-XX:+UseG1GC",
    // What Neo4j's own launcher passes; without them the page cache falls back to slower I/O paths.
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
    "-cp",
    `${path.join(target, LAUNCHER_JAR)}${path.delimiter}${path.join(target, "lib", "*")}`,
    "com.conflictgraph.neo4j.LocalNeo4j",
    "--host",
    LOCAL_NEO4J_HOST,
    "--port",
    String(options.port),
    "--data",
    dataDir,
    "--pagecache",
    LOCAL_NEO4J_MEMORY,
    "--tx-timeout",
    LOCAL_NEO4J_TX_TIMEOUT,
  ];
  // The password travels in the environment, so it does not show in process lists.
  const env = { ...process.env, LOCAL_NEO4J_PASSWORD: options.password ?? "" };
  const child = options.detached
    ? spawnDetached(java, args, env, options.logFile)
    : spawnAttached(java, args, env, log);
  const uri = `bolt://${LOCAL_NEO4J_HOST}:${options.port}`;
  const pid = child.process.pid;
  if (pid === undefined) throw new LocalNeo4jError(`could not start ${java}`);
  try {
    await waitUntilReady(uri, options.password, child.exited, () => child.lastLines());
  } catch (error) {
    await stopProcess(pid);
    throw error;
  }
  log(`local Neo4j ready at ${uri} (data in ${dataDir})`);
  return { uri, pid, stop: () => stopProcess(pid) };
}

interface Spawned {
  readonly process: ChildProcess;
  /** Resolves with the exit code when the process ends. */
  readonly exited: Promise<number | null>;
  lastLines(): string;
}

function spawnAttached(
  java: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Spawned {
  const child = spawn(java, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  const lines: string[] = [];
  const keep = (chunk: Buffer): void => {
    for (const line of chunk.toString("utf8").split("\n")) {
      if (line.trim() === "") continue;
      lines.push(line.trim());
      if (lines.length > 20) lines.shift();
      if (line.startsWith("local-neo4j:")) log(line.trim());
    }
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return {
    process: child,
    exited: exitOf(child),
    lastLines: () =>
      lines.filter((l) => l.startsWith("local-neo4j:")).join("\n") || lines.slice(-3).join("\n"),
  };
}

function spawnDetached(
  java: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  logFile: string | undefined,
): Spawned {
  const fd = logFile ? openSync(logFile, "a") : "ignore";
  const child = spawn(java, args, { env, detached: true, stdio: ["ignore", fd, fd] });
  if (typeof fd === "number") closeSync(fd);
  const exited = exitOf(child);
  child.unref();
  return { process: child, exited, lastLines: () => (logFile ? `see ${logFile}` : "") };
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once("exit", (code) => resolve(code));
    child.once("error", () => resolve(-1));
  });
}

async function waitUntilReady(
  uri: string,
  password: string | undefined,
  exited: Promise<number | null>,
  lastLines: () => string,
): Promise<void> {
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  const driver = createDriver({ uri, user: LOCAL_NEO4J_USER, password, connectionTimeoutMs: 2_000 });
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  try {
    for (;;) {
      if (exitCode !== undefined) {
        throw new LocalNeo4jError(
          `the local Neo4j exited (code ${exitCode}) before it was ready:\n${lastLines()}`,
        );
      }
      try {
        await driver.verifyConnectivity();
        return;
      } catch {
        if (Date.now() > deadline) {
          throw new LocalNeo4jError(
            `the local Neo4j was not ready within ${STARTUP_TIMEOUT_MS / 1000}s:\n${lastLines()}`,
          );
        }
        await sleep(250);
      }
    }
  } finally {
    await driver.close();
  }
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function stopProcess(pid: number, timeoutMs = STOP_TIMEOUT_MS): Promise<void> {
  if (!isProcessAlive(pid)) return;
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, "SIGKILL");
      return;
    }
    await sleep(100);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
