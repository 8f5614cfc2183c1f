import type { TransactionRunner } from "../../graph/executor";
import type { ApplyCounts, EditorCommand } from "../editor-commands";

/** A last step inside apply's transaction: commits with the commands, or rolls back with them. */
export type AfterCommands = (run: TransactionRunner) => Promise<void>;

/** What loading needs of EditorService: apply (one transaction, with a last step) and its static check. */
export interface SeedEditor {
  apply(name: string, commands: readonly EditorCommand[], after?: AfterCommands): Promise<ApplyCounts>;
}

export type CommandCheck = (command: EditorCommand) => void;

/**
 * EditorService as the loader uses it. Typed loosely so loading builds against an EditorService
 * that does not offer apply and check yet: schema files and --status work, data files are refused.
 */
export function seedEditorOf(
  service: object,
  serviceClass: object,
): { editor: SeedEditor; check: CommandCheck } {
  const missing = (what: string): never => {
    throw new Error(`invariant: EditorService lacks ${what}, which seed files are applied through`);
  };
  const apply = (service as Partial<SeedEditor>).apply;
  const check = (serviceClass as { check?: CommandCheck }).check;
  return {
    editor: {
      apply: (name, commands, after) =>
        typeof apply === "function" ? apply.call(service, name, commands, after) : missing("apply"),
    },
    check: (command) => (typeof check === "function" ? check.call(serviceClass, command) : missing("check")),
  };
}
