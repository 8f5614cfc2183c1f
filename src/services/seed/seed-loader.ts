import { DatabaseUnavailableError } from "../../model/errors";
import type { WriteCounters } from "../../graph/executor";
import {
  type SeedRepository,
  StatementFailure,
  ZERO_COUNTERS,
  addCounters,
} from "../../graph/seed.repository";
import { type ScriptStatement, UnterminatedError, splitCypherScript } from "./cypher-script";
import type { SeedFile } from "./seed-files";
import { isSchemaStatement, validateStatement } from "./seed-validator";

export interface SeedFileSummary extends WriteCounters {
  readonly file: string;
  readonly kind: "schema" | "data";
  readonly statements: number;
}

export interface SeedSummary extends WriteCounters {
  readonly files: number;
  readonly statements: number;
  readonly dryRun: boolean;
  readonly reset: boolean;
  readonly perFile: readonly SeedFileSummary[];
}

export interface SeedProblemAt {
  readonly file: string;
  readonly line: number;
  readonly message: string;
  /** First line of the statement, when one is involved. */
  readonly statement?: string;
}

/** Seed files failed validation or loading; each problem names file:line. Nothing of a failing file was written. */
export class SeedError extends Error {
  constructor(readonly problems: readonly SeedProblemAt[]) {
    super(
      problems
        .map((p) => `${p.file}:${p.line}: ${p.message}${p.statement ? `\n  statement: ${p.statement}` : ""}`)
        .join("\n"),
    );
  }
}

interface PlannedFile {
  readonly file: SeedFile;
  readonly kind: "schema" | "data";
  readonly statements: readonly ScriptStatement[];
}

export interface LoadOptions {
  readonly dryRun?: boolean;
  /** Delete every node and relationship first. */
  readonly reset?: boolean;
}

const firstLine = (s: ScriptStatement): string => s.text.split("\n")[0]!.trim();

/** Neo4j reports positions within the statement: "(line 3, column 5 (offset: 40))". */
function lineInFile(statement: ScriptStatement, message: string): number {
  const match = /line (\d+), column \d+/.exec(message);
  return match ? statement.line + Number(match[1]) - 1 : statement.line;
}

/** Parses and checks every file against the registry; throws SeedError listing every problem. */
export function planSeedFiles(files: readonly SeedFile[]): PlannedFile[] {
  const problems: SeedProblemAt[] = [];
  const planned = files.map((file): PlannedFile => {
    let statements: ScriptStatement[] = [];
    try {
      statements = splitCypherScript(file.content);
    } catch (error) {
      if (!(error instanceof UnterminatedError)) throw error;
      problems.push({ file: file.path, line: error.line, message: error.message });
    }
    for (const s of statements) {
      for (const p of validateStatement(s)) {
        problems.push({ file: file.path, line: p.line, message: p.message, statement: firstLine(s) });
      }
    }
    const schema = statements.filter(isSchemaStatement).length;
    if (schema > 0 && schema < statements.length) {
      problems.push({
        file: file.path,
        line: statements.find((s) => !isSchemaStatement(s))?.line ?? 1,
        message: "a file holds either schema commands (constraints, indexes) or data statements, not both",
      });
    }
    return { file, kind: schema > 0 ? "schema" : "data", statements };
  });
  if (problems.length > 0) throw new SeedError(problems);
  return planned;
}

/** What --dry-run reports: every file valid, nothing written. */
export function validateSeedFiles(files: readonly SeedFile[]): SeedSummary {
  const planned = planSeedFiles(files);
  return summarize(
    planned.map((p) => ({ plan: p, counters: ZERO_COUNTERS })),
    { dryRun: true },
  );
}

function summarize(
  results: readonly { plan: PlannedFile; counters: WriteCounters }[],
  options: LoadOptions,
  extra: WriteCounters = ZERO_COUNTERS,
): SeedSummary {
  const total = results.reduce((sum, r) => addCounters(sum, r.counters), extra);
  return {
    files: results.length,
    statements: results.reduce((n, r) => n + r.plan.statements.length, 0),
    dryRun: options.dryRun ?? false,
    reset: options.reset ?? false,
    perFile: results.map((r) => ({
      file: r.plan.file.path,
      kind: r.plan.kind,
      statements: r.plan.statements.length,
      ...r.counters,
    })),
    ...total,
  };
}

export class SeedLoader {
  constructor(private readonly repository: SeedRepository) {}

  /** Validates all files, then runs them in order: schema files statement by statement, data files each in one transaction. */
  async load(files: readonly SeedFile[], options: LoadOptions = {}): Promise<SeedSummary> {
    if (options.dryRun) return validateSeedFiles(files);
    const planned = planSeedFiles(files);
    const deleted = options.reset ? await this.repository.deleteAll() : ZERO_COUNTERS;
    const results: { plan: PlannedFile; counters: WriteCounters }[] = [];
    for (const plan of planned) results.push({ plan, counters: await this.run(plan) });
    return summarize(results, options, deleted);
  }

  /** Loads the default files when the database holds no node at all; otherwise changes nothing. */
  async loadIfEmpty(files: () => readonly SeedFile[]): Promise<SeedSummary | undefined> {
    if ((await this.repository.nodeCount()) > 0) return undefined;
    return this.load(files());
  }

  private async run(plan: PlannedFile): Promise<WriteCounters> {
    const checked = plan.statements.map((s) => ({ name: `${plan.file.path}:${s.line}`, text: s.text }));
    try {
      return plan.kind === "schema"
        ? await this.repository.runSchema(checked)
        : await this.repository.runInOneTransaction(plan.file.path, checked);
    } catch (error) {
      if (!(error instanceof StatementFailure)) throw error;
      if (error.cause instanceof DatabaseUnavailableError) throw error.cause;
      const s = plan.statements[error.index]!;
      throw new SeedError([
        {
          file: plan.file.path,
          line: lineInFile(s, error.cause.message),
          message: error.cause.message,
          statement: firstLine(s),
        },
      ]);
    }
  }
}
