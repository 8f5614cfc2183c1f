import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

export interface SeedFile {
  /** As recorded and shown: relative to the project root, or as given when outside it. */
  readonly path: string;
  readonly absolute: string;
  readonly content: string;
  /** sha256 of the content, hex. */
  readonly checksum: string;
}

export const DEFAULT_SEED_PATHS = ["cypher/schema", "cypher/seed"] as const;

/** A path that does not exist or holds no .cypher file. */
export class SeedPathError extends Error {}

const isInside = (folder: string, file: string): boolean => {
  const relative = path.relative(folder, file);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
};

/**
 * Files as given; folders expand to their *.cypher files in name order. Paths are shown relative to
 * the project root for files inside it, otherwise as given.
 */
export function readSeedFiles(
  paths: readonly string[],
  projectRoot: string,
  cwd: string = process.cwd(),
): SeedFile[] {
  return paths.flatMap((p) => {
    const absolute = path.resolve(cwd, p);
    if (!existsSync(absolute)) throw new SeedPathError(`${p}: no such file or folder`);
    const folder = statSync(absolute).isDirectory();
    const files = folder
      ? readdirSync(absolute)
          .filter((f) => f.endsWith(".cypher"))
          .sort()
          .map((f) => path.join(absolute, f))
      : [absolute];
    if (files.length === 0) throw new SeedPathError(`${p}: holds no .cypher file`);
    const inProject = isInside(projectRoot, absolute);
    return files.map((f) => {
      const content = readFileSync(f, "utf8");
      return {
        path: inProject ? path.relative(projectRoot, f) : folder ? path.join(p, path.basename(f)) : p,
        absolute: f,
        content,
        checksum: createHash("sha256").update(content).digest("hex"),
      };
    });
  });
}
