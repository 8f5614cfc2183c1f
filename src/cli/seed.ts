import "reflect-metadata";
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config";
import { LocalNeo4jError } from "../graph/local/local-neo4j-error";
import { isModelError } from "../model/errors";
import { projectRoot } from "../project-root";
import { createSeedLoader } from "../ingest/create-seed-loader";
import { DEFAULT_SEED_PATHS, SeedPathError, readSeedFiles } from "../ingest/seed-files";
import {
  type SeedFileStatus,
  type SeedProgress,
  type SeedSummary,
  SeedLockTimeoutError,
} from "../ingest/seed-loader";
import { SeedError } from "../ingest/seed-error";
import { connect } from "./connect";

const HELP = `Usage: npm run seed -- [options] [files or folders...]

Applies seed files to Neo4j: those not applied yet and those changed since (sha256 of the content);
the rest are skipped, so a rerun writes nothing. Each applied file is recorded as a (:SeedFile {path,
checksum, appliedAt}) node. Default paths: ${DEFAULT_SEED_PATHS.join(" then ")}. Folders give their
*.cypher files in name order.

Seed files are Cypher, run as written (docs/seed-files.md shows the statements a report needs).
Each data file runs in one transaction with its record; after its statements, the evidence summaries
are derived (cypher/derive/evidence.cypher) and the graph is checked against the registry: labels,
relationship types and endpoints, required properties and allowed values, citations whose quotes
are their source's text at their offsets. A file that breaks a rule, or a statement Neo4j refuses,
is reported as file:line and nothing of that file is written. Schema files (CREATE CONSTRAINT /
INDEX) run statement by statement and are recorded after they ran.

Options:
  --status     list each file as applied (when), pending or changed; writes nothing
  --dry-run    apply the pending and changed data files in one transaction, check them, and roll it
               back: nothing is written
  --reset      delete every node and relationship first, records of applied files too; needs --yes
  --yes        confirm --reset
  --json       print the summary (or the errors) as JSON on stdout
  -h, --help   show this help

Connection: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE. When NEO4J_URI is unset, the
local Neo4j (LOCAL_NEO4J_PORT) is used, and started for the load if it is not running.

Exit status: 0 applied (or checked, with --dry-run; or listed, with --status); 1 invalid file,
database error or no connection; 2 bad command line.`;

class UsageError extends Error {}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        status: { type: "boolean", default: false },
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
  const lines = summary.perFile.map((f) => {
    if (f.outcome === "unchanged") return `  ${f.file}: unchanged since applied, skipped`;
    const c = f.counts;
    const wrote = c
      ? `: ${c.nodesCreated} nodes and ${c.relationshipsCreated} relationships created, ${c.propertiesSet} properties set, ` +
        `${c.nodesDeleted} nodes and ${c.relationshipsDeleted} relationships deleted`
      : "";
    return `  ${f.file}: ${f.outcome}, ${f.statements} statements${wrote}`;
  });
  const total = summary.dryRun
    ? `checked ${summary.files} files, ${summary.statements} statements; nothing written`
    : `applied ${summary.applied} of ${summary.files} files, ${summary.unchanged} unchanged and skipped` +
      (summary.reset ? ", after --reset deleted everything" : "");
  return [...lines, `${total} (${seconds.toFixed(1)}s)`].join("\n");
}

function progressLine(p: SeedProgress): string {
  switch (p.event) {
    case "waiting":
      return `another process is seeding this database: waiting for it (up to ${p.waitMs / 1000}s, SEED_LOCK_WAIT_MS)\n`;
    case "applying":
      return `applying ${p.file} (${p.statements} statements)\n`;
    case "statements":
      return (
        `  ${p.file}: ${p.done} of ${p.total} statements, ${p.perSecond.toFixed(0)}/s, ` +
        `about ${Math.ceil(p.etaMs / 1000)}s left\n`
      );
    case "wroteNothing":
      return `warning: ${p.file}:${p.line}: the statement wrote nothing (does its MATCH find what it names?): ${p.statement}\n`;
    case "checking":
      return `  ${p.file}: deriving evidence and checking the graph\n`;
    case "applied":
      return `applied ${p.file} in ${(p.ms / 1000).toFixed(1)}s\n`;
    case "unchanged":
      return "";
    case "restored":
      return `${p.file}: unchanged, but constraints or indexes it creates were missing: created them again\n`;
  }
}

function describeStatus(statuses: readonly SeedFileStatus[]): string {
  const lines = statuses.map((s) =>
    s.state === "applied"
      ? `  ${s.file}: applied ${s.appliedAt}`
      : s.state === "changed"
        ? `  ${s.file}: changed since applied ${s.appliedAt}`
        : `  ${s.file}: pending`,
  );
  const count = (state: string): number => statuses.filter((s) => s.state === state).length;
  return [
    ...lines,
    `${count("applied")} applied, ${count("pending")} pending, ${count("changed")} changed`,
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
  const exclusive = (["status", "dry-run", "reset"] as const).filter((o) => values[o]);
  if (exclusive.length > 1) throw new UsageError(`--${exclusive.join(" and --")} do not go together`);
  const root = projectRoot();
  const files = readSeedFiles(positionals.length > 0 ? positionals : [...DEFAULT_SEED_PATHS], root);
  const started = Date.now();
  const config = loadConfig();
  const { executor, close } = await connect({ timeoutMs: config.seed.transactionTimeoutMs });
  try {
    const loader = createSeedLoader(executor, config.seed);
    if (values.status) {
      const statuses = await loader.status(files);
      process.stdout.write(
        values.json ? `${JSON.stringify({ ok: true, files: statuses })}\n` : `${describeStatus(statuses)}\n`,
      );
      return 0;
    }
    const summary = await loader.load(files, {
      reset: values.reset,
      dryRun: values["dry-run"],
      onProgress: (p) => process.stderr.write(progressLine(p)),
    });
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(
      values.json ? `${JSON.stringify({ ok: true, ...summary })}\n` : `${describe(summary, seconds)}\n`,
    );
    return 0;
  } finally {
    await close();
  }
}

function report(error: unknown, json: boolean): number {
  const known =
    error instanceof SeedError ||
    error instanceof SeedPathError ||
    error instanceof SeedLockTimeoutError ||
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
