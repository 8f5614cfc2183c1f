import path from "node:path";
import { PROJECT_ROOT } from "./cli";
import { type TrackedProcess, spawnTracked } from "./processes";

/**
 * The launcher's own start-up bound (180 s) plus seeding an empty database on a saturated machine;
 * every test that waits for a start has a timeout above this.
 */
export const API_START_WAIT_MS = 240_000;
/** The API drains, then stops its Neo4j (SIGKILL after 30 s). */
export const API_STOP_WAIT_MS = 45_000;

export interface ApiProcess extends TrackedProcess {
  readonly url: string;
}

/** `npm start` as a user runs it: no NEO4J_URI, so the service starts and stops its own Neo4j. */
export async function startApiProcess(
  boltPort: number,
  dataDir: string,
  env: Readonly<Record<string, string>> = {},
): Promise<ApiProcess> {
  const api = spawnTracked(process.execPath, [path.join(PROJECT_ROOT, "dist", "src", "index.js")], {
    cwd: PROJECT_ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: "0",
      LOCAL_NEO4J_PORT: String(boltPort),
      LOCAL_NEO4J_DATA: dataDir,
      ...env,
    },
  });
  const match = await api.waitFor(/"url":"(http:\/\/localhost:\d+\/graphql)"/, API_START_WAIT_MS);
  return { ...api, url: match[1]! };
}

/** SIGTERM, as a supervisor stops it; resolves with the exit code, rejects past API_STOP_WAIT_MS. */
export async function stopApiProcess(api: TrackedProcess): Promise<number | null> {
  api.child.kill("SIGTERM");
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`still running ${API_STOP_WAIT_MS / 1000}s after SIGTERM:\n${api.output()}`)),
      API_STOP_WAIT_MS,
    );
  });
  try {
    return await Promise.race([api.exited, late]);
  } finally {
    clearTimeout(timer);
  }
}
