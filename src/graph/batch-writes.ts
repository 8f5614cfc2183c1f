import type { Entity } from "../model/entity";
import type { Relationship } from "../model/relationship";
import type { SourceKind } from "../model/registry";
import type { Source } from "../model/source";
import { MERGE_RELATIONSHIPS_CITED, UPSERT_ENTITIES, WRITE_CHECKS } from "./cypher/batch-write.cypher";
import { MERGE_SOURCES_KEEPING_TEXT } from "./cypher/evidence.cypher";
import type { TransactionRunner } from "./executor";
import { toEntity, toRelationship, toSource } from "./mappers";
import type { Statement } from "./statement";

/** A citation as stored: every field of Citation plus its relationship's type, values flattened in. */
export type CitationWrite = Readonly<Record<string, unknown>> & {
  readonly id: string;
  readonly relationshipId: string;
  readonly relationshipType: string;
};

/** A quote to find in its source's stored text: at `start`, or its first occurrence when null. */
export interface QuoteCheck {
  /** The caller's name for the quote, given back with its verdict. */
  readonly key: string;
  readonly sourceId: string;
  readonly quote: string;
  readonly start: number | null;
}

/** What a batch of writes asks of the graph before it writes. */
export interface WriteCheckRequest {
  readonly entityIds: readonly string[];
  readonly sourceIds: readonly string[];
  readonly relationshipIds: readonly string[];
  /** Pairs whose relationships of `type` are wanted, stored either way round. */
  readonly pairs: readonly { readonly a: string; readonly b: string; readonly type: string }[];
  readonly quotes: readonly QuoteCheck[];
}

export interface QuoteVerdict {
  readonly sourceKind: SourceKind;
  /** Where the quote lies (UTF-16 offset, as JavaScript counts); null when it does not occur there. */
  readonly start: number | null;
  /** The source's text, only when Cypher could not count the offset as JavaScript does. */
  readonly text: string | null;
}

export interface WriteChecks {
  readonly entities: ReadonlyMap<string, Entity>;
  readonly sources: ReadonlyMap<string, { readonly kind: SourceKind; readonly publishedOn: string | null }>;
  /** Each id's relationship, the first in registry order when several types use the id. */
  readonly relationshipsById: ReadonlyMap<string, Relationship>;
  /** The relationships joining the requested pairs. */
  readonly twins: readonly Relationship[];
  /** By key; a quote whose source does not exist has none. */
  readonly quotes: ReadonlyMap<string, QuoteVerdict>;
}

/** An entity as a batch upserts it: null name or description keeps the stored one, aliases are added. */
export interface EntityUpsert {
  readonly id: string;
  readonly name: string | null;
  readonly aliases: readonly string[];
  readonly description: string | null;
  readonly properties: Readonly<Record<string, unknown>>;
}

/** A relationship with the citations a batch adds to it, endpoints in stored direction. */
export interface CitedRelationshipWrite {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly citations: readonly CitationWrite[];
}

const sourceKind = (value: unknown): SourceKind => (value === "reference" ? "reference" : "report");

function forName(table: ReadonlyMap<string, Statement>, name: string): Statement {
  const found = table.get(name);
  // Callers validate kinds and types against the registry first.
  if (!found) throw new Error(`invariant: ${name} is not in the registry`);
  return found;
}

/** Quotes grouped by source, so each source's text is read once. */
function bySource(quotes: readonly QuoteCheck[]): { id: string; quotes: Omit<QuoteCheck, "sourceId">[] }[] {
  const groups = new Map<string, Omit<QuoteCheck, "sourceId">[]>();
  for (const { sourceId, ...quote } of quotes) groups.set(sourceId, [...(groups.get(sourceId) ?? []), quote]);
  return [...groups].map(([id, list]) => ({ id, quotes: list }));
}

/**
 * The statements of a batch of writes: one read that checks it, then one UNWIND per kind or type. They
 * run in the caller's transaction, so reads see what the batch and earlier batches wrote.
 */
export class BatchWrites {
  constructor(private readonly run: TransactionRunner) {}

  async checks(request: WriteCheckRequest): Promise<WriteChecks> {
    const { rows } = await this.run(WRITE_CHECKS, {
      entityIds: request.entityIds,
      sourceIds: request.sourceIds,
      relationshipIds: request.relationshipIds,
      pairs: request.pairs,
      quotes: bySource(request.quotes),
    });
    const row = rows[0] ?? {};
    const list = (key: string): Record<string, unknown>[] =>
      (row[key] as Record<string, unknown>[] | undefined) ?? [];
    const relationshipsById = new Map<string, Relationship>();
    for (const r of list("byId").map(toRelationship))
      if (!relationshipsById.has(r.id)) relationshipsById.set(r.id, r);
    return {
      entities: new Map(list("entities").map((e) => [String(e.id), toEntity(e)])),
      sources: new Map(
        list("sources").map((s) => [
          String(s.id),
          {
            kind: sourceKind(s.kind),
            publishedOn: typeof s.publishedOn === "string" ? s.publishedOn : null,
          },
        ]),
      ),
      relationshipsById,
      twins: list("twins").map(toRelationship),
      quotes: new Map(
        list("quotes").map((q) => [
          String(q.key),
          {
            sourceKind: sourceKind(q.kind),
            start: q.start === null || q.start === undefined ? null : Number(q.start),
            text: typeof q.text === "string" ? q.text : null,
          },
        ]),
      ),
    };
  }

  /** The sources as now stored; one whose stored text differs is left as it is and missing here. */
  async mergeSources(
    rows: readonly { id: string; properties: Readonly<Record<string, unknown>> }[],
  ): Promise<Source[]> {
    const result = await this.run(MERGE_SOURCES_KEEPING_TEXT, { rows });
    return result.rows.map((r) => toSource(r.source));
  }

  /** The entities as now stored; an id held by another kind is left as it is and missing here. */
  async upsertEntities(label: string, rows: readonly EntityUpsert[]): Promise<Entity[]> {
    const result = await this.run(forName(UPSERT_ENTITIES, label), { rows });
    return result.rows.map((r) => toEntity(r.entity));
  }

  /**
   * The ids of the relationships written; one whose endpoint is gone is missing. Each is locked until
   * its evidence is derived.
   */
  async mergeRelationshipsCited(type: string, rows: readonly CitedRelationshipWrite[]): Promise<Set<string>> {
    const result = await this.run(forName(MERGE_RELATIONSHIPS_CITED, type), { rows });
    return new Set(result.rows.map((r) => String(r.id)));
  }
}
