import type { SeedFileRecord, SeedRepository } from "../graph/seed.repository";
import { StatementFailure } from "../graph/seed.repository";
import { QueryTimeoutError, isModelError } from "../model/errors";
import { type ApplyCounts, CommandFailure } from "../services/editor-commands";
import type { CommandCheck, SeedEditor } from "./seed-editor";
import type { SeedFile } from "./seed-files";
import { type PlannedFile, SeedError, planSeedFiles, statementCount } from "./seed-plan";

export type SeedFileOutcome = "applied" | "unchanged" | "checked";

export interface SeedFileSummary {
  readonly file: string;
  readonly kind: "schema" | "data";
  readonly statements: number;
  readonly outcome: SeedFileOutcome;
  /** What the file's commands wrote; null for schema files and files not applied. */
  readonly counts: ApplyCounts | null;
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
  | { readonly event: "applied"; readonly file: string; readonly ms: number }
  | { readonly event: "unchanged"; readonly file: string };

export interface LoadOptions {
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

/** What --dry-run reports: every file parsed and checked, nothing read or written. */
export function checkSeedFiles(files: readonly SeedFile[], check: CommandCheck): SeedSummary {
  const plans = planSeedFiles(files, check);
  return summarize(
    plans.map((p) => ({
      file: p.file.path,
      kind: p.kind,
      statements: statementCount(p),
      outcome: "checked",
      counts: null,
    })),
    { dryRun: true, reset: false },
  );
}

/**
 * Applies seed files that are new or changed since they were applied, each recorded as a SeedFile
 * with its checksum: data files through the editor's rules in one transaction each, schema files as Cypher.
 */
export class SeedLoader {
  constructor(
    private readonly editor: SeedEditor,
    private readonly check: CommandCheck,
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
    const plans = planSeedFiles(files, this.check);
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
      if (options.reset) await this.records.deleteAll();
      const applied = await this.records.seedFiles(files.map((f) => f.path));
      const results: SeedFileSummary[] = [];
      for (const plan of plans) {
        const base = { file: plan.file.path, kind: plan.kind, statements: statementCount(plan) };
        if (applied.get(plan.file.path)?.checksum === plan.file.checksum) {
          progress({ event: "unchanged", file: base.file });
          results.push({ ...base, outcome: "unchanged", counts: null });
          continue;
        }
        progress({ event: "applying", file: base.file, statements: base.statements });
        const started = Date.now();
        const done = results.filter((r) => r.outcome === "applied").map((r) => r.file);
        const counts = await this.apply(plan, done);
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

  private async apply(plan: PlannedFile, appliedBefore: readonly string[]): Promise<ApplyCounts | null> {
    const record: SeedFileRecord = {
      path: plan.file.path,
      checksum: plan.file.checksum,
      appliedAt: new Date().toISOString(),
    };
    const file = plan.file.path;
    const stopped = (line: number | undefined, cause: Error, statement?: string): SeedError =>
      new SeedError([{ file, line, message: cause.message, ...(statement ? { statement } : {}) }], {
        applied: appliedBefore,
        remedy: this.remedy(cause, file),
      });
    if (plan.kind === "schema") {
      try {
        await this.records.runSchema(
          plan.statements.map((s) => ({ name: `${file}:${s.line}`, text: s.text })),
        );
      } catch (error) {
        if (!(error instanceof StatementFailure)) throw error;
        const s = plan.statements[error.index]!;
        throw stopped(s.line, error.cause, s.text.split("\n")[0]!);
      }
      await this.records.recordSeedFileNow(record);
      return null;
    }
    let recorded = false;
    try {
      const counts = await this.editor.apply(
        file,
        plan.commands.map((c) => c.command),
        async (run) => {
          await this.records.recordSeedFile(run, record);
          recorded = true;
        },
      );
      if (!recorded)
        throw new Error("invariant: EditorService.apply did not run the step that records the file");
      return counts;
    } catch (error) {
      if (error instanceof CommandFailure) {
        const failed = plan.commands[error.index];
        throw stopped(failed?.line ?? 1, error.cause, failed?.statement);
      }
      // The file as a whole (its transaction) failed: a timeout, or Neo4j went away.
      if (isModelError(error)) throw stopped(undefined, error);
      throw error;
    }
  }
}
