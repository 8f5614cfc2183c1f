import type { Executor } from "../graph/executor";
import { SeedRepository } from "../graph/seed.repository";
import { SeedLoader, type SeedLoaderOptions } from "./seed-loader";

/** A loader over `executor`, which carries the seed's own transaction timeout (`options.transactionTimeoutMs`). */
export function createSeedLoader(executor: Executor, options: SeedLoaderOptions): SeedLoader {
  return new SeedLoader(new SeedRepository(executor), options);
}
