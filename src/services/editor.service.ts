import type { TransactionRunner } from "../graph/executor";
import type {
  CitationWrite,
  RelationshipTarget,
  WriteRepository,
  WriteTransaction,
} from "../graph/write.repository";
import type { Entity } from "../model/entity";
import { ConflictError, InvalidInputError, UnknownEntityError, isModelError } from "../model/errors";
import type { Relationship } from "../model/relationship";
import { type RelationshipTypeSpec, allowsEdge, relationshipType } from "../model/registry";
import type { Source, SourceInput, SourceRetraction } from "../model/source";
import { storedDirection } from "../model/stored-direction";
import { resolveWhen } from "./dates";
import {
  type ApplyCounts,
  CommandFailure,
  type EditorCommand,
  type EntityInput,
  type RelationshipInput,
} from "./editor-commands";
import {
  type CheckedCitation,
  checkCommand,
  checkEntity,
  checkRelationship,
  checkSource,
} from "./editor-rules";
import { summarizeEvidence } from "./evidence-summary";

export interface DeleteResult {
  readonly id: string;
  readonly deleted: boolean;
  readonly detached: readonly Relationship[];
}

const kebab = (type: string): string => type.toLowerCase().replace(/_/g, "-");

const ZERO_COUNTS: ApplyCounts = {
  sourcesWritten: 0,
  entitiesWritten: 0,
  relationshipsWritten: 0,
  citationsWritten: 0,
  sourcesRetracted: 0,
  relationshipsRemoved: 0,
};

async function endpoints(
  tx: WriteTransaction,
  fromId: string,
  toId: string,
): Promise<{ from: Entity; to: Entity }> {
  const ends = new Map((await tx.entities([fromId, toId])).map((e) => [e.id, e]));
  const from = ends.get(fromId);
  const to = ends.get(toId);
  if (!from) throw new UnknownEntityError(fromId, "input.from");
  if (!to) throw new UnknownEntityError(toId, "input.to");
  return { from, to };
}

/**
 * The relationship an assertion writes. Without an id, a symmetric fact lands on the relationship that
 * already joins the pair; an id held by another fact is a conflict.
 */
async function target(
  tx: WriteTransaction,
  spec: RelationshipTypeSpec,
  input: RelationshipInput,
  explicitId: string | null,
): Promise<RelationshipTarget> {
  const ends = storedDirection(spec.type, input.from, input.to);
  if (spec.symmetric && !explicitId) {
    const [twin] = await tx.relationshipsBetween(ends.from, ends.to, spec.type);
    if (twin) return { id: twin.id, type: spec.type, from: twin.from, to: twin.to };
  }
  const id = explicitId ?? `${ends.from}-${kebab(spec.type)}-${ends.to}`;
  const existing = await tx.relationshipById(id);
  if (!existing) return { id, type: spec.type, ...ends };
  const sameEnds = existing.from === ends.from && existing.to === ends.to;
  const reversed = spec.symmetric && existing.from === ends.to && existing.to === ends.from;
  if (existing.type !== spec.type || !(sameEnds || reversed)) {
    throw new ConflictError(
      `relationship "${id}" already exists as ${existing.from} -${existing.type}-> ${existing.to}; retract it first or choose another id`,
    );
  }
  return { id, type: spec.type, from: existing.from, to: existing.to };
}

/** Where each quote lies in its source's stored text: the occurrence at `start`, or the first. */
async function locate(
  tx: WriteTransaction,
  relationship: RelationshipTarget,
  citations: readonly CheckedCitation[],
): Promise<CitationWrite[]> {
  const sourceIds = [...new Set(citations.map((c) => c.sourceId))];
  const sources = await tx.sourceTexts(sourceIds);
  const claimantIds = [...new Set(citations.flatMap((c) => (c.claimantId ? [c.claimantId] : [])))];
  const claimants = new Set(
    claimantIds.length === 0 ? [] : (await tx.entities(claimantIds)).map((e) => e.id),
  );
  return citations.map((c, i) => {
    const at = `input.sources[${i}]`;
    const source = sources.get(c.sourceId);
    if (source === undefined) {
      throw new InvalidInputError(`${at}.sourceId: no source has id "${c.sourceId}"`, `${at}.sourceId`);
    }
    if (c.claimantId && !claimants.has(c.claimantId))
      throw new UnknownEntityError(c.claimantId, `${at}.claimantId`);
    const start = c.start ?? source.text.indexOf(c.quote);
    if (start < 0 || source.text.slice(start, start + c.quote.length) !== c.quote) {
      const where = c.start === null ? "" : ` at offset ${c.start}`;
      throw new InvalidInputError(
        `${at}.quote: "${c.quote.slice(0, 80)}" does not occur verbatim in source "${c.sourceId}"${where}`,
        `${at}.quote`,
      );
    }
    const end = start + c.quote.length;
    return {
      ...c.properties,
      sourceId: c.sourceId,
      quote: c.quote,
      stance: c.stance,
      claimant: c.claimant,
      claimantId: c.claimantId,
      when: c.when,
      since: c.since,
      until: c.until,
      id: `${relationship.id}@${c.sourceId}:${start}-${end}`,
      relationshipId: relationship.id,
      relationshipType: relationship.type,
      sourceKind: source.kind,
      start,
      end,
    };
  });
}

/** Recomputes and stores the evidence summary of relationships; those left without citations go. */
async function resummarize(
  tx: WriteTransaction,
  relationships: readonly { id: string; type: string }[],
  specOf: (type: string) => RelationshipTypeSpec,
): Promise<{ written: Relationship[]; removed: string[] }> {
  if (relationships.length === 0) return { written: [], removed: [] };
  const citations = await tx.citationsOf(relationships.map((r) => r.id));
  const bare = relationships.filter((r) => (citations.get(r.id) ?? []).length === 0);
  await tx.deleteRelationships(bare);
  const written = await tx.setEvidence(
    relationships
      .filter((r) => (citations.get(r.id) ?? []).length > 0)
      .map((r) => ({
        id: r.id,
        type: r.type,
        evidence: summarizeEvidence(specOf(r.type), citations.get(r.id)!),
      })),
  );
  return { written, removed: bare.map((r) => r.id) };
}

/**
 * Writes for editors and seed files, one set of rules for both. Rules that need no database run first
 * (src/services/editor-rules.ts); each write then checks what the graph holds and writes in one
 * transaction, so concurrent writes cannot slip between a check and its write. Evidence accumulates:
 * citations are added by id, aliases are a union, and nothing another source said is overwritten.
 */
export class EditorService {
  constructor(private readonly writes: WriteRepository) {}

  /** The rules of `command` that need no database (for a dry run); throws InvalidInputError. */
  static check(command: EditorCommand): void {
    checkCommand(command);
  }

  upsertEntity(input: EntityInput): Promise<Entity> {
    checkEntity(input);
    return this.writes.transaction("upsertEntity", (tx) => this.writeEntity(tx, input));
  }

  deleteEntity(id: string): Promise<DeleteResult> {
    return this.writes.transaction("deleteEntity", async (tx) => {
      const detached = await tx.deleteEntity(id);
      return { id, deleted: detached !== undefined, detached: detached ?? [] };
    });
  }

  addSource(input: SourceInput): Promise<Source> {
    const source = checkSource(input);
    return this.writes.transaction("addSource", (tx) => this.writeSource(tx, source));
  }

  retractSource(id: string): Promise<SourceRetraction> {
    return this.writes.transaction("retractSource", (tx) => this.removeSource(tx, id));
  }

  assertRelationship(input: RelationshipInput): Promise<Relationship> {
    checkRelationship(input);
    return this.writes.transaction("assertRelationship", (tx) => this.writeRelationship(tx, input));
  }

  retractRelationship(id: string): Promise<boolean> {
    return this.writes.transaction("retractRelationship", (tx) => tx.retractRelationship(id));
  }

  /**
   * Every command in one transaction, in order: a later command sees what earlier ones wrote. The first
   * refusal throws CommandFailure with its index, and nothing of the batch is written. `after` runs last
   * in the same transaction (a seed file records itself there).
   */
  async apply(
    name: string,
    commands: readonly EditorCommand[],
    after?: (run: TransactionRunner) => Promise<void>,
  ): Promise<ApplyCounts> {
    commands.forEach((command, index) => {
      try {
        checkCommand(command);
      } catch (error) {
        throw new CommandFailure(index, error as Error);
      }
    });
    // The executor maps what escapes a transaction; the failing command's index is kept beside it.
    let failedAt = -1;
    try {
      return await this.writes.transaction(name, async (tx) => {
        let counts = ZERO_COUNTS;
        for (const [index, command] of commands.entries()) {
          failedAt = index;
          counts = add(counts, await this.applyOne(tx, command));
        }
        failedAt = -1;
        if (after) await after(tx.run);
        return counts;
      });
    } catch (error) {
      const refusal = isModelError(error) && (error.code === "BAD_USER_INPUT" || error.code === "CONFLICT");
      if (failedAt >= 0 && refusal) throw new CommandFailure(failedAt, error as Error);
      throw error;
    }
  }

  private async applyOne(tx: WriteTransaction, command: EditorCommand): Promise<Partial<ApplyCounts>> {
    switch (command.kind) {
      case "source":
        await this.writeSource(tx, checkSource(command.input));
        return { sourcesWritten: 1 };
      case "entity":
        await this.writeEntity(tx, command.input);
        return { entitiesWritten: 1 };
      case "relationship":
        await this.writeRelationship(tx, command.input);
        return { relationshipsWritten: 1, citationsWritten: command.input.citations.length };
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

  private async writeEntity(tx: WriteTransaction, input: EntityInput): Promise<Entity> {
    const { kind, name, aliases, description, properties } = checkEntity(input);
    const [existing] = await tx.entities([input.id]);
    if (existing && existing.kind !== kind.label) {
      throw new InvalidInputError(
        `input.kind: "${input.id}" already names a ${existing.kind}; an entity's kind cannot change`,
        "input.kind",
      );
    }
    if (!existing && !name)
      throw new InvalidInputError("input.name is required for a new entity", "input.name");
    const resolved = { ...properties };
    if (typeof properties.whenSourceId === "string") {
      const [source] = await tx.sources([properties.whenSourceId]);
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
    const written = await tx.upsertEntity({
      id: input.id,
      label: kind.label,
      name,
      aliases,
      description,
      properties: resolved,
    });
    if (!written) {
      // Another transaction created the id with another kind between the check and the write.
      const [winner] = await tx.entities([input.id]);
      throw new InvalidInputError(
        `input.kind: "${input.id}" already names a ${winner?.kind ?? "different kind"}; an entity's kind cannot change`,
        "input.kind",
      );
    }
    return written;
  }

  private async writeSource(tx: WriteTransaction, input: SourceInput): Promise<Source> {
    const existing = (await tx.sourceTexts([input.id])).get(input.id)?.text;
    if (existing !== undefined && existing !== input.text) {
      throw new ConflictError(
        `source "${input.id}" already exists with another text; its citations' offsets depend on it: retract it first or choose another id`,
      );
    }
    const { id, ...properties } = input;
    return tx.mergeSource(id, {
      publisher: null,
      publishedOn: null,
      url: null,
      language: null,
      ...properties,
    });
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
      specOf,
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

  private async writeRelationship(tx: WriteTransaction, input: RelationshipInput): Promise<Relationship> {
    const { spec, explicitId, citations } = checkRelationship(input);
    const { from, to } = await endpoints(tx, input.from, input.to);
    if (!allowsEdge(spec.type, from.kind, to.kind)) {
      throw new InvalidInputError(
        `input.type: the registry does not allow ${spec.type} from ${from.kind} to ${to.kind} ` +
          `(it allows ${spec.from.join("|")} -> ${spec.to.join("|")})`,
        "input.type",
      );
    }
    const where = await target(tx, spec, input, explicitId);
    const located = await locate(tx, where, citations);
    if (!(await tx.mergeRelationship(where))) {
      await endpoints(tx, input.from, input.to); // deleted since the check: say which
      throw new Error("invariant: the relationship was not written although both endpoints exist");
    }
    await tx.mergeCitations(located);
    const { written } = await resummarize(tx, [where], () => spec);
    return written[0]!;
  }
}

function specOf(type: string): RelationshipTypeSpec {
  const spec = relationshipType(type);
  // Citations name their relationship's type as it was written, from the registry.
  if (!spec) throw new Error(`invariant: ${type} is not in the registry`);
  return spec;
}

function add(a: ApplyCounts, b: Partial<ApplyCounts>): ApplyCounts {
  return Object.fromEntries(
    Object.entries(a).map(([k, v]) => [k, v + (b[k as keyof ApplyCounts] ?? 0)]),
  ) as unknown as ApplyCounts;
}
