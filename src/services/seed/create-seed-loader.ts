import type { Executor } from "../../graph/executor";
import { SeedRepository } from "../../graph/seed.repository";
import { EditorService } from "../editor.service";
import { seedEditorOf } from "./seed-editor";
import { SeedLoader } from "./seed-loader";

/** A loader that applies data files through `editor`, the same rules mutations go through. */
export function createSeedLoader(executor: Executor, editor: EditorService): SeedLoader {
  const { editor: seedEditor, check } = seedEditorOf(editor, EditorService);
  return new SeedLoader(seedEditor, check, new SeedRepository(executor));
}

/** The static checks alone, for --dry-run: no database involved. */
export function seedCheck(): ReturnType<typeof seedEditorOf>["check"] {
  return seedEditorOf({}, EditorService).check;
}
