import type { SeedFileRecord, SeedRepository } from "../../graph/seed.repository";
import { StatementFailure } from "../../graph/seed.repository";
import { DatabaseUnavailableError } from "../../model/errors";
import { type ApplyCounts, CommandFailure } from "../editor-commands";
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

export interface LoadOptions {
  /** Delete every node and relationship (applied-file records too) first. */
  readonly reset?: boolean;
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
  ) {}

  async status(files: readonly SeedFile[]): Promise<SeedFileStatus[]> {
    const applied = await this.records.seedFiles(files.map((f) => f.path));
    return files.map((f) => {
      const record = applied.get(f.path);
      const state = !record ? "pending" : record.checksum === f.checksum ? "applied" : "changed";
      return { file: f.path, state, appliedAt: record?.appliedAt ?? null };
    });
  }

  async load(files: readonly SeedFile[], options: LoadOptions = {}): Promise<SeedSummary> {
    const plans = planSeedFiles(files, this.check);
    if (options.reset) await this.records.deleteAll();
    const applied = await this.records.seedFiles(files.map((f) => f.path));
    const results: SeedFileSummary[] = [];
    for (const plan of plans) {
      const base = { file: plan.file.path, kind: plan.kind, statements: statementCount(plan) };
      if (applied.get(plan.file.path)?.checksum === plan.file.checksum) {
        results.push({ ...base, outcome: "unchanged", counts: null });
        continue;
      }
      results.push({ ...base, outcome: "applied", counts: await this.apply(plan) });
    }
    return summarize(results, { dryRun: false, reset: options.reset ?? false });
  }

  /** Loads the given files when the database holds no node at all; otherwise changes nothing. */
  async loadIfEmpty(files: () => readonly SeedFile[]): Promise<SeedSummary | undefined> {
    if ((await this.records.nodeCount()) > 0) return undefined;
    return this.load(files());
  }

  private async apply(plan: PlannedFile): Promise<ApplyCounts | null> {
    const record: SeedFileRecord = {
      path: plan.file.path,
      checksum: plan.file.checksum,
      appliedAt: new Date().toISOString(),
    };
    if (plan.kind === "schema") {
      await this.runSchema(plan);
      await this.records.recordSeedFileNow(record);
      return null;
    }
    let recorded = false;
    try {
      const counts = await this.editor.apply(
        plan.file.path,
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
      if (!(error instanceof CommandFailure)) throw error;
      if (error.cause instanceof DatabaseUnavailableError) throw error.cause;
      const failed = plan.commands[error.index];
      throw new SeedError([
        {
          file: plan.file.path,
          line: failed?.line ?? 1,
          message: error.cause.message,
          ...(failed ? { statement: failed.statement } : {}),
        },
      ]);
    }
  }

  private async runSchema(plan: Extract<PlannedFile, { kind: "schema" }>): Promise<void> {
    const named = plan.statements.map((s) => ({ name: `${plan.file.path}:${s.line}`, text: s.text }));
    try {
      await this.records.runSchema(named);
    } catch (error) {
      if (!(error instanceof StatementFailure)) throw error;
      if (error.cause instanceof DatabaseUnavailableError) throw error.cause;
      const s = plan.statements[error.index]!;
      throw new SeedError([
        {
          file: plan.file.path,
          line: s.line,
          message: error.cause.message,
          statement: s.text.split("\n")[0]!,
        },
      ]);
    }
  }
}
