import type { Driver } from "neo4j-driver";
import { createSeedLoader } from "../../src/services/seed/create-seed-loader";
import { DEFAULT_SEED_PATHS, readSeedFiles } from "../../src/services/seed/seed-files";
import type { SeedLoader, SeedSummary } from "../../src/services/seed/seed-loader";
import { PROJECT_ROOT } from "./cli";
import { clearDatabase, testExecutor } from "./neo4j";

/** The loader `npm run seed` uses, on the test database. */
export function testSeedLoader(driver: Driver): SeedLoader {
  return createSeedLoader(testExecutor(driver));
}

/** Empties the test database and applies the project's schema and seed, as `npm run seed` does. */
export async function loadSeed(driver: Driver): Promise<SeedSummary> {
  await clearDatabase(driver);
  return testSeedLoader(driver).load(readSeedFiles([...DEFAULT_SEED_PATHS], PROJECT_ROOT));
}
