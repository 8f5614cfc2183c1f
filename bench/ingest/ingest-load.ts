import type { Driver, ManagedTransaction } from "neo4j-driver";
import {
  MERGE_CITATIONS,
  MERGE_ENTITIES,
  MERGE_RELATIONSHIPS,
  MERGE_SOURCES,
} from "../../src/graph/cypher/bulk.cypher";
import type { Executor } from "../../src/graph/executor";
import type { Statement } from "../../src/graph/statement";
import type { EditorService } from "../../src/services/editor.service";
import type { IngestData } from "./ingest-data";

export const VARIANTS = ["service", "raw"] as const;
export type Variant = (typeof VARIANTS)[number];

/** One way of writing the whole graph: wall time of each phase, and statements sent for relationships. */
export interface Load {
  readonly entityMs: number;
  /** Relationships with their sources and citations. */
  readonly relationshipMs: number;
  readonly relationshipStatements: number;
}

const since = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

/** The service's path: EditorService.apply, one transaction per chunk, as a seed file is applied. */
export async function writeWithService(
  editor: EditorService,
  executor: Executor,
  data: IngestData,
): Promise<Load> {
  const entitiesStarted = process.hrtime.bigint();
  for (const [i, chunk] of data.entityChunks.entries()) await editor.apply(`entities-${i}`, chunk.commands);
  const entityMs = since(entitiesStarted);
  const statementsBefore = executor.statementsRun;
  const relationshipsStarted = process.hrtime.bigint();
  for (const [i, chunk] of data.relationshipChunks.entries())
    await editor.apply(`relationships-${i}`, chunk.commands);
  return {
    entityMs,
    relationshipMs: since(relationshipsStarted),
    relationshipStatements: executor.statementsRun - statementsBefore,
  };
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

/** What both ways must leave alike: counts, and sums over the evidence summaries and offsets. */
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
