import { readFileSync } from "node:fs";
import path from "node:path";

/** Where the project keeps the texts its sources cite; a Source's `file` must lie inside it. */
export const SOURCE_TEXTS_DIR = path.join("cypher", "sources");

/**
 * The full text of sources the project holds a copy of, so citations can be checked word for word.
 * A source without a readable copy (its `file` unset or outside SOURCE_TEXTS_DIR) has no text here.
 */
export class SourceTexts {
  private readonly cache = new Map<string, string | null>();

  constructor(private readonly projectRoot: string) {}

  text(file: string | null): string | null {
    if (!file) return null;
    if (!this.cache.has(file)) this.cache.set(file, this.read(file));
    return this.cache.get(file) ?? null;
  }

  private read(file: string): string | null {
    const base = path.join(this.projectRoot, SOURCE_TEXTS_DIR);
    const absolute = path.resolve(this.projectRoot, file);
    if (!absolute.startsWith(`${base}${path.sep}`)) return null;
    try {
      return readFileSync(absolute, "utf8");
    } catch {
      return null;
    }
  }
}
