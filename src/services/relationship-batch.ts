import type {
  CitationWrite,
  CitedRelationshipWrite,
  QuoteCheck,
  QuoteVerdict,
  RelationshipTarget,
  WriteCheckRequest,
  WriteChecks,
  WriteTransaction,
} from "../graph/write.repository";
import { ConflictError, InvalidInputError, UnknownEntityError } from "../model/errors";
import type { Relationship } from "../model/relationship";
import { type RelationshipTypeSpec, allowsEdge } from "../model/registry";
import { storedDirection } from "../model/stored-direction";
import type { BatchCursor } from "./batch-cursor";
import type { RelationshipInput } from "./editor-commands";
import type { CheckedCitation, CheckedRelationship } from "./editor-rules";

/** A relationship command of a batch: its index among the commands applied, its input, its rules applied. */
export interface RelationshipCommand {
  readonly index: number;
  readonly input: RelationshipInput;
  readonly checked: CheckedRelationship;
}

const kebab = (type: string): string => type.toLowerCase().replace(/_/g, "-");
const pairKey = (type: string, a: string, b: string): string =>
  a < b ? `${type} ${a} ${b}` : `${type} ${b} ${a}`;
const quoteKey = (command: number, citation: number): string => `${command}:${citation}`;

/** The id a relationship gets when its command names none. */
function defaultId(spec: RelationshipTypeSpec, input: RelationshipInput): string {
  const ends = storedDirection(spec.type, input.from, input.to);
  return `${ends.from}-${kebab(spec.type)}-${ends.to}`;
}

/** What a batch of relationships asks of the graph: endpoints, claimants, ids, twins and quotes. */
export function relationshipChecks(batch: readonly RelationshipCommand[]): WriteCheckRequest {
  const entityIds = new Set<string>();
  const relationshipIds = new Set<string>();
  const pairs = new Map<string, { a: string; b: string; type: string }>();
  const quotes: QuoteCheck[] = [];
  batch.forEach(({ input, checked: { spec, explicitId, citations } }, k) => {
    entityIds.add(input.from).add(input.to);
    relationshipIds.add(explicitId ?? defaultId(spec, input));
    if (spec.symmetric && !explicitId)
      pairs.set(pairKey(spec.type, input.from, input.to), { a: input.from, b: input.to, type: spec.type });
    citations.forEach((c, j) => {
      if (c.claimantId) entityIds.add(c.claimantId);
      quotes.push({ key: quoteKey(k, j), sourceId: c.sourceId, quote: c.quote, start: c.start });
    });
  });
  return {
    entityIds: [...entityIds],
    sourceIds: [],
    relationshipIds: [...relationshipIds],
    pairs: [...pairs.values()],
    quotes,
  };
}

/**
 * Where each command's relationship lands, the graph as checked plus what earlier commands of the batch
 * wrote: without an id, a symmetric fact lands on the relationship that already joins the pair; an id
 * held by another fact is a conflict.
 */
class Targets {
  private readonly byId: Map<string, RelationshipTarget>;
  private readonly twins = new Map<string, RelationshipTarget[]>();

  constructor(checks: WriteChecks) {
    this.byId = new Map(checks.relationshipsById);
    for (const twin of checks.twins) this.addTwin(twin);
  }

  resolve(
    spec: RelationshipTypeSpec,
    input: RelationshipInput,
    explicitId: string | null,
  ): RelationshipTarget {
    const ends = storedDirection(spec.type, input.from, input.to);
    if (spec.symmetric && !explicitId) {
      const [twin] = [...(this.twins.get(pairKey(spec.type, ends.from, ends.to)) ?? [])].sort((a, b) =>
        a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
      );
      if (twin) return { id: twin.id, type: spec.type, from: twin.from, to: twin.to };
    }
    const id = explicitId ?? `${ends.from}-${kebab(spec.type)}-${ends.to}`;
    const existing = this.byId.get(id);
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

  /** The batch writes `target`: later commands find it by id, and as a twin. */
  record(target: RelationshipTarget): void {
    if (this.byId.has(target.id)) return;
    this.byId.set(target.id, target);
    this.addTwin(target);
  }

  private addTwin(r: RelationshipTarget): void {
    const key = pairKey(r.type, r.from, r.to);
    this.twins.set(key, [...(this.twins.get(key) ?? []), r]);
  }
}

/** Where the quote lies in `text`, as the checks do in Cypher: the occurrence at `start`, or the first. */
function locateInText(text: string, quote: string, start: number | null): number | null {
  const at = start ?? text.indexOf(quote);
  return at >= 0 && text.slice(at, at + quote.length) === quote ? at : null;
}

/** Each citation stamped with its relationship, source kind and offsets; a refusal names the citation. */
function locate(
  target: RelationshipTarget,
  citations: readonly CheckedCitation[],
  k: number,
  checks: WriteChecks,
): CitationWrite[] {
  return citations.map((c, j) => {
    const at = `input.sources[${j}]`;
    const verdict: QuoteVerdict | undefined = checks.quotes.get(quoteKey(k, j));
    if (!verdict) {
      throw new InvalidInputError(`${at}.sourceId: no source has id "${c.sourceId}"`, `${at}.sourceId`);
    }
    if (c.claimantId && !checks.entities.has(c.claimantId))
      throw new UnknownEntityError(c.claimantId, `${at}.claimantId`);
    const start = verdict.text === null ? verdict.start : locateInText(verdict.text, c.quote, c.start);
    if (start === null) {
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
      id: `${target.id}@${c.sourceId}:${start}-${end}`,
      relationshipId: target.id,
      relationshipType: target.type,
      sourceKind: verdict.sourceKind,
      start,
      end,
    };
  });
}

interface PlannedRelationship extends RelationshipTarget {
  /** The first command that writes it. */
  readonly index: number;
  /** By id: a citation asserted twice is written once, its later values over the earlier ones. */
  readonly citations: Map<string, CitationWrite>;
}

export interface RelationshipPlan {
  /** Each command's relationship, in command order. */
  readonly targets: readonly RelationshipTarget[];
  /** What the batch writes, by type then id. */
  readonly writes: ReadonlyMap<string, ReadonlyMap<string, PlannedRelationship>>;
}

/**
 * Applies the rules that need the graph to every command in order, against `checks` and what earlier
 * commands of the batch wrote. The first refusal throws, with `cursor.index` naming its command.
 */
export function planRelationships(
  batch: readonly RelationshipCommand[],
  checks: WriteChecks,
  cursor: BatchCursor,
): RelationshipPlan {
  const targets = new Targets(checks);
  const planned: RelationshipTarget[] = [];
  const writes = new Map<string, Map<string, PlannedRelationship>>();
  batch.forEach(({ index, input, checked: { spec, explicitId, citations } }, k) => {
    cursor.index = index;
    const from = checks.entities.get(input.from);
    const to = checks.entities.get(input.to);
    if (!from) throw new UnknownEntityError(input.from, "input.from");
    if (!to) throw new UnknownEntityError(input.to, "input.to");
    if (!allowsEdge(spec.type, from.kind, to.kind)) {
      throw new InvalidInputError(
        `input.type: the registry does not allow ${spec.type} from ${from.kind} to ${to.kind} ` +
          `(it allows ${spec.from.join("|")} -> ${spec.to.join("|")})`,
        "input.type",
      );
    }
    const target = targets.resolve(spec, input, explicitId);
    const located = locate(target, citations, k, checks);
    targets.record(target);
    planned.push(target);
    const ofType = writes.get(target.type) ?? new Map<string, PlannedRelationship>();
    writes.set(target.type, ofType);
    const write = ofType.get(target.id) ?? { ...target, index, citations: new Map() };
    ofType.set(target.id, write);
    for (const c of located) write.citations.set(c.id, { ...write.citations.get(c.id), ...c });
  });
  cursor.index = -1;
  return { targets: planned, writes };
}

/**
 * Writes a batch of relationships with their citations: one statement checks them all, one per type
 * writes them, and one per type stores their evidence summaries. Returns each command's relationship
 * as now stored.
 */
export async function writeRelationships(
  tx: WriteTransaction,
  batch: readonly RelationshipCommand[],
  cursor: BatchCursor,
): Promise<Relationship[]> {
  const plan = planRelationships(batch, await tx.batch.checks(relationshipChecks(batch)), cursor);
  const cited: { id: string; type: string }[] = [];
  for (const [type, ofType] of plan.writes) {
    const rows: CitedRelationshipWrite[] = [...ofType.values()]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map(({ id, from, to, citations }) => ({ id, from, to, citations: [...citations.values()] }));
    const written = await tx.batch.mergeRelationshipsCited(type, rows);
    const missing = [...ofType.values()].filter((r) => !written.has(r.id));
    if (missing.length > 0) await refuseDeletedEndpoint(tx, batch, missing, cursor);
    for (const id of written) cited.push({ id, type });
  }
  const written = new Map((await tx.deriveEvidence(cited)).map((r) => [r.id, r]));
  return plan.targets.map((t) => written.get(t.id)!);
}

/** An endpoint was deleted since the checks (by a transaction that committed meanwhile): say which. */
async function refuseDeletedEndpoint(
  tx: WriteTransaction,
  batch: readonly RelationshipCommand[],
  missing: readonly PlannedRelationship[],
  cursor: BatchCursor,
): Promise<never> {
  const first = missing.reduce((a, b) => (b.index < a.index ? b : a));
  const command = batch.find((c) => c.index === first.index)!;
  cursor.index = first.index;
  const found = new Set((await tx.entities([command.input.from, command.input.to])).map((e) => e.id));
  if (!found.has(command.input.from)) throw new UnknownEntityError(command.input.from, "input.from");
  if (!found.has(command.input.to)) throw new UnknownEntityError(command.input.to, "input.to");
  throw new Error("invariant: the relationship was not written although both endpoints exist");
}
