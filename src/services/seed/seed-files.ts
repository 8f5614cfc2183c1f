import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

export interface SeedFile {
  /** As shown in messages: relative to the working directory when possible. */
  readonly path: string;
  readonly content: string;
}

export const DEFAULT_SEED_PATHS = ["cypher/schema", "cypher/seed"] as const;

/** A path that does not exist or holds no .cypher file. */
export class SeedPathError extends Error {}

/** Files as given; folders expand to their *.cypher files in name order. */
export function readSeedFiles(paths: readonly string[], cwd: string = process.cwd()): SeedFile[] {
  return paths.flatMap((p) => {
    const absolute = path.resolve(cwd, p);
    if (!existsSync(absolute)) throw new SeedPathError(`${p}: no such file or folder`);
    const files = statSync(absolute).isDirectory()
      ? readdirSync(absolute)
          .filter((f) => f.endsWith(".cypher"))
          .sort()
          .map((f) => path.join(absolute, f))
      : [absolute];
    if (files.length === 0) throw new SeedPathError(`${p}: holds no .cypher file`);
    return files.map((f) => ({ path: path.relative(cwd, f) || f, content: readFileSync(f, "utf8") }));
  });
}
