import DataLoader from "dataloader";
import type { EntityRepository } from "../graph/entity.repository";
import type { EvidenceRepository } from "../graph/evidence.repository";
import type {
  RelatedEdge,
  RelatedPage,
  RelationshipFilter,
  RelationshipRepository,
} from "../graph/relationship.repository";
import type { Citation } from "../model/citation";
import type { Entity } from "../model/entity";
import type { Relationship } from "../model/relationship";
import type { Source } from "../model/source";

export type { RelatedEdge, RelatedPage };

/**
 * Per-request batching and caching (one instance per GraphQL request): every entity, source and
 * relationship list asked for in one tick of resolution goes to Neo4j as one statement, so the number
 * of round trips grows with the depth of the query, not with the number of entities or edges it returns.
 */
export class RequestGraph {
  private readonly entities: DataLoader<string, Entity | null>;
  private readonly sources: DataLoader<string, Source | null>;
  private readonly sourceTexts: DataLoader<string, string | null>;
  private readonly citationLoaders = new Map<number, DataLoader<string, Citation[]>>();
  private readonly relationshipsById: DataLoader<string, Relationship | null>;
  private readonly relationshipLoaders = new Map<string, DataLoader<string, Relationship[]>>();
  private readonly relatedEntityLoaders = new Map<string, DataLoader<string, Entity[]>>();
  private readonly relatedEdgeLoaders = new Map<string, DataLoader<string, RelatedEdge[]>>();

  constructor(
    entityRepository: EntityRepository,
    private readonly relationshipRepository: RelationshipRepository,
    private readonly evidenceRepository: EvidenceRepository,
  ) {
    this.entities = new DataLoader(async (ids) => {
      const found = new Map((await entityRepository.byIds(ids)).map((e) => [e.id, e]));
      return ids.map((id) => found.get(id) ?? null);
    });
    this.sources = new DataLoader(async (ids) => {
      const found = new Map((await evidenceRepository.sourcesByIds(ids)).map((s) => [s.id, s]));
      return ids.map((id) => found.get(id) ?? null);
    });
    this.sourceTexts = new DataLoader(async (ids) => {
      const found = await evidenceRepository.sourceTexts(ids);
      return ids.map((id) => found.get(id) ?? null);
    });
    // Keys are "TYPE id": a relationship is found through its type's index.
    this.relationshipsById = new DataLoader(async (keys) => {
      const byType = new Map<string, string[]>();
      for (const key of keys) {
        const [type, id] = key.split(" ") as [string, string];
        byType.set(type, [...(byType.get(type) ?? []), id]);
      }
      const found = new Map(
        (await evidenceRepository.relationshipsByIds(byType)).map((r) => [`${r.type} ${r.id}`, r]),
      );
      return keys.map((key) => found.get(key) ?? null);
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

  sourceText(id: string): Promise<string | null> {
    return this.sourceTexts.load(id);
  }

  /** At most `first` citations of a relationship, batched with every other relationship's. */
  citations(relationshipId: string, first: number): Promise<Citation[]> {
    let loader = this.citationLoaders.get(first);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const byId = await this.evidenceRepository.citationsOf(ids, first);
        return ids.map((id) => byId.get(id) ?? []);
      });
      this.citationLoaders.set(first, loader);
    }
    return loader.load(relationshipId);
  }

  relationship(type: string, id: string): Promise<Relationship | null> {
    return this.relationshipsById.load(`${type} ${id}`);
  }

  relationships(entityId: string, filter: RelationshipFilter): Promise<Relationship[]> {
    const key = JSON.stringify([
      filter.types ? [...filter.types].sort() : null,
      filter.direction,
      filter.first,
      filter.evidence,
    ]);
    let loader = this.relationshipLoaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const { byEntity, ends } = await this.relationshipRepository.of(ids, filter);
        this.prime(ends);
        return ids.map((id) => byEntity.get(id) ?? []);
      });
      this.relationshipLoaders.set(key, loader);
    }
    return loader.load(entityId);
  }

  /** One page of the distinct entities at the other end of `entityId`'s relationships of one type. */
  relatedEntities(entityId: string, page: RelatedPage): Promise<Entity[]> {
    return this.pageLoader(this.relatedEntityLoaders, page, async (ids) => {
      const byId = await this.relationshipRepository.relatedEntities(ids, page);
      this.prime([...byId.values()].flat());
      return byId;
    }).load(entityId);
  }

  /** One page of `entityId`'s relationships of one type, each with the entity at its other end. */
  relatedEdges(entityId: string, page: RelatedPage): Promise<RelatedEdge[]> {
    return this.pageLoader(this.relatedEdgeLoaders, page, async (ids) => {
      const byId = await this.relationshipRepository.relatedEdges(ids, page);
      this.prime([...byId.values()].flatMap((edges) => edges.map((e) => e.entity)));
      return byId;
    }).load(entityId);
  }

  /** One loader per distinct page, so every entity asking for the same page shares one statement. */
  private pageLoader<T>(
    loaders: Map<string, DataLoader<string, T[]>>,
    page: RelatedPage,
    read: (ids: readonly string[]) => Promise<Map<string, T[]>>,
  ): DataLoader<string, T[]> {
    const key = JSON.stringify([page.type, page.direction, page.first, page.after]);
    let loader = loaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const byId = await read(ids);
        return ids.map((id) => byId.get(id) ?? []);
      });
      loaders.set(key, loader);
    }
    return loader;
  }
}
