import "reflect-metadata";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ConfigError } from "../config";
import { BulkRepository } from "../graph/bulk.repository";
import { LocalNeo4jError } from "../graph/local/local-neo4j-error";
import { isModelError } from "../model/errors";
import {
  GENERATE_LIMITS,
  type GenerateOptions,
  GenerateOptionsError,
  parseGenerateOptions,
} from "../generate/generate-options";
import { ROWS_PER_STATEMENT, seedScripts } from "../generate/seed-scripts";
import { type GenerateSummary, GraphGenerator } from "../generate/graph-generator";
import { progressLine } from "../generate/progress-line";
import { ENTITIES_PER_SOURCE_GROUP } from "../generate/synthetic-evidence";
import { GENERATED_ID_PREFIX, RELATIONSHIPS_PER_ENTITY, SyntheticGraph } from "../generate/synthetic-graph";
import { connect } from "./connect";

const HELP = `Usage: npm run data:generate -- --entities N [--seed S] [--batch B] [--reset --yes] [--json]
       npm run data:generate -- --entities N [--seed S] [--batch B] --cypher <folder>

Writes a synthetic graph of the registry's kinds and relationship types into Neo4j: N entities
(ids ${GENERATED_ID_PREFIX}<kind>-<number>), about ${RELATIONSHIPS_PER_ENTITY} relationships started by each, every relationship with its
required properties, its citations (:Citation nodes, verbatim quotes of synthetic sources at their
offsets; some relationships cited by 2 or 3 sources, some denied, a few by a reference source only)
and their summary. Every ${ENTITIES_PER_SOURCE_GROUP} entities have their own ${GENERATED_ID_PREFIX}report-* and ${GENERATED_ID_PREFIX}reference-* sources, whose
texts are their citations' quotes. Degrees follow a power law: the first entities of each kind
(countries and negotiations above all) are hubs. The same N and seed always give the same graph,
and loading it again changes nothing (everything is merged by id).

Options:
  --entities N   how many entities: ${SyntheticGraph.minimumEntities} (one per kind) to ${GENERATE_LIMITS.ENTITIES_MAX.toLocaleString("en")}
  --seed S       seed of the generator, 0 to ${GENERATE_LIMITS.SEED_MAX} (default ${GENERATE_LIMITS.SEED_DEFAULT})
  --batch B      rows per statement and transaction, ${GENERATE_LIMITS.BATCH_MIN} to ${GENERATE_LIMITS.BATCH_MAX.toLocaleString("en")} (default ${GENERATE_LIMITS.BATCH_DEFAULT.toLocaleString("en")})
  --cypher DIR   write the graph as seed files into DIR instead (B rows per file: entities, sources and
                 relationships, default ${GENERATE_LIMITS.CYPHER_BATCH_DEFAULT.toLocaleString("en")}; UNWIND statements of up to ${ROWS_PER_STATEMENT} rows, sources
                 with their text inline), for npm run seed -- cypher/schema DIR; nothing is read or
                 written in Neo4j
  --reset        delete every node and relationship first (schema is kept); needs --yes
  --yes          confirm --reset
  --json         print the summary as JSON on stdout
  -h, --help     show this help

The registry's uniqueness constraints are applied first, its name, citation and full-text indexes
last (an index populated once is cheaper than one updated row by row); the load ends when they are
online.
One batch is written while the next is generated. Progress goes to stderr.
Connection: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE. When NEO4J_URI is unset, the
local Neo4j (LOCAL_NEO4J_PORT) is used, and started for the load if it is not running.

Exit status: 0 loaded; 1 database error or no connection; 2 bad command line.`;

/** A batch of the largest size must commit within this; Neo4j's own transaction timeout may be shorter. */
const BATCH_TIMEOUT_MS = 120_000;
const PROGRESS_EVERY_MS = 2_000;

class UsageError extends Error {}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        entities: { type: "string" },
        seed: { type: "string" },
        batch: { type: "string" },
        cypher: { type: "string" },
        reset: { type: "boolean", default: false },
        yes: { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message} (see npm run data:generate -- --help)`);
  }
}

/** Progress on stderr: rewritten in place on a terminal, a line every few seconds otherwise. */
function progressReporter(): (line: string, last?: boolean) => void {
  const tty = process.stderr.isTTY;
  let shown = 0;
  return (line, last = false) => {
    const now = Date.now();
    if (!last && now - shown < (tty ? 200 : PROGRESS_EVERY_MS)) return;
    shown = now;
    process.stderr.write(tty ? `\r\x1b[2K${line}${last ? "\n" : ""}` : `${line}\n`);
  };
}

function describe(s: GenerateSummary, seconds: number): string {
  const rate = seconds > 0 ? Math.round((s.entities + s.relationships) / seconds) : 0;
  return (
    `generated ${s.entities.toLocaleString("en")} entities and ${s.relationships.toLocaleString("en")} relationships ` +
    `with ${s.citations.toLocaleString("en")} citations of ${s.sources.toLocaleString("en")} sources (seed ${s.seed}): ` +
    `${s.nodesCreated} nodes created, ${s.relationshipsCreated} relationships created, ${s.propertiesSet} properties set` +
    (s.reset ? `, ${s.nodesDeleted} nodes deleted by --reset` : "") +
    ` (${seconds.toFixed(1)}s, ${rate.toLocaleString("en")} rows/s)`
  );
}

/** The generated graph as seed files in `folder` (created when missing; it must hold no .cypher file). */
function writeSeedFiles(folder: string, options: GenerateOptions, json: boolean): number {
  mkdirSync(folder, { recursive: true });
  if (readdirSync(folder).some((f) => f.endsWith(".cypher")))
    throw new UsageError(`${folder} already holds .cypher files: give an empty folder to --cypher`);
  const started = Date.now();
  const counts = { value: { entities: 0, relationships: 0, citations: 0, sources: 0 } };
  let files = 0;
  for (const script of seedScripts(options.entities, options.seed, options.batchSize, counts)) {
    writeFileSync(path.join(folder, script.name), script.content);
    files += 1;
  }
  const seconds = (Date.now() - started) / 1000;
  const c = counts.value;
  process.stdout.write(
    json
      ? `${JSON.stringify({ ok: true, folder, files, seconds, seed: options.seed, ...c })}\n`
      : `wrote ${files} seed files to ${folder}: ${c.entities.toLocaleString("en")} entities, ` +
          `${c.relationships.toLocaleString("en")} relationships with ${c.citations.toLocaleString("en")} citations ` +
          `of ${c.sources.toLocaleString("en")} sources (seed ${options.seed}, ${seconds.toFixed(1)}s); ` +
          `load them with npm run seed -- cypher/schema ${folder}\n`,
  );
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const values = parse(argv);
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (values.reset && !values.yes)
    throw new UsageError("--reset deletes every node and relationship: add --yes to confirm");
  const options = parseGenerateOptions(values, SyntheticGraph.minimumEntities);
  if (values.cypher !== undefined) {
    if (values.reset)
      throw new UsageError("--reset and --cypher do not go together: --cypher writes files only");
    return writeSeedFiles(values.cypher, options, values.json);
  }
  const { executor, close } = await connect({ timeoutMs: BATCH_TIMEOUT_MS });
  const started = Date.now();
  const report = progressReporter();
  let summary: GenerateSummary;
  try {
    let lastLine = "";
    summary = await new GraphGenerator(new BulkRepository(executor)).generate({
      ...options,
      reset: values.reset,
      onProgress: (p) => report((lastLine = progressLine(p, Date.now() - started))),
    });
    report(lastLine, true);
  } finally {
    await close();
  }
  const seconds = (Date.now() - started) / 1000;
  process.stdout.write(
    values.json
      ? `${JSON.stringify({ ok: true, seconds, ...summary })}\n`
      : `${describe(summary, seconds)}\n`,
  );
  return 0;
}

function exitCode(error: unknown, json: boolean): number {
  const usage = error instanceof UsageError || error instanceof GenerateOptionsError;
  const known =
    usage || error instanceof ConfigError || error instanceof LocalNeo4jError || isModelError(error);
  const raw = error instanceof Error ? error.message : String(error);
  const message = known ? raw : `unexpected error: ${raw}`;
  if (json) process.stdout.write(`${JSON.stringify({ ok: false, errors: [{ message }] })}\n`);
  process.stderr.write(`error: ${message}\n`);
  return usage ? 2 : 1;
}

if (existsSync(".env")) process.loadEnvFile(".env");
const argv = process.argv.slice(2);
main(argv).then(
  (code) => process.exit(code),
  (error: unknown) => process.exit(exitCode(error, argv.includes("--json"))),
);
