import type { Driver } from "neo4j-driver";
import { EntityRepository } from "../../src/graph/entity.repository";
import { WriteRepository } from "../../src/graph/write.repository";
import { EditorService } from "../../src/services/editor.service";
import { createSeedLoader } from "../../src/services/seed/create-seed-loader";
import { DEFAULT_SEED_PATHS, readSeedFiles } from "../../src/services/seed/seed-files";
import type { SeedLoader, SeedSummary } from "../../src/services/seed/seed-loader";
import { SourceTexts } from "../../src/services/source-texts";
import { PROJECT_ROOT } from "./cli";
import { clearDatabase, testExecutor } from "./neo4j";

/** The loader `npm run seed` uses, on the test database. */
export function testSeedLoader(driver: Driver): SeedLoader {
  const executor = testExecutor(driver);
  const editor = new EditorService(
    new WriteRepository(executor),
    new EntityRepository(executor),
    new SourceTexts(PROJECT_ROOT),
  );
  return createSeedLoader(executor, editor);
}

/** Empties the test database and applies the project's schema and seed, as `npm run seed` does. */
export async function loadSeed(driver: Driver): Promise<SeedSummary> {
  await clearDatabase(driver);
  return testSeedLoader(driver).load(readSeedFiles([...DEFAULT_SEED_PATHS], PROJECT_ROOT));
}
