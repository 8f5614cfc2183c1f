import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

export interface ProcessEntry {
  readonly ppid: number;
  /** Exited but not yet reaped by its parent: holds no port and no file lock any more. */
  readonly zombie: boolean;
  readonly args: readonly string[];
}

/** What the OS reports for `pid`, or undefined when no such process exists. */
export function processEntry(pid: number): ProcessEntry | undefined {
  return existsSync("/proc/self/stat") ? fromProc(pid) : fromPs(pid);
}

function fromProc(pid: number): ProcessEntry | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name sits in parentheses and may itself hold spaces or parentheses.
    const [state, ppid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
    return { ppid: Number(ppid), zombie: state === "Z", args };
  } catch {
    return undefined;
  }
}

function fromPs(pid: number): ProcessEntry | undefined {
  const result = spawnSync("ps", ["-o", "ppid=,stat=,args=", "-p", String(pid)], { encoding: "utf8" });
  const match = /^\s*(\d+)\s+(\S+)\s*(.*)$/.exec(result.stdout ?? "");
  if (result.status !== 0 || !match) return undefined;
  return { ppid: Number(match[1]), zombie: match[2]!.startsWith("Z"), args: match[3]!.split(" ") };
}

/** Running, not merely present: a zombie counts as ended. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  return processEntry(pid)?.zombie !== true;
}

/** Every ~100 ms until `pid` has ended or `timeoutMs` has passed; true when it ended. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
  return true;
}

/** Short enough to keep a caller's own deadline; the kernel frees a SIGKILLed process at once. */
const AFTER_KILL_WAIT_MS = 5_000;

/** SIGTERM, then SIGKILL if `pid` has not ended within `timeoutMs`; resolves once it has ended. */
export async function stopProcess(pid: number, timeoutMs: number): Promise<void> {
  if (!signal(pid, "SIGTERM")) return;
  if (await waitForExit(pid, timeoutMs)) return;
  signal(pid, "SIGKILL");
  await waitForExit(pid, AFTER_KILL_WAIT_MS);
}

function signal(pid: number, name: NodeJS.Signals): boolean {
  try {
    process.kill(pid, name);
    return true;
  } catch {
    return false;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
