import type {
  EntityUpsert,
  WriteCheckRequest,
  WriteChecks,
  WriteTransaction,
} from "../graph/write.repository";
import type { Entity } from "../model/entity";
import { InvalidInputError } from "../model/errors";
import type { BatchCursor } from "./batch-cursor";
import { resolveWhen } from "./dates";
import type { EntityInput } from "./editor-commands";
import type { CheckedEntity } from "./editor-rules";

/** An entity command of a batch: its index among the commands applied, its input, its rules applied. */
export interface EntityCommand {
  readonly index: number;
  readonly input: EntityInput;
  readonly checked: CheckedEntity;
}

const kindCannotChange = (id: string, kind: string): InvalidInputError =>
  new InvalidInputError(
    `input.kind: "${id}" already names a ${kind}; an entity's kind cannot change`,
    "input.kind",
  );

/** What a batch of entities asks of the graph: the entities it names and the sources dating them. */
export function entityChecks(batch: readonly EntityCommand[]): WriteCheckRequest {
  const whenSources = batch.flatMap(({ checked }) =>
    typeof checked.properties.whenSourceId === "string" ? [checked.properties.whenSourceId] : [],
  );
  return {
    entityIds: [...new Set(batch.map((c) => c.input.id))],
    sourceIds: [...new Set(whenSources)],
    relationshipIds: [],
    pairs: [],
    quotes: [],
  };
}

interface PlannedEntity extends EntityUpsert {
  readonly label: string;
  /** The first command that writes it. */
  readonly index: number;
}

/**
 * Applies the rules that need the graph to every command in order, against `checks` and what earlier
 * commands of the batch wrote, and folds the commands of one id into one upsert with the same effect.
 * The first refusal throws, with `cursor.index` naming its command.
 */
export function planEntities(
  batch: readonly EntityCommand[],
  checks: WriteChecks,
  cursor: BatchCursor,
): Map<string, PlannedEntity> {
  const planned = new Map<string, PlannedEntity>();
  for (const { index, input, checked } of batch) {
    cursor.index = index;
    const { kind, name, aliases, description, properties } = checked;
    const before = planned.get(input.id);
    const existing = before?.label ?? checks.entities.get(input.id)?.kind;
    if (existing && existing !== kind.label) throw kindCannotChange(input.id, existing);
    if (!existing && !name)
      throw new InvalidInputError("input.name is required for a new entity", "input.name");
    const resolved = { ...properties };
    if (typeof properties.whenSourceId === "string") {
      const source = checks.sources.get(properties.whenSourceId);
      if (!source) {
        throw new InvalidInputError(
          `input.whenSourceId: no source has id "${properties.whenSourceId}"`,
          "input.whenSourceId",
        );
      }
      if (typeof properties.when === "string" && properties.date === undefined) {
        const date = resolveWhen(properties.when, source.publishedOn);
        if (date) resolved.date = date;
      }
    }
    planned.set(input.id, {
      id: input.id,
      label: kind.label,
      index: before?.index ?? index,
      name: name ?? before?.name ?? null,
      aliases: [...new Set([...(before?.aliases ?? []), ...aliases])],
      description: description ?? before?.description ?? null,
      properties: { ...before?.properties, ...resolved },
    });
  }
  cursor.index = -1;
  return planned;
}

/**
 * Writes a batch of entities: one statement checks them all, one per kind writes them. Returns each
 * entity as now stored, by id.
 */
export async function writeEntities(
  tx: WriteTransaction,
  batch: readonly EntityCommand[],
  cursor: BatchCursor,
): Promise<Map<string, Entity>> {
  const planned = planEntities(batch, await tx.batch.checks(entityChecks(batch)), cursor);
  const byLabel = new Map<string, PlannedEntity[]>();
  for (const entity of [...planned.values()].sort((a, b) => (a.id < b.id ? -1 : 1)))
    byLabel.set(entity.label, [...(byLabel.get(entity.label) ?? []), entity]);
  const written = new Map<string, Entity>();
  for (const [label, rows] of byLabel) {
    const stored = await tx.batch.upsertEntities(
      label,
      rows.map(({ id, name, aliases, description, properties }) => ({
        id,
        name,
        aliases,
        description,
        properties,
      })),
    );
    for (const entity of stored) written.set(entity.id, entity);
    const lost = rows.find((r) => !written.has(r.id));
    if (lost) {
      // Another transaction created the id with another kind between the checks and the write.
      cursor.index = lost.index;
      const [winner] = await tx.entities([lost.id]);
      throw kindCannotChange(lost.id, winner?.kind ?? "different kind");
    }
  }
  return written;
}
