import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { LocalNeo4jMemory } from "../../src/graph/local/local-neo4j";

/** What a kept store holds, written beside it once a load has finished. */
interface StoreMark {
  readonly entities: number;
  readonly seed: number;
}

const markFile = (storeDir: string): string => path.join(storeDir, "bench-compare-graph.json");

/**
 * True when `storeDir` holds the generated graph of these entities and seed, loaded to the end; false
 * when it holds none (an interrupted load resumes: every row is merged). Another graph is an error.
 */
export function holdsGraph(storeDir: string, entities: number, seed: number): boolean {
  if (!existsSync(markFile(storeDir))) return false;
  const mark = JSON.parse(readFileSync(markFile(storeDir), "utf8")) as StoreMark;
  if (mark.entities === entities && mark.seed === seed) return true;
  throw new Error(
    `--store ${storeDir} holds ${mark.entities} entities (seed ${mark.seed}), not ${entities} (seed ${seed}): use another directory or delete it`,
  );
}

export function markGraph(storeDir: string, entities: number, seed: number): void {
  const mark: StoreMark = { entities, seed };
  writeFileSync(markFile(storeDir), `${JSON.stringify(mark)}\n`);
}

/** Heap and page cache for a graph of `entities`: the defaults fit 10k; a million needs its store cached. */
export function memoryFor(entities: number): LocalNeo4jMemory | undefined {
  if (entities >= 500_000) return { heap: "2g", pageCache: "4g" };
  if (entities >= 50_000) return { heap: "1g", pageCache: "1g" };
  return undefined;
}
