import "reflect-metadata";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import neo4j, { type Driver } from "neo4j-driver";
import { BulkRepository } from "../../src/graph/bulk.repository";
import { Executor } from "../../src/graph/executor";
import { type LocalNeo4j, startLocalNeo4j } from "../../src/graph/local/local-neo4j";
import { freePort } from "../../src/graph/local/port";
import { projectRoot } from "../../src/project-root";
import { GENERATE_LIMITS } from "../../src/generate/generate-options";
import { ROWS_PER_STATEMENT, seedScripts } from "../../src/generate/seed-scripts";
import { createSeedLoader } from "../../src/ingest/create-seed-loader";
import { readSeedFiles } from "../../src/ingest/seed-files";
import { machineDescription } from "../compare/report";
import { memoryFor } from "../compare/store";
import { type IngestData, ROWS_PER_CHUNK, ingestData } from "./ingest-data";
import {
  type Load,
  VARIANTS,
  type Variant,
  graphFingerprint,
  seedFiles,
  writePlain,
  writeRaw,
  writeWithLoader,
} from "./ingest-load";
import { ingestTable, markdownReport } from "./ingest-report";

const HELP = `npm run bench:ingest [-- --entities N] [--rounds N] [--warmup N] [--seed S] [--tag T]

Writes one generated graph (npm run data:generate's: N entities, about 4 relationships each with their
citations and sources) into one Neo4j three ways, in interleaved rounds, emptying the database before each:
  loader   the graph as seed files (npm run data:generate -- --cypher, UNWIND statements of up to
           ${ROWS_PER_STATEMENT} literal rows) applied by npm run seed's loader: each file one transaction with the
           evidence derivation and the registry's checks, recorded
  plain    the same files through a plain driver session, statement by statement, one transaction per
           file, unvalidated (as cypher-shell applies them), then cypher/derive/evidence.cypher once
  raw      the same rows through the driver as UNWIND $rows statements, with no validation (the limit)
Each writes ${ROWS_PER_CHUNK.toLocaleString("en")} rows per transaction (a seed file holds ${ROWS_PER_CHUNK.toLocaleString("en")} rows: entities, sources and
relationships). Prints entities, relationships and citations per second for each, and the ratios from the
same rounds, and writes the table to bench/results/<date>-ingest-<size>.md. Refuses to report when the
ways leave different graphs.

  --entities N  entities of the generated graph (default 10000; 100000 for the larger run)
  --rounds N    interleaved rounds (default 3)
  --warmup N    unmeasured rounds first, so both ways meet planned statements and a warm Neo4j (default 1)
  --seed S      seed of the generator (default ${GENERATE_LIMITS.SEED_DEFAULT})
  --tag T       name the results file <date>-<tag>-ingest-<size>.md
  --help        this text

Neo4j: NEO4J_URI when set (it is emptied!), else a throwaway local Neo4j on a free port.`;

/** A chunk of the largest size must commit within this on a busy machine. */
const TRANSACTION_TIMEOUT_MS = 900_000;
const DELETE_BATCH = 10_000;

const rotate = <T>(xs: readonly T[], by: number): T[] => xs.map((_, i) => xs[(i + by) % xs.length]!);

const sizeLabel = (entities: number): string =>
  entities >= 1_000_000
    ? `${Number((entities / 1_000_000).toFixed(1))}M`
    : entities >= 1000
      ? `${Math.round(entities / 1000)}k`
      : String(entities);

async function neo4jVersion(driver: Driver): Promise<string> {
  const result = await driver.executeQuery(
    "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS v, edition",
  );
  const row = result.records[0];
  return row ? `${row.get("v")} ${row.get("edition")}` : "unknown";
}

function describe(variant: Variant, data: IngestData, load: Load): string {
  const rate = (n: number, ms: number): string => `${Math.round((n * 1000) / ms).toLocaleString("en")}/s`;
  return (
    `${variant.padEnd(6)} entities ${rate(data.entities, load.entityMs)}, relationships ${rate(data.relationships, load.relationshipMs)}, ` +
    `citations ${rate(data.citations, load.relationshipMs)}; ${(load.relationshipStatements / data.relationships).toFixed(3)} statements per relationship`
  );
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      entities: { type: "string", default: "10000" },
      rounds: { type: "string", default: "3" },
      warmup: { type: "string", default: "1" },
      seed: { type: "string", default: String(GENERATE_LIMITS.SEED_DEFAULT) },
      tag: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const entities = Number(values.entities);
  const rounds = Number(values.rounds);
  const seed = Number(values.seed);
  const warmup = Number(values.warmup);
  if (
    ![entities, rounds, seed, warmup].every(Number.isSafeInteger) ||
    entities < 9 ||
    rounds < 1 ||
    seed < 0 ||
    warmup < 0
  )
    throw new Error(
      `--entities (at least 9), --rounds (at least 1), --warmup and --seed must be integers:\n${HELP}`,
    );
  const workDir = mkdtempSync(path.join(os.tmpdir(), "bench-ingest-"));
  let local: LocalNeo4j | undefined;
  let driver: Driver | undefined;
  try {
    let uri = process.env.NEO4J_URI;
    if (!uri) {
      local = await startLocalNeo4j({
        port: await freePort(),
        dataDir: path.join(workDir, "neo4j"),
        memory: memoryFor(entities),
      });
      uri = local.uri;
    }
    driver = neo4j.driver(
      uri,
      neo4j.auth.basic(process.env.NEO4J_USER ?? "neo4j", process.env.NEO4J_PASSWORD ?? ""),
    );
    const executor = new Executor(driver, { timeoutMs: TRANSACTION_TIMEOUT_MS });
    const bulk = new BulkRepository(executor);
    const version = await neo4jVersion(driver);
    await bulk.applyConstraints();
    await bulk.applyIndexes();
    const data = ingestData(entities, seed);
    console.log(
      `neo4j ${uri} (${version}); graph: ${data.entities.toLocaleString("en")} entities, ${data.relationships.toLocaleString("en")} relationships, ` +
        `${data.citations.toLocaleString("en")} citations of ${data.sources.toLocaleString("en")} sources (seed ${seed})`,
    );
    const filesDir = path.join(workDir, "seed-files");
    mkdirSync(filesDir);
    for (const script of seedScripts(entities, seed, ROWS_PER_CHUNK))
      writeFileSync(path.join(filesDir, script.name), script.content);
    const files = seedFiles(readSeedFiles([filesDir], projectRoot()));
    const deriveFile = path.join(projectRoot(), "cypher", "derive", "evidence.cypher");
    const loader = createSeedLoader(executor, {
      transactionTimeoutMs: TRANSACTION_TIMEOUT_MS,
      lockWaitMs: 10_000,
    });
    const results: Record<Variant, Load>[] = [];
    let expected: string | undefined;
    for (let round = -warmup; round < rounds; round += 1) {
      const entry = {} as Record<Variant, Load>;
      for (const variant of rotate(VARIANTS, Math.abs(round))) {
        await bulk.deleteAll(DELETE_BATCH);
        const load =
          variant === "loader"
            ? await writeWithLoader(loader, files)
            : variant === "plain"
              ? await writePlain(driver, files, deriveFile, TRANSACTION_TIMEOUT_MS)
              : await writeRaw(driver, data);
        const fingerprint = await graphFingerprint(driver);
        if (expected !== undefined && fingerprint !== expected)
          throw new Error(`the ${variant} way left another graph:\n${fingerprint}\nexpected\n${expected}`);
        expected = fingerprint;
        entry[variant] = load;
        console.log(`${round < 0 ? "warm-up" : `round ${round + 1}`} ${describe(variant, data, load)}`);
      }
      if (round >= 0) results.push(entry);
    }
    await bulk.deleteAll(DELETE_BATCH);
    const table = ingestTable(data, results);
    console.log(`\n${machineDescription(version)}\n\n${table}\n`);
    const date = new Date().toISOString().slice(0, 10);
    const outDir = path.join(projectRoot(), "bench", "results");
    mkdirSync(outDir, { recursive: true });
    const file = path.join(
      outDir,
      `${date}-${values.tag ? `${values.tag}-` : ""}ingest-${sizeLabel(entities)}.md`,
    );
    writeFileSync(file, markdownReport(table, { data, rounds, warmup, seed, date, version }));
    console.log(`written: ${path.relative(projectRoot(), file)}`);
    return 0;
  } finally {
    await driver?.close();
    await local?.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench:ingest failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
