import { setTimeout as delay } from "node:timers/promises";
import { type LocalNeo4jOptions, startLocalNeo4j } from "./local-neo4j";

/** The first wait before starting again after a failed restart; it doubles up to RESTART_WAIT_MAX_MS. */
export const RESTART_WAIT_MS = 1_000;
export const RESTART_WAIT_MAX_MS = 30_000;

export interface SupervisedNeo4j {
  readonly uri: string;
  /** Stops supervising, then stops the local Neo4j (after a restart under way has ended). */
  stop(): Promise<void>;
}

export interface SupervisionLog {
  readonly info: (line: string) => void;
  readonly warn: (line: string) => void;
}

/**
 * The bundled Neo4j for a running API: when it exits while the API runs (killed, out of memory), it is
 * started again on the same port and data directory, waiting longer after each failed attempt, until
 * the API stops. The driver reconnects by itself; meanwhile requests answer SERVICE_UNAVAILABLE and
 * /ready says so.
 */
export async function superviseLocalNeo4j(
  options: Omit<LocalNeo4jOptions, "detached" | "log">,
  log: SupervisionLog,
): Promise<SupervisedNeo4j> {
  const start = () => startLocalNeo4j({ ...options, log: log.info });
  let current = await start();
  let stopping = false;
  let restarting: Promise<void> | undefined;

  const restart = async (): Promise<void> => {
    let wait = RESTART_WAIT_MS;
    for (let attempt = 1; !stopping; attempt += 1) {
      try {
        current = await start();
        watch();
        log.info(`the local Neo4j is running again (pid ${current.pid})`);
        return;
      } catch (error) {
        log.warn(
          `could not start the local Neo4j again (attempt ${attempt}): ${(error as Error).message}; next try in ${wait / 1000}s`,
        );
        await delay(wait);
        wait = Math.min(2 * wait, RESTART_WAIT_MAX_MS);
      }
    }
  };

  const watch = (): void => {
    const watched = current;
    void watched.exited.then((code) => {
      if (stopping || watched !== current) return;
      log.warn(
        `the local Neo4j (pid ${watched.pid}) exited (code ${code}) while the API ran: starting it again`,
      );
      restarting = restart();
    });
  };
  watch();

  return {
    uri: current.uri,
    stop: async () => {
      stopping = true;
      await restarting;
      await current.stop();
    },
  };
}
