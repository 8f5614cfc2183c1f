import { DatabaseUnavailableError } from "../model/errors";
import type { Executor } from "./executor";
import { READINESS_READ } from "./cypher/readiness.cypher";

/** Bounds a wedged read; a cold Neo4j's first query alone can take a couple of seconds to plan. */
export const READINESS_TIMEOUT_MS = 5_000;

/** Immediate, without backoff: a refused connection costs a millisecond, so a down Neo4j still answers at once. */
const CONNECTION_ATTEMPTS = 3;

/** Ready means a read succeeds now, not merely that a Bolt connection opens. */
export class ReadinessProbe {
  constructor(
    private readonly executor: Executor,
    private readonly uri: string,
  ) {}

  /** Resolves when the read succeeds; rejects with the reason, naming the database, otherwise. */
  async check(): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.executor.readOnce(READINESS_READ, READINESS_TIMEOUT_MS);
        return;
      } catch (error) {
        // After an outage the pool still holds connections to the old server; each fails once.
        if (error instanceof DatabaseUnavailableError && attempt < CONNECTION_ATTEMPTS) continue;
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`Neo4j at ${this.uri}: ${reason}`, { cause: error });
      }
    }
  }
}
