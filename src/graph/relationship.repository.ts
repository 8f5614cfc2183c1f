import type { Relationship } from "../model/relationship";
import { RELATIONSHIP_TYPES } from "../model/registry";
import { RELATIONSHIPS_BETWEEN, RELATIONSHIPS_OF, RELATIONSHIP_BY_ID } from "./cypher/relationship.cypher";
import type { Executor } from "./executor";
import { toRelationship } from "./mappers";

import type { RelationshipDirection as Direction } from "../model/direction";

export type { Direction };

export interface RelationshipFilter {
  /** Relationship types to keep; null keeps all. */
  readonly types: readonly string[] | null;
  readonly direction: Direction;
  readonly first: number;
}

export const SYMMETRIC_TYPES: readonly string[] = RELATIONSHIP_TYPES.filter((r) => r.symmetric).map(
  (r) => r.type,
);

export class RelationshipRepository {
  constructor(private readonly executor: Executor) {}

  /** Relationships of each entity in one round trip, keyed by entity id. */
  async of(ids: readonly string[], filter: RelationshipFilter): Promise<Map<string, Relationship[]>> {
    const rows = await this.executor.read(RELATIONSHIPS_OF, {
      ids,
      types: filter.types,
      direction: filter.direction,
      first: filter.first,
      symmetric: SYMMETRIC_TYPES,
    });
    return new Map(rows.map((r) => [String(r.id), (r.relationships as unknown[]).map(toRelationship)]));
  }

  async between(a: string, b: string, types: readonly string[] | null): Promise<Relationship[]> {
    const rows = await this.executor.read(RELATIONSHIPS_BETWEEN, { a, b, types });
    return rows.map((r) => toRelationship(r.relationship));
  }

  async byId(id: string): Promise<Relationship | undefined> {
    const [row] = await this.executor.read(RELATIONSHIP_BY_ID, { id });
    return row ? toRelationship(row.relationship) : undefined;
  }
}
