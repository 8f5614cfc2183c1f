import type { Driver } from "neo4j-driver";
import { createSeedLoader } from "../../src/ingest/create-seed-loader";
import { DEFAULT_SEED_PATHS, readSeedFiles } from "../../src/ingest/seed-files";
import type { SeedLoader, SeedSummary } from "../../src/ingest/seed-loader";
import { PROJECT_ROOT } from "./cli";
import { Executor } from "../../src/graph/executor";
import { SEED_LIMITS } from "../../src/services/limits";
import { clearDatabase, testExecutor } from "./neo4j";

/** A seed file is one transaction; the loader's own default, as `npm run seed` uses. */
const SEED_OPTIONS = {
  transactionTimeoutMs: SEED_LIMITS.TRANSACTION_TIMEOUT_MS,
  // Tests seed one at a time; a wait this long means a test left the lock held.
  lockWaitMs: 60_000,
};

/** Timeout of a hook that loads the seed: longer than the load's own transaction timeout. */
export const SEED_LOAD_TIMEOUT_MS = SEED_LIMITS.TRANSACTION_TIMEOUT_MS + 60_000;

/** The loader `npm run seed` uses, on the test database. */
export function testSeedLoader(driver: Driver, options: Partial<typeof SEED_OPTIONS> = {}): SeedLoader {
  const { transactionTimeoutMs, lockWaitMs } = { ...SEED_OPTIONS, ...options };
  return createSeedLoader(testExecutor(driver, transactionTimeoutMs), { transactionTimeoutMs, lockWaitMs });
}

/** Empties the test database and applies the project's schema and seed, as `npm run seed` does. */
export async function loadSeed(driver: Driver): Promise<SeedSummary> {
  await clearDatabase(driver);
  const executor = new Executor(driver, {
    database: process.env.NEO4J_TEST_DATABASE,
    timeoutMs: SEED_OPTIONS.transactionTimeoutMs,
  });
  return createSeedLoader(executor, SEED_OPTIONS).load(readSeedFiles([...DEFAULT_SEED_PATHS], PROJECT_ROOT));
}
