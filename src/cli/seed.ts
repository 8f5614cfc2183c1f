import "reflect-metadata";
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { ConfigError } from "../config";
import { LocalNeo4jError } from "../graph/local/local-neo4j-error";
import { SeedRepository } from "../graph/seed.repository";
import { isModelError } from "../model/errors";
import { DEFAULT_SEED_PATHS, SeedPathError, readSeedFiles } from "../services/seed/seed-files";
import { SeedError, SeedLoader, type SeedSummary, validateSeedFiles } from "../services/seed/seed-loader";
import { connect } from "./connect";

const HELP = `Usage: npm run seed -- [options] [files or folders...]

Validates Cypher seed files against the model registry, then loads them into Neo4j.
Default paths: ${DEFAULT_SEED_PATHS.join(" then ")}. Folders load their *.cypher files in name order.

  Schema files (constraints, indexes) run statement by statement; they are idempotent.
  Each data file runs in one transaction: if any statement fails, nothing of that file is written.
  Every file is validated before anything is written: a label or relationship type the registry
  does not know, an edge between kinds it does not allow, or a relationship without citations
  is reported as file:line and nothing is loaded.

Options:
  --dry-run    validate only; do not connect or write
  --reset      delete every node and relationship first (schema is kept); needs --yes
  --yes        confirm --reset
  --json       print the summary (or the errors) as JSON on stdout
  -h, --help   show this help

Connection: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE. When NEO4J_URI is unset, the
local Neo4j (LOCAL_NEO4J_PORT) is used, and started for the load if it is not running.

Exit status: 0 loaded (or valid, with --dry-run); 1 invalid file, database error or no connection;
2 bad command line.`;

class UsageError extends Error {}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        "dry-run": { type: "boolean", default: false },
        reset: { type: "boolean", default: false },
        yes: { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message} (see npm run seed -- --help)`);
  }
}

function describe(summary: SeedSummary, seconds: number): string {
  const verb = summary.dryRun ? "validated" : "loaded";
  const lines = summary.perFile.map(
    (f) =>
      `  ${f.file}: ${f.statements} statements` +
      (summary.dryRun
        ? ""
        : `, +${f.nodesCreated} nodes, +${f.relationshipsCreated} relationships, ${f.propertiesSet} properties set`),
  );
  const totals = summary.dryRun
    ? ""
    : `: ${summary.nodesCreated} nodes created, ${summary.relationshipsCreated} relationships created, ` +
      `${summary.propertiesSet} properties set, ${summary.constraintsAdded} constraints and ${summary.indexesAdded} indexes added` +
      (summary.reset ? `, ${summary.nodesDeleted} nodes deleted by --reset` : "");
  return [
    ...lines,
    `${verb} ${summary.files} files, ${summary.statements} statements${totals} (${seconds.toFixed(1)}s)`,
  ].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (values.reset && !values.yes)
    throw new UsageError("--reset deletes every node and relationship: add --yes to confirm");
  const files = readSeedFiles(positionals.length > 0 ? positionals : [...DEFAULT_SEED_PATHS]);
  const started = Date.now();
  let summary: SeedSummary;
  if (values["dry-run"]) {
    summary = validateSeedFiles(files);
  } else {
    const { executor, close } = await connect();
    try {
      summary = await new SeedLoader(new SeedRepository(executor)).load(files, { reset: values.reset });
    } finally {
      await close();
    }
  }
  const seconds = (Date.now() - started) / 1000;
  process.stdout.write(
    values.json ? `${JSON.stringify({ ok: true, ...summary })}\n` : `${describe(summary, seconds)}\n`,
  );
  return 0;
}

function report(error: unknown, json: boolean): number {
  const known =
    error instanceof SeedError ||
    error instanceof SeedPathError ||
    error instanceof UsageError ||
    error instanceof ConfigError ||
    error instanceof LocalNeo4jError ||
    isModelError(error);
  const message = error instanceof Error ? error.message : String(error);
  if (json) {
    const errors =
      error instanceof SeedError
        ? error.problems
        : [{ message: known ? message : `unexpected error: ${message}` }];
    process.stdout.write(`${JSON.stringify({ ok: false, errors })}\n`);
  }
  process.stderr.write(`error: ${known ? message : `unexpected error: ${message}`}\n`);
  return error instanceof UsageError ? 2 : 1;
}

if (existsSync(".env")) process.loadEnvFile(".env");
const argv = process.argv.slice(2);
main(argv).then(
  (code) => process.exit(code),
  (error: unknown) => process.exit(report(error, argv.includes("--json"))),
);
