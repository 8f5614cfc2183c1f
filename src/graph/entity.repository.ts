import type { Entity } from "../model/entity";
import { ENTITY_LABEL } from "../model/registry";
import {
  ENTITIES_BY_IDS,
  ENTITY_PAGE,
  ENTITY_PAGE_AFTER,
  MEDIATORS,
  MEDIATORS_OF,
} from "./cypher/entity.cypher";
import type { Executor } from "./executor";
import { toEntity } from "./mappers";

export interface EntityPage {
  readonly total: number;
  readonly entities: readonly Entity[];
}

export class EntityRepository {
  constructor(private readonly executor: Executor) {}

  async byIds(ids: readonly string[]): Promise<Entity[]> {
    if (ids.length === 0) return [];
    const rows = await this.executor.read(ENTITIES_BY_IDS, { ids });
    return rows.map((r) => toEntity(r.entity));
  }

  /** Entities in id order after `after`, at most `limit`; `label` null for every kind. */
  async page(label: string | null, after: string | null, limit: number): Promise<EntityPage> {
    const table = after === null ? ENTITY_PAGE : ENTITY_PAGE_AFTER;
    const statement = table.get(label ?? ENTITY_LABEL);
    // Callers validate kinds against the registry first.
    if (!statement) throw new Error(`invariant: ${label} is not in the registry`);
    const [row] = await this.executor.read(statement, { after, limit });
    return { total: Number(row?.total ?? 0), entities: ((row?.entities as unknown[]) ?? []).map(toEntity) };
  }

  async mediators(negotiationId: string | null): Promise<Entity[]> {
    const rows =
      negotiationId === null
        ? await this.executor.read(MEDIATORS)
        : await this.executor.read(MEDIATORS_OF, { negotiation: negotiationId });
    return rows.map((r) => toEntity(r.entity));
  }
}
