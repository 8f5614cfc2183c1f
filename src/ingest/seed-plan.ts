import { InvalidInputError } from "../model/errors";
import type { EditorCommand } from "../services/editor-commands";
import { type ScriptStatement, UnterminatedError, splitCypherScript } from "./cypher-script";
import { SeedSyntaxError } from "./cypher-tokens";
import { toEditorCommand } from "./seed-commands";
import type { CommandCheck } from "./seed-editor";
import type { SeedFile } from "./seed-files";
import { parseSeedStatement } from "./seed-statement-parser";
import path from "node:path";

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

export interface PlannedCommand {
  readonly command: EditorCommand;
  readonly line: number;
  readonly statement: string;
}

export type PlannedFile =
  | { readonly file: SeedFile; readonly kind: "schema"; readonly statements: readonly ScriptStatement[] }
  | { readonly file: SeedFile; readonly kind: "data"; readonly commands: readonly PlannedCommand[] };

const SCHEMA_COMMAND =
  /^(CREATE|DROP)\s+(OR\s+REPLACE\s+)?((RANGE|TEXT|POINT|LOOKUP|FULLTEXT|VECTOR)\s+)?(CONSTRAINT|INDEX)\b/i;

const firstLine = (s: ScriptStatement): string => s.text.split("\n")[0]!.trim();

export const statementCount = (plan: PlannedFile): number =>
  plan.kind === "schema" ? plan.statements.length : plan.commands.length;

function planFile(file: SeedFile, check: CommandCheck, problems: SeedProblemAt[]): PlannedFile {
  let statements: ScriptStatement[] = [];
  try {
    statements = splitCypherScript(file.content);
  } catch (error) {
    if (!(error instanceof UnterminatedError)) throw error;
    problems.push({ file: file.path, line: error.line, message: error.message });
  }
  const schema = statements.filter((s) => SCHEMA_COMMAND.test(s.code));
  if (schema.length > 0) {
    if (schema.length < statements.length) {
      const line = statements.find((s) => !SCHEMA_COMMAND.test(s.code))!.line;
      problems.push({
        file: file.path,
        line,
        message: "a file holds either schema commands (constraints, indexes) or data statements, not both",
      });
    }
    return { file, kind: "schema", statements };
  }
  const location = { folder: path.dirname(file.absolute), root: file.root };
  const commands: PlannedCommand[] = [];
  for (const s of statements) {
    try {
      const command = toEditorCommand(parseSeedStatement(s.text, s.line), s.line, location);
      check(command);
      commands.push({ command, line: s.line, statement: firstLine(s) });
    } catch (error) {
      if (!(error instanceof SeedSyntaxError || error instanceof InvalidInputError)) throw error;
      const line = error instanceof SeedSyntaxError ? error.line : s.line;
      problems.push({ file: file.path, line, message: error.message, statement: firstLine(s) });
    }
  }
  return { file, kind: "data", commands };
}

/** Quotes of sources the files define must occur verbatim in their texts (at `start`, when given). */
function checkQuotes(plans: readonly PlannedFile[], problems: SeedProblemAt[]): void {
  const texts = new Map<string, string>();
  for (const plan of plans) {
    if (plan.kind !== "data") continue;
    for (const { command, line, statement } of plan.commands) {
      if (command.kind === "source") texts.set(command.input.id, command.input.text);
      if (command.kind !== "relationship") continue;
      for (const c of command.input.citations) {
        const text = texts.get(c.sourceId);
        if (text === undefined) continue;
        const found = c.start == null ? text.includes(c.quote) : text.startsWith(c.quote, c.start);
        if (!found) {
          const where = c.start == null ? "" : ` at offset ${c.start}`;
          problems.push({
            file: plan.file.path,
            line,
            statement,
            message: `the quote "${c.quote.slice(0, 80)}" does not occur verbatim${where} in source "${c.sourceId}"`,
          });
        }
      }
    }
  }
}

/** Parses every file and runs the checks that need no database; throws SeedError listing every problem. */
export function planSeedFiles(files: readonly SeedFile[], check: CommandCheck): PlannedFile[] {
  const problems: SeedProblemAt[] = [];
  const plans = files.map((file) => planFile(file, check, problems));
  checkQuotes(plans, problems);
  if (problems.length > 0) throw new SeedError(problems);
  return plans;
}
