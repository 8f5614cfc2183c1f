import type { TransactionRunner } from "../graph/executor";
import type { ApplyCounts, EditorCommand } from "../services/editor-commands";

/** A last step inside apply's transaction: commits with the commands, or rolls back with them. */
export type AfterCommands = (run: TransactionRunner) => Promise<void>;

/** What loading needs of EditorService: apply (one transaction, with a last step) and its static check. */
export interface SeedEditor {
  apply(name: string, commands: readonly EditorCommand[], after?: AfterCommands): Promise<ApplyCounts>;
}

export type CommandCheck = (command: EditorCommand) => void;
