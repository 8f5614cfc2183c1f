import type { Executor } from "../graph/executor";
import { SeedRepository } from "../graph/seed.repository";
import { WriteRepository } from "../graph/write.repository";
import { EditorService } from "../services/editor.service";
import { SeedLoader, type SeedLoaderOptions } from "./seed-loader";

/**
 * A loader that applies data files through the editor: the same rules mutations go through. `executor`
 * carries the seed's own transaction timeout (`options.transactionTimeoutMs`).
 */
export function createSeedLoader(executor: Executor, options: SeedLoaderOptions): SeedLoader {
  return new SeedLoader(
    new EditorService(new WriteRepository(executor)),
    EditorService.check,
    new SeedRepository(executor),
    options,
  );
}
