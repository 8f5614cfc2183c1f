import type { Entity } from "../model/entity";
import { ENTITY_SEARCH_INDEX } from "./cypher/schema.cypher";
import { SEARCH_ENTITIES } from "./cypher/search.cypher";
import type { Executor } from "./executor";
import { toEntity } from "./mappers";

export interface ScoredEntity {
  readonly entity: Entity;
  readonly score: number;
}

export class SearchRepository {
  constructor(private readonly executor: Executor) {}

  /** `luceneQuery` must already be escaped; `labels` null searches every kind. */
  async search(
    luceneQuery: string,
    labels: readonly string[] | null,
    first: number,
  ): Promise<ScoredEntity[]> {
    const rows = await this.executor.read(SEARCH_ENTITIES, {
      index: ENTITY_SEARCH_INDEX,
      query: luceneQuery,
      labels,
      first,
    });
    return rows.map((r) => ({ entity: toEntity(r.entity), score: Number(r.score) }));
  }
}
