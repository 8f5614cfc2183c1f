import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { isProcessAlive, processEntry } from "./process-table";

/** `<data>.pid`, beside the data directory: which launcher runs on it, and for which process. */
export interface LauncherRecord {
  readonly pid: number;
  /** The process that started it attached and that it watches; absent when started detached. */
  readonly owner?: number;
}

export type LauncherState =
  | { readonly kind: "none" }
  | { readonly kind: "detached"; readonly pid: number }
  | { readonly kind: "owned"; readonly pid: number; readonly owner: number }
  | { readonly kind: "orphaned"; readonly pid: number };

export const LAUNCHER_CLASS = "com.conflictgraph.neo4j.LocalNeo4j";

export function recordFile(dataDir: string): string {
  return `${dataDir}.pid`;
}

export function writeRecord(dataDir: string, record: LauncherRecord): void {
  // Written whole then renamed, so a reader never sees half a record.
  const file = recordFile(dataDir);
  writeFileSync(`${file}.tmp`, `${JSON.stringify(record)}\n`);
  renameSync(`${file}.tmp`, file);
}

/** Removes the record only while it still names `pid`: a newer launcher's record stays. */
export function removeRecord(dataDir: string, pid: number): void {
  if (readRecord(dataDir)?.pid === pid) rmSync(recordFile(dataDir), { force: true });
}

export function readRecord(dataDir: string): LauncherRecord | undefined {
  let text: string;
  try {
    text = readFileSync(recordFile(dataDir), "utf8").trim();
  } catch {
    return undefined;
  }
  // Earlier versions of db:start wrote the bare pid.
  if (/^\d+$/.test(text)) return { pid: Number(text) };
  try {
    const parsed = JSON.parse(text) as { pid?: unknown; owner?: unknown };
    if (!isPid(parsed.pid)) return undefined;
    return isPid(parsed.owner) ? { pid: parsed.pid, owner: parsed.owner } : { pid: parsed.pid };
  } catch {
    return undefined;
  }
}

/**
 * Reads the record and checks it against the process table. Owned means the owner is alive and is
 * still the launcher's parent; a recycled pid of either process therefore never passes for ours.
 */
export function inspectLauncher(dataDir: string): LauncherState {
  const record = readRecord(dataDir);
  if (!record) return { kind: "none" };
  const entry = processEntry(record.pid);
  if (!entry || entry.zombie || !isLauncherFor(entry.args, dataDir)) return { kind: "none" };
  if (record.owner === undefined) return { kind: "detached", pid: record.pid };
  if (entry.ppid === record.owner && isProcessAlive(record.owner)) {
    return { kind: "owned", pid: record.pid, owner: record.owner };
  }
  return { kind: "orphaned", pid: record.pid };
}

function isLauncherFor(args: readonly string[], dataDir: string): boolean {
  const data = args.indexOf("--data");
  return args.includes(LAUNCHER_CLASS) && data >= 0 && args[data + 1] === dataDir;
}

function isPid(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value > 0;
}
