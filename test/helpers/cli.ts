import { spawnSync } from "node:child_process";
import path from "node:path";
import { testUri } from "./neo4j";

export const PROJECT_ROOT = path.join(__dirname, "..", "..");

/** spawnSync kills a command still running after this; tests allow for it in their own timeouts. */
export const CLI_TIMEOUT_MS = 120_000;

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a compiled CLI (dist/src/cli/<name>.js) against the test Neo4j, from the project root. */
export function runCli(name: string, args: readonly string[], env: Record<string, string> = {}): CliResult {
  const result = spawnSync(
    process.execPath,
    [path.join(PROJECT_ROOT, "dist", "src", "cli", `${name}.js`), ...args],
    {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
      timeout: CLI_TIMEOUT_MS,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NEO4J_URI: testUri(),
        NEO4J_USER: process.env.NEO4J_TEST_USER ?? "neo4j",
        NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? "",
        NEO4J_DATABASE: process.env.NEO4J_TEST_DATABASE ?? "",
        ...env,
      },
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
