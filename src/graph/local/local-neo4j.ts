import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, openSync, closeSync } from "node:fs";
import path from "node:path";
import { createDriver } from "../driver";
import { LAUNCHER_CLASS, inspectLauncher, removeRecord, writeRecord } from "./launcher-record";
import { LocalNeo4jError } from "./local-neo4j-error";
import { isPortFree } from "./port";
import { sleep, stopProcess } from "./process-table";
import { projectRoot } from "../../project-root";
import { LAUNCHER_JAR, checkJava, ensureLauncherBuilt, javaBinary } from "./toolchain";

/** The bundled Neo4j never listens beyond loopback. */
export const LOCAL_NEO4J_HOST = "127.0.0.1";
/** Heap and page cache each; sized for a 2-core, small-memory machine. */
export const LOCAL_NEO4J_MEMORY = "512m";

/** JVM heap and page cache, in Neo4j's notation (`512m`, `2g`); a graph of millions needs more than the default. */
export interface LocalNeo4jMemory {
  readonly heap: string;
  readonly pageCache: string;
}

const DEFAULT_MEMORY: LocalNeo4jMemory = { heap: LOCAL_NEO4J_MEMORY, pageCache: LOCAL_NEO4J_MEMORY };
export const LOCAL_NEO4J_TX_TIMEOUT = "30s";
/** The built-in user; it has a password only when LOCAL_NEO4J_PASSWORD is set. */
export const LOCAL_NEO4J_USER = "neo4j";
export const STARTUP_TIMEOUT_MS = 180_000;
export const STOP_TIMEOUT_MS = 30_000;

export interface LocalNeo4jOptions {
  readonly port: number;
  readonly dataDir: string;
  /** Keep running after this process exits, output appended to logFile. Otherwise it exits with this process. */
  readonly detached?: boolean;
  readonly logFile?: string;
  readonly log?: (line: string) => void;
  /** Turns authentication on: user `neo4j` gets this password (8+ characters). Unset: no authentication. */
  readonly password?: string;
  readonly memory?: LocalNeo4jMemory;
}

export interface LocalNeo4j {
  readonly uri: string;
  readonly pid: number;
  /** Settles when the launcher exits, with its exit code (null when a signal ended it). */
  readonly exited: Promise<number | null>;
  /** SIGTERM, then SIGKILL if it has not exited within STOP_TIMEOUT_MS. */
  stop(): Promise<void>;
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => undefined);
  const java = javaBinary();
  checkJava(java);
  ensureLauncherBuilt(path.join(projectRoot(), "neo4j"), log);
  const dataDir = path.resolve(projectRoot(), options.dataDir);
  await takeOverDataDir(dataDir, log);
  if (!(await isPortFree(options.port, LOCAL_NEO4J_HOST))) {
    throw new LocalNeo4jError(
      `port ${options.port} on ${LOCAL_NEO4J_HOST} is already in use: stop what holds it (npm run db:stop, if it is a local Neo4j) or set LOCAL_NEO4J_PORT`,
    );
  }
  mkdirSync(dataDir, { recursive: true });
  const args = launcherArgs(options.port, dataDir, options.memory);
  // The password travels in the environment, so it does not show in process lists.
  const env = { ...process.env, LOCAL_NEO4J_PASSWORD: options.password ?? "" };
  const child = options.detached
    ? spawnDetached(java, args, env, options.logFile)
    : spawnAttached(java, [...args, "--parent-pid", String(process.pid), "--watch-stdin"], env, log);
  const uri = `bolt://${LOCAL_NEO4J_HOST}:${options.port}`;
  const pid = child.process.pid;
  if (pid === undefined) throw new LocalNeo4jError(`could not start ${java}`);
  writeRecord(dataDir, options.detached ? { pid } : { pid, owner: process.pid });
  const stop = async (): Promise<void> => {
    await stopProcess(pid, STOP_TIMEOUT_MS);
    removeRecord(dataDir, pid);
  };
  try {
    await waitUntilReady(uri, options.password, child.exited, () => child.lastLines());
  } catch (error) {
    await stop();
    throw error;
  }
  log(`local Neo4j ready at ${uri} (data in ${dataDir})`);
  return { uri, pid, stop, exited: child.exited };
}

/**
 * A launcher whose owner died before it could watch (or one from before it watched) still holds the
 * store and the port: stop it. One that another live process uses, or one from db:start, stays.
 */
async function takeOverDataDir(dataDir: string, log: (line: string) => void): Promise<void> {
  const state = inspectLauncher(dataDir);
  switch (state.kind) {
    case "none":
      return;
    case "detached":
      throw new LocalNeo4jError(
        `the local Neo4j is already running (pid ${state.pid}) on ${dataDir}: npm run db:stop stops it, or set LOCAL_NEO4J_DATA to another directory`,
      );
    case "owned":
      throw new LocalNeo4jError(
        `the local Neo4j on ${dataDir} is in use by process ${state.owner} (Neo4j pid ${state.pid}): stop that process, or set LOCAL_NEO4J_DATA to another directory`,
      );
    case "orphaned":
      await stopProcess(state.pid, STOP_TIMEOUT_MS);
      removeRecord(dataDir, state.pid);
      log(`stopped a local Neo4j left running by an earlier process (pid ${state.pid})`);
  }
}

/** The JVM and launcher arguments for a Neo4j on `port` over `dataDir` (absolute). */
export function launcherArgs(port: number, dataDir: string, memory = DEFAULT_MEMORY): string[] {
  const target = path.join(projectRoot(), "neo4j", "target");
  return [
    `-Xms${memory.heap}`,
    `-Xmx${memory.heap}`,
    "-XX:+UseG1GC",
    // What Neo4j's own launcher passes; without them the page cache falls back to slower I/O paths.
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
    "-cp",
    `${path.join(target, LAUNCHER_JAR)}${path.delimiter}${path.join(target, "lib", "*")}`,
    LAUNCHER_CLASS,
    "--host",
    LOCAL_NEO4J_HOST,
    "--port",
    String(port),
    "--data",
    dataDir,
    "--pagecache",
    memory.pageCache,
    "--tx-timeout",
    LOCAL_NEO4J_TX_TIMEOUT,
  ];
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
  // The launcher reads EOF on this pipe the moment this process ends, however it ends.
  const child = spawn(java, args, { env, stdio: ["pipe", "pipe", "pipe"] });
  child.stdin?.on("error", () => undefined);
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
