import { readFileSync } from "node:fs";
import type { Driver, ManagedTransaction } from "neo4j-driver";
import {
  MERGE_CITATIONS,
  MERGE_ENTITIES,
  MERGE_RELATIONSHIPS,
  MERGE_SOURCES,
} from "../../src/graph/cypher/bulk.cypher";
import type { Statement } from "../../src/graph/statement";
import { cypherStatements } from "../../src/ingest/cypher-statements";
import type { SeedFile } from "../../src/ingest/seed-files";
import type { SeedLoader } from "../../src/ingest/seed-loader";
import type { IngestData } from "./ingest-data";

export const VARIANTS = ["loader", "plain", "raw"] as const;
export type Variant = (typeof VARIANTS)[number];

/** One way of writing the whole graph: wall time of each phase, and statements sent for relationships. */
export interface Load {
  readonly entityMs: number;
  /** Relationships with their sources and citations (and, for seed files, the derivation). */
  readonly relationshipMs: number;
  readonly relationshipStatements: number;
}

/** The generated graph as seed files (npm run data:generate -- --cypher), read as the loader reads them. */
export interface SeedFiles {
  readonly files: readonly SeedFile[];
  /** Files that write entities only: the entity phase. The others write sources and relationships. */
  readonly entityOnly: ReadonlySet<string>;
  /** Statements of the files that write relationships. */
  readonly relationshipStatements: number;
}

/** Whether a generated file writes anything but entities (its sources and relationships). */
const writesRelationships = (content: string): boolean =>
  content.includes("MERGE (s:Source") || content.includes("MATCH (a:Entity");

export function seedFiles(files: readonly SeedFile[]): SeedFiles {
  const relationshipFiles = files.filter((f) => writesRelationships(f.content));
  return {
    files,
    entityOnly: new Set(files.filter((f) => !relationshipFiles.includes(f)).map((f) => f.path)),
    relationshipStatements: relationshipFiles.reduce((n, f) => n + cypherStatements(f.content).length, 0),
  };
}

const since = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

/**
 * The loader's path (npm run seed): each generated file in one transaction with the evidence derivation
 * and the registry's checks, recorded as a SeedFile. Phase times are the loader's own per-file times.
 */
export async function writeWithLoader(loader: SeedLoader, seed: SeedFiles): Promise<Load> {
  let entityMs = 0;
  let relationshipMs = 0;
  const started = process.hrtime.bigint();
  await loader.load(seed.files, {
    onProgress: (p) => {
      if (p.event !== "applied") return;
      if (seed.entityOnly.has(p.file)) entityMs += p.ms;
      else relationshipMs += p.ms;
    },
  });
  // Whatever the loader spends outside its files (lock, records read) goes to the relationship phase.
  relationshipMs = since(started) - entityMs;
  // The derivation and the checks: two statements per file besides the file's own.
  const relationshipFiles = seed.files.length - seed.entityOnly.size;
  return {
    entityMs,
    relationshipMs,
    relationshipStatements: seed.relationshipStatements + 2 * relationshipFiles,
  };
}

/**
 * The same files as cypher-shell applies them: statement by statement through a plain driver session,
 * one transaction per file, unvalidated; then cypher/derive/evidence.cypher once.
 */
export async function writePlain(
  driver: Driver,
  seed: SeedFiles,
  deriveFile: string,
  timeoutMs: number,
): Promise<Load> {
  const session = driver.session();
  const config = { timeout: timeoutMs };
  try {
    let entityMs = 0;
    const started = process.hrtime.bigint();
    for (const file of seed.files) {
      const statements = cypherStatements(file.content);
      const fileStarted = process.hrtime.bigint();
      await session.executeWrite(async (tx) => {
        for (const s of statements) await tx.run(s.text);
      }, config);
      if (seed.entityOnly.has(file.path)) entityMs += since(fileStarted);
    }
    for (const s of cypherStatements(readFileSync(deriveFile, "utf8")))
      await session.executeWrite((tx) => tx.run(s.text), config);
    return {
      entityMs,
      relationshipMs: since(started) - entityMs,
      relationshipStatements: seed.relationshipStatements + 1,
    };
  } finally {
    await session.close();
  }
}

/** The limit: the same rows through the driver as UNWIND statements, one transaction per chunk, no checks. */
export async function writeRaw(driver: Driver, data: IngestData): Promise<Load> {
  const session = driver.session();
  let statements = 0;
  const run = (tx: ManagedTransaction, statement: Statement, rows: readonly unknown[]) => {
    statements += 1;
    return tx.run(statement.text, { rows });
  };
  try {
    const entitiesStarted = process.hrtime.bigint();
    for (const chunk of data.entityChunks) {
      await session.executeWrite(async (tx) => {
        for (const [label, rows] of chunk.rows) await run(tx, MERGE_ENTITIES.get(label)!, rows);
      });
    }
    const entityMs = since(entitiesStarted);
    statements = 0;
    const relationshipsStarted = process.hrtime.bigint();
    for (const chunk of data.relationshipChunks) {
      await session.executeWrite(async (tx) => {
        await run(tx, MERGE_SOURCES, chunk.sources);
        for (const [type, rows] of chunk.relationships) await run(tx, MERGE_RELATIONSHIPS.get(type)!, rows);
        await run(tx, MERGE_CITATIONS, chunk.citations);
      });
    }
    return { entityMs, relationshipMs: since(relationshipsStarted), relationshipStatements: statements };
  } finally {
    await session.close();
  }
}

/** What every way must leave alike: counts, and sums over the evidence summaries and offsets. */
export async function graphFingerprint(driver: Driver): Promise<string> {
  const { records } = await driver.executeQuery(`
CALL () { MATCH (n:Entity) RETURN count(n) AS entities, sum(size(n.aliases)) AS aliases }
CALL () { MATCH (s:Source) RETURN count(s) AS sources, sum(size(s.text)) AS text }
CALL () {
  MATCH (:Entity)-[r]->(:Entity)
  RETURN count(r) AS relationships, sum(r.citationCount) AS cited, sum(r.sourceCount) AS sourced,
         sum(size(r.claimants)) AS claimants, sum(CASE WHEN r.contested THEN 1 ELSE 0 END) AS contested,
         sum(CASE WHEN r.reference THEN 1 ELSE 0 END) AS reference, count(r.writeLock) AS locked
}
CALL () { MATCH (c:Citation) RETURN count(c) AS citations, sum(c.start) AS starts, sum(c.end) AS ends }
RETURN *`);
  const row = records[0]!.toObject();
  return Object.keys(row)
    .sort()
    .map((k) => `${k}=${String(row[k])}`)
    .join(" ");
}
