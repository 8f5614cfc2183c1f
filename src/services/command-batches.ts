import { assertSlug } from "./validate";
import type { EditorCommand } from "./editor-commands";
import { checkEntity, checkRelationship, checkSource } from "./editor-rules";
import type { EntityCommand } from "./entity-batch";
import type { RelationshipCommand } from "./relationship-batch";
import type { SourceCommand } from "./source-batch";

/**
 * Commands per batch: each batch is a few UNWIND statements of the file's one transaction, whose rows
 * Neo4j holds in memory while it writes them (its guidance for loading is thousands of rows a statement).
 */
export const COMMANDS_PER_BATCH = 1_000;

/** A command that needs no batching, with its rules applied and its index among the commands applied. */
export type SingleCommand =
  | { readonly kind: "retractSource"; readonly index: number; readonly id: string }
  | { readonly kind: "retractRelationship"; readonly index: number; readonly id: string };

/** Consecutive commands of one kind, written together; retractions one at a time. */
export type CommandBatch =
  | { readonly kind: "sources"; readonly commands: readonly SourceCommand[] }
  | { readonly kind: "entities"; readonly commands: readonly EntityCommand[] }
  | { readonly kind: "relationships"; readonly commands: readonly RelationshipCommand[] }
  | { readonly kind: "single"; readonly command: SingleCommand };

type CheckedCommand =
  | ({ readonly kind: "source" } & SourceCommand)
  | ({ readonly kind: "entity" } & EntityCommand)
  | ({ readonly kind: "relationship" } & RelationshipCommand)
  | SingleCommand;

/** The rules of `command` that need no database applied (throws InvalidInputError), for writing it. */
function checked(command: EditorCommand, index: number): CheckedCommand {
  switch (command.kind) {
    case "source":
      return { kind: "source", index, input: checkSource(command.input) };
    case "entity":
      return { kind: "entity", index, input: command.input, checked: checkEntity(command.input) };
    case "relationship":
      return {
        kind: "relationship",
        index,
        input: command.input,
        checked: checkRelationship(command.input),
      };
    case "retractSource":
    case "retractRelationship":
      assertSlug("id", command.id);
      return { kind: command.kind, index, id: command.id };
  }
}

/**
 * Every command checked, in batches of consecutive sources, entities or relationships (at most `max`
 * each) and retractions alone, in order. The first command refused throws `onRefusal(index, error)`.
 */
export function commandBatches(
  commands: readonly EditorCommand[],
  onRefusal: (index: number, error: Error) => Error,
  max = COMMANDS_PER_BATCH,
): CommandBatch[] {
  const batches: CommandBatch[] = [];
  let open: { kind: "sources" | "entities" | "relationships"; commands: unknown[] } | undefined;
  const close = (): void => {
    if (open) batches.push(open as CommandBatch);
    open = undefined;
  };
  /** Adds `command` to the open batch of `kind`, first closing one of another kind or a full one. */
  const add = (kind: "sources" | "entities" | "relationships", command: unknown): void => {
    if (open?.kind !== kind || open.commands.length >= max) {
      close();
      open = { kind, commands: [] };
    }
    open.commands.push(command);
  };
  commands.forEach((command, index) => {
    let c: CheckedCommand;
    try {
      c = checked(command, index);
    } catch (error) {
      throw onRefusal(index, error as Error);
    }
    if (c.kind === "source") add("sources", c);
    else if (c.kind === "entity") add("entities", c);
    else if (c.kind === "relationship") add("relationships", c);
    else {
      close();
      batches.push({ kind: "single", command: c });
    }
  });
  close();
  return batches;
}
