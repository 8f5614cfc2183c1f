import { existsSync } from "node:fs";
import path from "node:path";

/** The folder holding package.json, whether running from src/ (ts-jest) or dist/src/ (node). */
export function projectRoot(start: string = __dirname): string {
  let dir = start;
  while (!existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}
