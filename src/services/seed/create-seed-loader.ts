import type { Executor } from "../../graph/executor";
import { SeedRepository } from "../../graph/seed.repository";
import { WriteRepository } from "../../graph/write.repository";
import { EditorService } from "../editor.service";
import { SeedLoader } from "./seed-loader";

/** A loader that applies data files through the editor: the same rules mutations go through. */
export function createSeedLoader(executor: Executor, editor?: EditorService): SeedLoader {
  return new SeedLoader(
    editor ?? new EditorService(new WriteRepository(executor)),
    EditorService.check,
    new SeedRepository(executor),
  );
}
