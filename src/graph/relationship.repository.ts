import type { Entity } from "../model/entity";
import type { EvidenceFilter } from "../model/evidence-filter";
import type { Relationship } from "../model/relationship";
import { RELATIONSHIP_TYPES, RELATIONSHIP_TYPE_NAMES } from "../model/registry";
import {
  RELATED_EDGES_OF,
  RELATED_ENTITIES_OF,
  RELATIONSHIPS_BETWEEN,
  RELATIONSHIPS_OF,
  RELATIONSHIPS_OF_ANY_TYPE,
  RELATIONSHIP_BY_ID,
  typedKey,
} from "./cypher/relationship.cypher";
import type { Executor } from "./executor";
import { toEntity, toRelationship } from "./mappers";
import type { Statement } from "./statement";

import type { RelationshipDirection as Direction } from "../model/direction";

export type { Direction };

export interface RelationshipFilter {
  /** Relationship types to keep; null keeps all. */
  readonly types: readonly string[] | null;
  readonly direction: Direction;
  readonly first: number;
  /** The evidence each relationship must rest on; null keeps all. */
  readonly evidence: EvidenceFilter | null;
}

/** One page of one relationship type seen from an entity; `after` is the last key of the previous page. */
export interface RelatedPage {
  readonly type: string;
  readonly direction: Direction;
  readonly first: number;
  readonly after: string | null;
}

/** Each entity's relationships, and the entities at their other ends. */
export interface RelationshipsOf {
  readonly byEntity: Map<string, Relationship[]>;
  readonly ends: readonly Entity[];
}

/** A relationship with the entity at its other end. */
export interface RelatedEdge {
  readonly relationship: Relationship;
  readonly entity: Entity;
}

export const SYMMETRIC_TYPES: readonly string[] = RELATIONSHIP_TYPES.filter((r) => r.symmetric).map(
  (r) => r.type,
);

function tableEntry<K>(table: ReadonlyMap<K, Statement>, key: K): Statement {
  const found = table.get(key);
  // Callers validate types and directions against the registry first.
  if (!found) throw new Error(`invariant: no statement for ${String(key)}`);
  return found;
}

const typed = (table: ReadonlyMap<string, Statement>, page: RelatedPage): Statement =>
  tableEntry(table, typedKey(page.type, page.direction));

const pageParameters = (ids: readonly string[], page: RelatedPage) => ({
  ids,
  first: page.first,
  after: page.after,
});

export class RelationshipRepository {
  constructor(private readonly executor: Executor) {}

  /** Relationships of each entity in one round trip, keyed by entity id, with their other ends. */
  async of(ids: readonly string[], filter: RelationshipFilter): Promise<RelationshipsOf> {
    const anyType = filter.types === null && filter.direction === "BOTH";
    const rows = await this.executor.read(
      anyType ? RELATIONSHIPS_OF_ANY_TYPE : tableEntry(RELATIONSHIPS_OF, filter.direction),
      {
        ids,
        types: filter.types ?? RELATIONSHIP_TYPE_NAMES,
        first: filter.first,
        evidence: filter.evidence,
      },
    );
    return {
      byEntity: new Map(rows.map((r) => [String(r.id), (r.relationships as unknown[]).map(toRelationship)])),
      ends: rows.flatMap((r) => (r.ends as unknown[]).map(toEntity)),
    };
  }

  /** Each entity's page of distinct entities at the other end, by entity id, keyed by entity id. */
  async relatedEntities(ids: readonly string[], page: RelatedPage): Promise<Map<string, Entity[]>> {
    const rows = await this.executor.read(typed(RELATED_ENTITIES_OF, page), pageParameters(ids, page));
    return new Map(rows.map((r) => [String(r.id), (r.entities as unknown[]).map(toEntity)]));
  }

  /** Each entity's page of relationships with their other ends, by relationship id, keyed by entity id. */
  async relatedEdges(ids: readonly string[], page: RelatedPage): Promise<Map<string, RelatedEdge[]>> {
    const rows = await this.executor.read(typed(RELATED_EDGES_OF, page), pageParameters(ids, page));
    return new Map(
      rows.map((r) => [
        String(r.id),
        (r.edges as { relationship: unknown; entity: unknown }[]).map((e) => ({
          relationship: toRelationship(e.relationship),
          entity: toEntity(e.entity),
        })),
      ]),
    );
  }

  async between(
    a: string,
    b: string,
    types: readonly string[] | null,
    evidence: EvidenceFilter | null,
  ): Promise<Relationship[]> {
    const rows = await this.executor.read(RELATIONSHIPS_BETWEEN, { a, b, types, evidence });
    return rows.map((r) => toRelationship(r.relationship));
  }

  async byId(id: string): Promise<Relationship | undefined> {
    const [row] = await this.executor.read(RELATIONSHIP_BY_ID, { id });
    return row ? toRelationship(row.relationship) : undefined;
  }
}
