import { type ChildProcess, spawn } from "node:child_process";
import { openSync } from "node:fs";

const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 15_000;

export interface Child {
  readonly name: string;
  readonly process: ChildProcess;
  readonly base: string;
  readonly log: string;
}

/** Starts `node script` with `env`, its output in `log`; the caller stops it with stopChild. */
export function startChild(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  port: number,
  log: string,
): Child {
  const out = openSync(log, "a");
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", out, out],
  });
  return { name, process: child, base: `http://127.0.0.1:${port}`, log };
}

/** Waits until `probe` answers, failing early when the child exits and at READY_TIMEOUT_MS. */
export async function waitReady(child: Child, probe: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.process.exitCode !== null)
      throw new Error(
        `${child.name} exited with ${child.process.exitCode} while starting (log: ${child.log})`,
      );
    if (await probe().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${child.name} was not ready within ${READY_TIMEOUT_MS / 1000} s (log: ${child.log})`);
}

export async function stopChild(child: Child): Promise<void> {
  const p = child.process;
  if (p.exitCode !== null || p.signalCode !== null) return;
  const exited = new Promise((resolve) => p.once("exit", resolve));
  p.kill("SIGTERM");
  const timer = setTimeout(() => p.kill("SIGKILL"), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

/** Runs `node script args` to completion within `timeoutMs`, output inherited; rejects on a non-zero exit. */
export async function runToCompletion(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<void> {
  const child = spawn(process.execPath, [script, ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once("error", reject);
      child.once("exit", (c) => resolve(c));
    });
    if (code !== 0)
      throw new Error(`${script} ${args.join(" ")} exited with ${code ?? "a signal (time limit?)"}`);
  } finally {
    clearTimeout(timer);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }
}
