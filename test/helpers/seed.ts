import type { Driver } from "neo4j-driver";
import { SeedRepository } from "../../src/graph/seed.repository";
import { DEFAULT_SEED_PATHS, readSeedFiles } from "../../src/services/seed/seed-files";
import { SeedLoader, type SeedSummary } from "../../src/services/seed/seed-loader";
import { PROJECT_ROOT } from "./cli";
import { clearDatabase, testExecutor } from "./neo4j";

/** Empties the test database and loads the project's schema and seed, as `npm run seed` does. */
export async function loadSeed(driver: Driver): Promise<SeedSummary> {
  await clearDatabase(driver);
  const loader = new SeedLoader(new SeedRepository(testExecutor(driver)));
  return loader.load(readSeedFiles([...DEFAULT_SEED_PATHS], PROJECT_ROOT));
}
