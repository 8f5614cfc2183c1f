import type { Entity } from "../model/entity";
import type { Relationship } from "../model/relationship";
import { ENTITIES_BY_IDS } from "./cypher/entity.cypher";
import { RELATIONSHIPS_BETWEEN, RELATIONSHIP_BY_ID } from "./cypher/relationship.cypher";
import {
  ASSERT_RELATIONSHIP,
  DELETE_ENTITY,
  RETRACT_RELATIONSHIP,
  UPSERT_ENTITY,
} from "./cypher/write.cypher";
import type { TransactionRunner } from "./executor";
import { toEntity, toRelationship } from "./mappers";
import type { Statement } from "./statement";

export interface EntityWrite {
  readonly id: string;
  readonly label: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly description: string | null;
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface RelationshipWrite {
  readonly id: string;
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly properties: Readonly<Record<string, unknown>>;
  readonly sourceIds: readonly string[];
  readonly quotes: readonly string[];
}

function forName(table: ReadonlyMap<string, Statement>, name: string): Statement {
  const found = table.get(name);
  // Callers validate kinds and types against the registry first.
  if (!found) throw new Error(`invariant: ${name} is not in the registry`);
  return found;
}

/**
 * The reads and writes of one write transaction. Reads see what the transaction wrote so far and what
 * others committed; whatever the unit of work throws rolls all of it back.
 */
export class WriteTransaction {
  constructor(private readonly run: TransactionRunner) {}

  async entities(ids: readonly string[]): Promise<Entity[]> {
    const { rows } = await this.run(ENTITIES_BY_IDS, { ids });
    return rows.map((r) => toEntity(r.entity));
  }

  async relationshipById(id: string): Promise<Relationship | undefined> {
    const { rows } = await this.run(RELATIONSHIP_BY_ID, { id });
    return rows[0] ? toRelationship(rows[0].relationship) : undefined;
  }

  /** Relationships of `type` between `a` and `b`, stored either way round. */
  async relationshipsBetween(a: string, b: string, type: string): Promise<Relationship[]> {
    const { rows } = await this.run(RELATIONSHIPS_BETWEEN, { a, b, types: [type] });
    return rows.map((r) => toRelationship(r.relationship));
  }

  /** Undefined when the id exists with another kind (nothing is written then). */
  async upsertEntity(write: EntityWrite): Promise<Entity | undefined> {
    const { rows } = await this.run(forName(UPSERT_ENTITY, write.label), {
      id: write.id,
      name: write.name,
      aliases: write.aliases,
      description: write.description,
      properties: write.properties,
    });
    return rows[0] ? toEntity(rows[0].entity) : undefined;
  }

  /** The relationships detached, or undefined when no entity has the id. */
  async deleteEntity(id: string): Promise<Relationship[] | undefined> {
    const { rows } = await this.run(DELETE_ENTITY, { id });
    if (!rows[0]) return undefined;
    return (rows[0].detached as unknown[]).filter((r) => r !== null).map(toRelationship);
  }

  /** Undefined when an endpoint does not exist. */
  async assertRelationship(write: RelationshipWrite): Promise<Relationship | undefined> {
    const { rows } = await this.run(forName(ASSERT_RELATIONSHIP, write.type), {
      id: write.id,
      from: write.from,
      to: write.to,
      properties: write.properties,
      sourceIds: write.sourceIds,
      quotes: write.quotes,
    });
    return rows[0] ? toRelationship(rows[0].relationship) : undefined;
  }

  async retractRelationship(id: string): Promise<boolean> {
    const { rows } = await this.run(RETRACT_RELATIONSHIP, { id });
    return Number(rows[0]?.retracted ?? 0) > 0;
  }
}
