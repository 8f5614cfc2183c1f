import type { WriteTransaction } from "../graph/write.repository";
import { ConflictError } from "../model/errors";
import type { Source, SourceInput } from "../model/source";
import type { BatchCursor } from "./batch-cursor";

/** A source command of a batch: its index among the commands applied, its input with its rules applied. */
export interface SourceCommand {
  readonly index: number;
  readonly input: SourceInput;
}

const textChanged = (id: string): ConflictError =>
  new ConflictError(
    `source "${id}" already exists with another text; its citations' offsets depend on it: retract it first or choose another id`,
  );

interface PlannedSource {
  readonly id: string;
  /** The first command that writes it. */
  readonly index: number;
  readonly properties: Readonly<Record<string, unknown>>;
}

/**
 * Folds the commands of one id into one write with the same effect (later metadata over earlier); a
 * later command giving the id another text is refused, with `cursor.index` naming it.
 */
export function planSources(
  batch: readonly SourceCommand[],
  cursor: BatchCursor,
): Map<string, PlannedSource> {
  const planned = new Map<string, PlannedSource>();
  for (const { index, input } of batch) {
    cursor.index = index;
    const { id, ...given } = input;
    const before = planned.get(id);
    if (before && before.properties.text !== given.text) throw textChanged(id);
    const properties = { publisher: null, publishedOn: null, url: null, language: null, ...given };
    planned.set(id, {
      id,
      index: before?.index ?? index,
      properties: { ...before?.properties, ...properties },
    });
  }
  cursor.index = -1;
  return planned;
}

/**
 * Writes a batch of sources with one statement, which compares each stored text with the new one in
 * Neo4j (the text never comes back). Returns each source as now stored, by id.
 */
export async function writeSources(
  tx: WriteTransaction,
  batch: readonly SourceCommand[],
  cursor: BatchCursor,
): Promise<Map<string, Source>> {
  const planned = [...planSources(batch, cursor).values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const written = new Map(
    (await tx.batch.mergeSources(planned.map(({ id, properties }) => ({ id, properties })))).map((s) => [
      s.id,
      s,
    ]),
  );
  const refused = planned.filter((s) => !written.has(s.id)).sort((a, b) => a.index - b.index)[0];
  if (refused) {
    cursor.index = refused.index;
    throw textChanged(refused.id);
  }
  return written;
}
