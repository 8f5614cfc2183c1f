import type { WriteCounters } from "../graph/executor";
import type { DataFile, SeedFileRecord, SeedRepository } from "../graph/seed.repository";
import { SeedProblems, StatementFailure } from "../graph/seed.repository";
import { QueryTimeoutError, isModelError } from "../model/errors";
import { type FileStatement, cypherStatements } from "./cypher-statements";
import type { SeedFile } from "./seed-files";
import { type SeedProblemAt, SeedError } from "./seed-error";
import { describeProblem } from "./seed-problems";

export type SeedFileOutcome = "applied" | "unchanged" | "checked";

export interface SeedFileSummary {
  readonly file: string;
  readonly kind: "schema" | "data";
  readonly statements: number;
  readonly outcome: SeedFileOutcome;
  /** What the file's statements wrote, as Neo4j counts it; null for schema files and files not applied. */
  readonly counts: WriteCounters | null;
}

export interface SeedSummary {
  readonly files: number;
  readonly applied: number;
  readonly unchanged: number;
  readonly statements: number;
  readonly dryRun: boolean;
  readonly reset: boolean;
  readonly perFile: readonly SeedFileSummary[];
}

export type SeedFileState = "applied" | "pending" | "changed";

export interface SeedFileStatus {
  readonly file: string;
  readonly state: SeedFileState;
  /** When it was last applied (ISO 8601); null when never. */
  readonly appliedAt: string | null;
}

/** What a load reports as it goes, for a start-up log or a command's output. */
export type SeedProgress =
  | { readonly event: "waiting"; readonly waitMs: number }
  | { readonly event: "applying"; readonly file: string; readonly statements: number }
  | {
      readonly event: "statements";
      readonly file: string;
      readonly done: number;
      readonly total: number;
      readonly perSecond: number;
      readonly etaMs: number;
    }
  | { readonly event: "checking"; readonly file: string }
  /** A statement that wrote nothing: its MATCH found nothing, or what it deletes is gone already. */
  | {
      readonly event: "wroteNothing";
      readonly file: string;
      readonly line: number;
      readonly statement: string;
    }
  | { readonly event: "applied"; readonly file: string; readonly ms: number }
  | { readonly event: "unchanged"; readonly file: string }
  /** A schema file applied before whose constraints or indexes were missing: they were created again. */
  | { readonly event: "restored"; readonly file: string };

export interface LoadOptions {
  /** Apply the pending data files in one transaction, check them, and roll it back. */
  readonly dryRun?: boolean;
  /** Delete every node and relationship (applied-file records too) first. */
  readonly reset?: boolean;
  readonly onProgress?: (progress: SeedProgress) => void;
}

export interface SeedLoaderOptions {
  /** Each file's transaction timeout, named in the error when a file runs past it. */
  readonly transactionTimeoutMs: number;
  /** How long a load waits while another process holds the seed lock. */
  readonly lockWaitMs: number;
}

/** A file of at least this many statements reports its progress every tenth of them. */
export const PROGRESS_MIN_STATEMENTS = 100;

/** When a load that waits for the seed lock says so. */
const LOCK_NOTICE_MS = 2_000;

/** Another process held the seed lock for longer than the load would wait. */
export class SeedLockTimeoutError extends Error {
  readonly code = "SEED_LOCK_TIMEOUT";
}

const summarize = (
  results: readonly SeedFileSummary[],
  options: { dryRun: boolean; reset: boolean },
): SeedSummary => ({
  files: results.length,
  applied: results.filter((r) => r.outcome === "applied").length,
  unchanged: results.filter((r) => r.outcome === "unchanged").length,
  statements: results.reduce((n, r) => n + r.statements, 0),
  ...options,
  perFile: results,
});

type PlannedFile = {
  readonly file: SeedFile;
  readonly kind: "schema" | "data";
  readonly statements: readonly FileStatement[];
};

/** Splits each file into statements; a file holds schema commands or data statements, not both. */
function planSeedFiles(files: readonly SeedFile[]): PlannedFile[] {
  const problems: SeedProblemAt[] = [];
  const plans = files.map((file): PlannedFile => {
    const statements = cypherStatements(file.content);
    const schema = statements.filter((st) => st.schema);
    if (schema.length > 0 && schema.length < statements.length) {
      const other = (schema[0] === statements[0] ? statements.find((st) => !st.schema) : schema[0])!;
      problems.push({
        file: file.path,
        line: other.line,
        message: "a file holds either schema commands (constraints, indexes) or data statements, not both",
      });
    }
    for (const st of schema) {
      if (st.drops || !st.idempotent) {
        problems.push({
          file: file.path,
          line: st.line,
          message: st.drops
            ? "a seed file does not drop constraints or indexes: the service plans its statements from them"
            : "a schema command in a seed file ends with IF NOT EXISTS, so applying it again changes nothing",
        });
      }
    }
    return { file, kind: schema.length > 0 ? "schema" : "data", statements };
  });
  if (problems.length > 0) throw new SeedError(problems);
  return plans;
}

/** How much of a statement a message quotes: its first line, cut short (a file may hold one long line). */
const QUOTED_STATEMENT_MAX = 200;

const firstLine = (s: FileStatement): string => {
  const line = s.text.slice(0, s.text.indexOf("\n") === -1 ? undefined : s.text.indexOf("\n")).trim();
  return line.length > QUOTED_STATEMENT_MAX ? `${line.slice(0, QUOTED_STATEMENT_MAX)}…` : line;
};

/** Neo4j names a position within the statement: `(line 2, column 5 (offset: 30))`. */
const POSITION = /\s*\(line (\d+), column (\d+) \(offset: \d+\)\)/;

/** The file line of a Neo4j error within `s`, and its message's first line without that position, cut short. */
function located(s: FileStatement, cause: Error): { line: number; message: string } {
  const m = POSITION.exec(cause.message);
  const message = cause.message.replace(POSITION, "").split("\n")[0]!;
  const short =
    message.length > 2 * QUOTED_STATEMENT_MAX ? `${message.slice(0, 2 * QUOTED_STATEMENT_MAX)}…` : message;
  return { line: m ? s.line + Number(m[1]) - 1 : s.line, message: short };
}

/**
 * Applies seed files that are new or changed since they were applied, each recorded as a SeedFile with
 * its checksum. A data file's statements run as written, in one transaction with the evidence
 * derivation and the registry's checks of their effect: a file that breaks a rule is refused whole,
 * naming the statement that broke it. Schema files run statement by statement.
 */
export class SeedLoader {
  constructor(
    private readonly records: SeedRepository,
    private readonly options: SeedLoaderOptions,
  ) {}
  async status(files: readonly SeedFile[]): Promise<SeedFileStatus[]> {
    const applied = await this.records.seedFiles(files.map((f) => f.path));
    return files.map((f) => {
      const record = applied.get(f.path);
      const state = !record ? "pending" : record.checksum === f.checksum ? "applied" : "changed";
      return { file: f.path, state, appliedAt: record?.appliedAt ?? null };
    });
  }

  /**
   * Applies the files not applied yet or changed since, in order, under the database's seed lock: a
   * second process loading at the same time waits, then finds them applied and writes nothing.
   */
  async load(files: readonly SeedFile[], options: LoadOptions = {}): Promise<SeedSummary> {
    const plans = planSeedFiles(files);
    const progress = options.onProgress ?? ((): void => undefined);
    const lock = await this.records.lockSeeding({
      waitMs: this.options.lockWaitMs,
      noticeMs: LOCK_NOTICE_MS,
      onWait: () => progress({ event: "waiting", waitMs: this.options.lockWaitMs }),
    });
    if (!lock) {
      throw new SeedLockTimeoutError(
        `another process has been seeding this database for longer than SEED_LOCK_WAIT_MS (${this.options.lockWaitMs} ms): ` +
          "wait for it to finish, or raise SEED_LOCK_WAIT_MS",
      );
    }
    try {
      if (options.reset && !options.dryRun) await this.records.deleteAll();
      const applied = await this.records.seedFiles(files.map((f) => f.path));
      if (options.dryRun) return await this.dryRun(plans, applied, progress);
      const results: SeedFileSummary[] = [];
      for (const plan of plans) {
        const base = { file: plan.file.path, kind: plan.kind, statements: plan.statements.length };
        const done = results.filter((r) => r.outcome === "applied").map((r) => r.file);
        if (applied.get(plan.file.path)?.checksum === plan.file.checksum) {
          // Schema commands change nothing when what they create exists: they run again when something
          // they create is missing (dropped since the file was applied), and it is created again.
          if (
            plan.kind === "schema" &&
            (await this.schemaMissing(plan)) &&
            (await this.runSchema(plan, done)) > 0
          ) {
            progress({ event: "restored", file: base.file });
            results.push({ ...base, outcome: "applied", counts: null });
            continue;
          }
          progress({ event: "unchanged", file: base.file });
          results.push({ ...base, outcome: "unchanged", counts: null });
          continue;
        }
        progress({ event: "applying", file: base.file, statements: base.statements });
        const started = Date.now();
        const counts = await this.apply(plan, done, this.reporter(plan, started, progress));
        progress({ event: "applied", file: base.file, ms: Date.now() - started });
        results.push({ ...base, outcome: "applied", counts });
      }
      return summarize(results, { dryRun: false, reset: options.reset ?? false });
    } finally {
      await lock.release();
    }
  }

  /** What to do about a file that failed to apply, by what stopped it. */
  private remedy(cause: Error, file: string): string {
    if (cause instanceof QueryTimeoutError) {
      return (
        `its transaction ran past SEED_TX_TIMEOUT_MS (${this.options.transactionTimeoutMs} ms) and nothing of ${file} was written: ` +
        "raise SEED_TX_TIMEOUT_MS, then start again (or run npm run seed)"
      );
    }
    if (isModelError(cause) && cause.code === "SERVICE_UNAVAILABLE")
      return `nothing of ${file} was written: start again (or run npm run seed) once Neo4j answers`;
    return `nothing of ${file} was written: fix it (npm run seed -- --dry-run ${file} checks it), then start again (or run npm run seed)`;
  }

  /** Every file that is pending or changed checked in one transaction, rolled back; schema files listed. */
  private async dryRun(
    plans: readonly PlannedFile[],
    applied: ReadonlyMap<string, SeedFileRecord>,
    progress: (p: SeedProgress) => void,
  ): Promise<SeedSummary> {
    const pending = plans.filter((p) => applied.get(p.file.path)?.checksum !== p.file.checksum);
    const data = pending.filter((p) => p.kind === "data");
    await this.applyData(data, false, [], undefined, (fileIndex, done, wrote) => {
      const plan = data[fileIndex]!;
      const s = plan.statements[done - 1]!;
      if (!wrote)
        progress({ event: "wroteNothing", file: plan.file.path, line: s.line, statement: firstLine(s) });
    });
    return summarize(
      plans.map((p) => ({
        file: p.file.path,
        kind: p.kind,
        statements: p.statements.length,
        outcome: pending.includes(p) ? "checked" : "unchanged",
        counts: null,
      })),
      { dryRun: true, reset: false },
    );
  }

  /** Progress of a long file: each tenth of its statements with a rate and an ETA, then its checks. */
  private reporter(
    plan: PlannedFile,
    started: number,
    progress: (p: SeedProgress) => void,
  ): (fileIndex: number, done: number, wrote: boolean) => void {
    const file = plan.file.path;
    const total = plan.statements.length;
    const step = Math.ceil(total / 10);
    return (_fileIndex, done, wrote) => {
      const s = plan.statements[done - 1]!;
      if (!wrote) progress({ event: "wroteNothing", file, line: s.line, statement: firstLine(s) });
      if (done === total) progress({ event: "checking", file });
      if (total < PROGRESS_MIN_STATEMENTS || done % step !== 0 || done === total) return;
      const perSecond = done / Math.max((Date.now() - started) / 1000, 0.001);
      progress({
        event: "statements",
        file,
        done,
        total,
        perSecond,
        etaMs: ((total - done) / perSecond) * 1000,
      });
    };
  }

  private async apply(
    plan: PlannedFile,
    appliedBefore: readonly string[],
    onStatement?: (fileIndex: number, done: number, wrote: boolean) => void,
  ): Promise<WriteCounters | null> {
    const record: SeedFileRecord = {
      path: plan.file.path,
      checksum: plan.file.checksum,
      appliedAt: new Date().toISOString(),
    };
    if (plan.kind === "schema") {
      await this.runSchema(plan, appliedBefore);
      await this.records.recordSeedFileNow(record);
      return null;
    }
    return this.applyData([plan], true, appliedBefore, record, onStatement);
  }

  /** Whether something `plan` creates is not in the database (or a command of it gives no name to look for). */
  private async schemaMissing(plan: PlannedFile): Promise<boolean> {
    const names = await this.records.schemaNames();
    return plan.statements.some((s) => s.creates === undefined || !names.has(s.creates));
  }

  /** A schema file's commands, each on its own; what they created. */
  private async runSchema(plan: PlannedFile, appliedBefore: readonly string[]): Promise<number> {
    const file = plan.file.path;
    try {
      const counters = await this.records.runSchema(
        plan.statements.map((s) => ({ name: `${file}:${s.line}`, text: s.text })),
      );
      return counters.constraintsAdded + counters.indexesAdded;
    } catch (error) {
      if (!(error instanceof StatementFailure)) throw error;
      const s = plan.statements[error.index]!;
      const at = located(s, error.cause);
      throw this.stopped(file, at.line, error.cause, appliedBefore, at.message, firstLine(s));
    }
  }

  /** Data files in one transaction; a failure names the file, the statement and what it broke. */
  private async applyData(
    plans: readonly PlannedFile[],
    commit: boolean,
    appliedBefore: readonly string[],
    record?: SeedFileRecord,
    onStatement?: (fileIndex: number, done: number, wrote: boolean) => void,
  ): Promise<WriteCounters | null> {
    if (plans.length === 0) return null;
    const files: DataFile[] = plans.map((p) => ({
      statements: p.statements.map((s) => ({ name: `${p.file.path}:${s.line}`, text: s.text })),
      ...(record ? { record } : {}),
    }));
    try {
      return await this.records.applyDataFiles(files, commit, onStatement);
    } catch (error) {
      if (error instanceof StatementFailure) {
        const fileIndex = (error as StatementFailure & { fileIndex?: number }).fileIndex ?? 0;
        const plan = plans[fileIndex]!;
        const s = plan.statements[error.index]!;
        const at = located(s, error.cause);
        throw this.stopped(plan.file.path, at.line, error.cause, appliedBefore, at.message, firstLine(s));
      }
      if (error instanceof SeedProblems) throw await this.refused(plans, files, error, appliedBefore);
      // The file as a whole (its transaction) failed: a timeout, or Neo4j went away.
      if (isModelError(error)) throw this.stopped(plans[0]!.file.path, undefined, error, appliedBefore);
      throw error;
    }
  }

  /** A file whose effect broke the rules: each problem with the statement that brought it in. */
  private async refused(
    plans: readonly PlannedFile[],
    files: readonly DataFile[],
    error: SeedProblems,
    appliedBefore: readonly string[],
  ): Promise<SeedError> {
    const plan = plans[error.fileIndex]!;
    const upTo = files.slice(0, error.fileIndex + 1);
    const problems: SeedProblemAt[] = [];
    for (const problem of error.problems.slice(0, 5)) {
      const index = await this.records.statementBreaking(upTo, problem);
      const s = index === undefined ? undefined : plan.statements[index];
      problems.push({
        file: plan.file.path,
        ...(s ? { line: s.line, statement: firstLine(s) } : {}),
        message: describeProblem(problem),
      });
    }
    const more = error.problems.length - problems.length;
    if (more > 0) problems.push({ file: plan.file.path, message: `and ${more} more problems` });
    return new SeedError(problems, {
      applied: appliedBefore,
      remedy: `nothing of ${plan.file.path} was written: fix it (npm run seed -- --dry-run checks it), then run npm run seed again`,
    });
  }

  private stopped(
    file: string,
    line: number | undefined,
    cause: Error,
    appliedBefore: readonly string[],
    message: string = cause.message,
    statement?: string,
  ): SeedError {
    return new SeedError([{ file, line, message, ...(statement ? { statement } : {}) }], {
      applied: appliedBefore,
      remedy: this.remedy(cause, file),
    });
  }
}
