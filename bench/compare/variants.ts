import path from "node:path";
import { freePort } from "../../src/graph/local/port";
import { type Child, startChild, stopChild, waitReady } from "./processes";
import type { Variant } from "./queries";

const PROBE_TIMEOUT_MS = 5000;

const probe = (url: string, init?: RequestInit) => async (): Promise<boolean> =>
  (await fetch(url, { ...init, signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) })).ok;

/** Starts the three servers over `uri`; every child started is pushed onto `children` at once, for the caller to stop. */
export async function startVariants(
  root: string,
  uri: string,
  logDir: string,
  children: Child[],
): Promise<Record<Variant, string>> {
  const env = { NEO4J_URI: uri, LOG_LEVEL: "warn" };
  const dist = path.join(root, "dist");
  const ours = startChild(
    "ours",
    path.join(dist, "src", "index.js"),
    { ...env, NODE_ENV: "production", SEED_ON_START: "false" },
    await freePort(),
    path.join(logDir, "ours.log"),
  );
  children.push(ours);
  const peer = startChild(
    "peer",
    path.join(dist, "bench", "compare", "peer-server.js"),
    env,
    await freePort(),
    path.join(logDir, "peer.log"),
  );
  children.push(peer);
  const raw = startChild(
    "raw",
    path.join(dist, "bench", "compare", "raw-server.js"),
    env,
    await freePort(),
    path.join(logDir, "raw.log"),
  );
  children.push(raw);
  await Promise.all([
    waitReady(ours, probe(`${ours.base}/ready`)),
    waitReady(
      peer,
      probe(`${peer.base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename }" }),
      }),
    ),
    waitReady(raw, probe(`${raw.base}/ready`)),
  ]);
  return { ours: ours.base, peer: peer.base, raw: raw.base };
}

export async function stopVariants(children: readonly Child[]): Promise<void> {
  await Promise.all(children.map(stopChild));
}
