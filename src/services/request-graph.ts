import DataLoader from "dataloader";
import type { EntityRepository } from "../graph/entity.repository";
import type { Direction, RelationshipFilter, RelationshipRepository } from "../graph/relationship.repository";
import type { Entity } from "../model/entity";
import type { Relationship } from "../model/relationship";
import type { Source } from "../model/source";

/** A relationship seen from one of its ends. */
export interface RelatedEntity {
  readonly relationship: Relationship;
  readonly entity: Entity;
}

/**
 * Per-request batching and caching (one instance per GraphQL request): every entity, source and
 * relationship list asked for in one tick of resolution goes to Neo4j as one statement, so the number
 * of round trips grows with the depth of the query, not with the number of entities or edges it returns.
 */
export class RequestGraph {
  private readonly entities: DataLoader<string, Entity | null>;
  private readonly sources: DataLoader<string, Source | null>;
  private readonly relationshipLoaders = new Map<string, DataLoader<string, Relationship[]>>();

  constructor(
    entityRepository: EntityRepository,
    private readonly relationshipRepository: RelationshipRepository,
  ) {
    this.entities = new DataLoader(async (ids) => {
      const found = new Map((await entityRepository.byIds(ids)).map((e) => [e.id, e]));
      return ids.map((id) => found.get(id) ?? null);
    });
    this.sources = new DataLoader(async (ids) => {
      const found = new Map((await entityRepository.sourcesByIds(ids)).map((s) => [s.id, s]));
      return ids.map((id) => found.get(id) ?? null);
    });
  }

  entity(id: string): Promise<Entity | null> {
    return this.entities.load(id);
  }

  /** Entities already known (e.g. from a page) skip the round trip later fields would make. */
  prime(entities: readonly Entity[]): void {
    for (const e of entities) this.entities.prime(e.id, e);
  }

  source(id: string): Promise<Source | null> {
    return this.sources.load(id);
  }

  relationships(entityId: string, filter: RelationshipFilter): Promise<Relationship[]> {
    const key = JSON.stringify([
      filter.types ? [...filter.types].sort() : null,
      filter.direction,
      filter.first,
    ]);
    let loader = this.relationshipLoaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const byId = await this.relationshipRepository.of(ids, filter);
        return ids.map((id) => byId.get(id) ?? []);
      });
      this.relationshipLoaders.set(key, loader);
    }
    return loader.load(entityId);
  }

  /** The entities at the other end of `entityId`'s relationships of `type`, with the relationships. */
  async related(
    entityId: string,
    type: string,
    direction: Direction,
    first: number,
  ): Promise<RelatedEntity[]> {
    const relationships = await this.relationships(entityId, { types: [type], direction, first });
    const others = await this.entities.loadMany(
      relationships.map((r) => (r.from === entityId ? r.to : r.from)),
    );
    return relationships.flatMap((relationship, i) => {
      const entity = others[i];
      return entity && !(entity instanceof Error) ? [{ relationship, entity }] : [];
    });
  }
}
