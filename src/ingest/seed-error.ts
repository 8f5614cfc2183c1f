export interface SeedProblemAt {
  readonly file: string;
  /** The statement's first line; none when the file's transaction as a whole failed. */
  readonly line?: number;
  readonly message: string;
  /** First line of the statement, when one is involved. */
  readonly statement?: string;
}

/** What a run that stopped had done, and what to do about it. */
export interface SeedRunContext {
  /** Files this run applied before it stopped. */
  readonly applied?: readonly string[];
  /** What to do next, when the problems alone do not say. */
  readonly remedy?: string;
}

const at = (p: SeedProblemAt): string => (p.line === undefined ? p.file : `${p.file}:${p.line}`);

const appliedBefore = (files: readonly string[]): string =>
  files.length === 0 ? "no file was applied before it" : `applied before it: ${files.join(", ")}`;

/** Seed files failed checks or loading; each problem names file:line. Nothing of a failing file was written. */
export class SeedError extends Error {
  constructor(
    readonly problems: readonly SeedProblemAt[],
    readonly context: SeedRunContext = {},
  ) {
    super(
      [
        ...problems.map((p) => `${at(p)}: ${p.message}${p.statement ? `\n  statement: ${p.statement}` : ""}`),
        ...(context.remedy ? [context.remedy] : []),
        ...(context.applied ? [appliedBefore(context.applied)] : []),
      ].join("\n"),
    );
  }

  /** One line for a start-up that stopped: the first problem, the remedy, what was applied before. */
  oneLine(): string {
    const first = this.problems[0];
    const more = this.problems.length > 1 ? ` (and ${this.problems.length - 1} more problems)` : "";
    return [
      first ? `seeding stopped at ${at(first)}: ${first.message}${more}` : "seeding stopped",
      ...(this.context.remedy ? [this.context.remedy] : []),
      ...(this.context.applied ? [appliedBefore(this.context.applied)] : []),
    ].join("; ");
  }
}
