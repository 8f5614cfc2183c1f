import type { TransactionRunner } from "../graph/executor";
import type { WriteRepository, WriteTransaction } from "../graph/write.repository";
import type { Entity } from "../model/entity";
import { isModelError } from "../model/errors";
import type { Relationship } from "../model/relationship";
import type { Source, SourceInput, SourceRetraction } from "../model/source";
import type { BatchCursor } from "./batch-cursor";
import { type CommandBatch, type SingleCommand, commandBatches } from "./command-batches";
import {
  type ApplyCounts,
  CommandFailure,
  type EditorCommand,
  type EntityInput,
  type RelationshipInput,
} from "./editor-commands";
import { checkCommand, checkEntity, checkRelationship, checkSource } from "./editor-rules";
import { writeEntities } from "./entity-batch";
import { writeRelationships } from "./relationship-batch";
import { writeSources } from "./source-batch";

export interface DeleteResult {
  readonly id: string;
  readonly deleted: boolean;
  readonly detached: readonly Relationship[];
}

const ZERO_COUNTS: ApplyCounts = {
  sourcesWritten: 0,
  entitiesWritten: 0,
  relationshipsWritten: 0,
  citationsWritten: 0,
  sourcesRetracted: 0,
  relationshipsRemoved: 0,
};

/** Recomputes and stores the evidence summary of relationships; those left without citations go. */
async function resummarize(
  tx: WriteTransaction,
  relationships: readonly { id: string; type: string }[],
): Promise<{ written: Relationship[]; removed: string[] }> {
  if (relationships.length === 0) return { written: [], removed: [] };
  const citations = await tx.citationsOf(relationships.map((r) => r.id));
  const bare = relationships.filter((r) => (citations.get(r.id) ?? []).length === 0);
  await tx.deleteRelationships(bare);
  const written = await tx.deriveEvidence(
    relationships.filter((r) => (citations.get(r.id) ?? []).length > 0),
  );
  return { written, removed: bare.map((r) => r.id) };
}

/**
 * Writes for editors and seed files, one set of rules for both. Rules that need no database run first
 * (src/services/editor-rules.ts); consecutive sources, entities or relationships are then checked
 * against the graph and written with a few statements per batch (src/services/source-batch.ts,
 * entity-batch.ts, relationship-batch.ts), in one transaction, so concurrent writes cannot slip between a check and its
 * write. A mutation is a batch of one. Evidence accumulates: citations are added by id, aliases are a
 * union, and nothing another source said is overwritten.
 */
export class EditorService {
  constructor(private readonly writes: WriteRepository) {}

  /** The rules of `command` that need no database (for a dry run); throws InvalidInputError. */
  static check(command: EditorCommand): void {
    checkCommand(command);
  }

  upsertEntity(input: EntityInput): Promise<Entity> {
    const checked = checkEntity(input);
    return this.writes.transaction("upsertEntity", async (tx) => {
      const written = await writeEntities(tx, [{ index: 0, input, checked }], { index: -1 });
      return written.get(input.id)!;
    });
  }

  deleteEntity(id: string): Promise<DeleteResult> {
    return this.writes.transaction("deleteEntity", async (tx) => {
      const detached = await tx.deleteEntity(id);
      return { id, deleted: detached !== undefined, detached: detached ?? [] };
    });
  }

  addSource(input: SourceInput): Promise<Source> {
    const source = checkSource(input);
    return this.writes.transaction("addSource", async (tx) => {
      const written = await writeSources(tx, [{ index: 0, input: source }], { index: -1 });
      return written.get(source.id)!;
    });
  }

  retractSource(id: string): Promise<SourceRetraction> {
    return this.writes.transaction("retractSource", (tx) => this.removeSource(tx, id));
  }

  assertRelationship(input: RelationshipInput): Promise<Relationship> {
    const checked = checkRelationship(input);
    return this.writes.transaction("assertRelationship", async (tx) => {
      const [written] = await writeRelationships(tx, [{ index: 0, input, checked }], { index: -1 });
      return written!;
    });
  }

  retractRelationship(id: string): Promise<boolean> {
    return this.writes.transaction("retractRelationship", (tx) => tx.retractRelationship(id));
  }

  /**
   * Every command in one transaction, in order: a later command sees what earlier ones wrote. All are
   * checked against the registry first; then each batch of consecutive entities or relationships is
   * checked against the graph and written with a few statements. The first refusal throws
   * CommandFailure with its index, and nothing of the batch is written. `after` runs last in the same
   * transaction (a seed file records itself there).
   */
  async apply(
    name: string,
    commands: readonly EditorCommand[],
    after?: (run: TransactionRunner) => Promise<void>,
  ): Promise<ApplyCounts> {
    const batches = commandBatches(commands, (index, error) => new CommandFailure(index, error));
    // The executor maps what escapes a transaction; the failing command's index is kept beside it.
    const cursor: BatchCursor = { index: -1 };
    try {
      return await this.writes.transaction(name, async (tx) => {
        let counts = ZERO_COUNTS;
        for (const batch of batches) counts = add(counts, await this.applyBatch(tx, batch, cursor));
        cursor.index = -1;
        if (after) await after(tx.run);
        return counts;
      });
    } catch (error) {
      const refusal = isModelError(error) && (error.code === "BAD_USER_INPUT" || error.code === "CONFLICT");
      if (cursor.index >= 0 && refusal) throw new CommandFailure(cursor.index, error as Error);
      throw error;
    }
  }

  private async applyBatch(
    tx: WriteTransaction,
    batch: CommandBatch,
    cursor: BatchCursor,
  ): Promise<Partial<ApplyCounts>> {
    switch (batch.kind) {
      case "sources":
        await writeSources(tx, batch.commands, cursor);
        return { sourcesWritten: batch.commands.length };
      case "entities":
        await writeEntities(tx, batch.commands, cursor);
        return { entitiesWritten: batch.commands.length };
      case "relationships":
        await writeRelationships(tx, batch.commands, cursor);
        return {
          relationshipsWritten: batch.commands.length,
          citationsWritten: batch.commands.reduce((n, c) => n + c.input.citations.length, 0),
        };
      case "single":
        cursor.index = batch.command.index;
        return this.applyOne(tx, batch.command);
    }
  }

  private async applyOne(tx: WriteTransaction, command: SingleCommand): Promise<Partial<ApplyCounts>> {
    switch (command.kind) {
      case "retractSource": {
        const retraction = await this.removeSource(tx, command.id);
        return {
          sourcesRetracted: retraction.retracted ? 1 : 0,
          relationshipsRemoved: retraction.relationshipsRemoved.length,
        };
      }
      case "retractRelationship":
        return { relationshipsRemoved: (await tx.retractRelationship(command.id)) ? 1 : 0 };
    }
  }

  private async removeSource(tx: WriteTransaction, id: string): Promise<SourceRetraction> {
    const [source] = await tx.sources([id]);
    if (!source) {
      return { id, retracted: false, citationsRemoved: 0, relationshipsRemoved: [], relationshipsUpdated: 0 };
    }
    const removed = await tx.deleteCitationsOfSource(id);
    const { written, removed: gone } = await resummarize(
      tx,
      removed.map((r) => ({ id: r.relationshipId, type: r.type })),
    );
    await tx.deleteSource(id);
    return {
      id,
      retracted: true,
      citationsRemoved: removed.reduce((n, r) => n + r.removed, 0),
      relationshipsRemoved: gone.sort(),
      relationshipsUpdated: written.length,
    };
  }
}

function add(a: ApplyCounts, b: Partial<ApplyCounts>): ApplyCounts {
  return Object.fromEntries(
    Object.entries(a).map(([k, v]) => [k, v + (b[k as keyof ApplyCounts] ?? 0)]),
  ) as unknown as ApplyCounts;
}
