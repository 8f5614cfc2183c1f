import neo4j, { type Driver } from "neo4j-driver";
import { DatabaseUnavailableError } from "../model/errors";
import { toModelError } from "./neo4j-errors";

export interface DriverOptions {
  readonly uri: string;
  readonly user?: string;
  readonly password?: string;
  /** Bounds how long a dead or wrong address takes to report. */
  readonly connectionTimeoutMs?: number;
}

export const CONNECTION_TIMEOUT_MS = 5_000;

export function createDriver(options: DriverOptions): Driver {
  // No password: no auth token, as the bundled local Neo4j (loopback only) runs without authentication.
  const auth =
    options.user && options.password ? neo4j.auth.basic(options.user, options.password) : undefined;
  return neo4j.driver(options.uri, auth, {
    connectionTimeout: options.connectionTimeoutMs ?? CONNECTION_TIMEOUT_MS,
    connectionAcquisitionTimeout: options.connectionTimeoutMs ?? CONNECTION_TIMEOUT_MS,
    maxTransactionRetryTime: 5_000,
    userAgent: "conflict-graph-api",
  });
}

/** Resolves when Neo4j answers at `uri`; otherwise throws a DatabaseUnavailableError that says what to do. */
export async function verifyDriver(driver: Driver, uri: string, database?: string): Promise<void> {
  try {
    await driver.verifyConnectivity(database ? { database } : undefined);
  } catch (error) {
    const mapped = toModelError(error);
    if (mapped instanceof DatabaseUnavailableError) {
      throw new DatabaseUnavailableError(`Neo4j at ${uri}: ${mapped.message}`);
    }
    throw mapped;
  }
}
