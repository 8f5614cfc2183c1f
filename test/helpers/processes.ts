import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { isProcessAlive, sleep, waitForExit } from "../../src/graph/local/process-table";

/** Between SIGTERM and SIGKILL for what a test leaves behind; a clean Neo4j stop takes a few seconds. */
export const KILL_GRACE_MS = 10_000;
/** How long afterEach may take: the grace, then SIGKILL and the kernel's cleanup. */
export const CLEANUP_TIMEOUT_MS = KILL_GRACE_MS + 10_000;

export interface TrackedProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  /** Resolves with the exit code (null after a signal) when the process ends. */
  readonly exited: Promise<number | null>;
  /** stdout and stderr so far, interleaved. */
  output(): string;
  /** The first match of `pattern` in the output; rejects on exit or after `timeoutMs`. */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray>;
}

/** Roots killed with their descendants: per test, or per file for those started outside a test. */
const perTest = new Set<number>();
const perFile = new Set<number>();

function scope(): Set<number> {
  return expect.getState().currentTestName === undefined ? perFile : perTest;
}

/** Spawns a process that is killed, with everything it started, when the current test (or file) ends. */
export function spawnTracked(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): TrackedProcess {
  const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  scope().add(child.pid);
  let output = "";
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer): void => {
    output += chunk.toString("utf8");
    for (const listener of listeners) listener();
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  const exited = new Promise<number | null>((resolve) => {
    child.once("exit", (code) => resolve(code));
    child.once("error", () => resolve(-1));
  });
  const waitFor = (pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray> =>
    new Promise((resolve, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      const check = (): void => {
        const match = pattern.exec(output);
        if (match) {
          done();
          resolve(match);
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`no ${pattern} within ${timeoutMs / 1000}s; output:\n${output}`));
      }, timeoutMs);
      listeners.add(check);
      void exited.then((code) => {
        if (!listeners.has(check)) return;
        done();
        reject(new Error(`exited (${code}) before ${pattern}; output:\n${output}`));
      });
      check();
    });
  return { child, pid: child.pid, exited, output: () => output, waitFor };
}

/** Also kill `pid` (and its descendants) when the test ends: for processes that left the tree. */
export function trackPid(pid: number): void {
  scope().add(pid);
}

function descendantsOf(roots: Iterable<number>): number[] {
  const table = spawnSync("ps", ["-A", "-o", "pid=,ppid="], { encoding: "utf8" }).stdout ?? "";
  const children = new Map<number, number[]>();
  for (const line of table.trim().split("\n")) {
    const [pid, ppid] = line.trim().split(/\s+/).map(Number);
    if (pid === undefined || ppid === undefined) continue;
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  const all = new Set<number>();
  const queue = [...roots];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    if (all.has(pid)) continue;
    all.add(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return [...all];
}

function signal(pids: readonly number[], name: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, name);
    } catch {
      // Already gone.
    }
  }
}

/** SIGTERM to every tracked process and its descendants, SIGKILL to those left after the grace. */
async function killTree(roots: Set<number>, graceMs: number): Promise<void> {
  // The tree is read before any signal, while descendants still have their parents.
  const pids = descendantsOf(roots).filter(isProcessAlive);
  roots.clear();
  if (pids.length === 0) return;
  signal(pids, "SIGTERM");
  const deadline = Date.now() + graceMs;
  while (pids.some(isProcessAlive) && Date.now() < deadline) await sleep(100);
  const left = pids.filter(isProcessAlive);
  signal(left, "SIGKILL");
  await Promise.all(left.map((pid) => waitForExit(pid, 5_000)));
}

export function killTestProcesses(graceMs = KILL_GRACE_MS): Promise<void> {
  return killTree(perTest, graceMs);
}

export function killFileProcesses(graceMs = KILL_GRACE_MS): Promise<void> {
  return killTree(perFile, graceMs);
}
