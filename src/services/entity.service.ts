import type { EntityRepository } from "../graph/entity.repository";
import type { Entity } from "../model/entity";
import { InvalidInputError, UnknownEntityError } from "../model/errors";
import { DEFAULTS, LIMITS } from "./limits";
import { assertIntInRange } from "./validate";

export interface EntityEdge {
  readonly cursor: string;
  readonly node: Entity;
}

export interface EntityConnection {
  readonly edges: readonly EntityEdge[];
  readonly totalCount: number;
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
}

const CURSOR_PREFIX = "entity:";

export function encodeCursor(id: string): string {
  return Buffer.from(`${CURSOR_PREFIX}${id}`, "utf8").toString("base64url");
}

export function decodeCursor(argument: string, cursor: string): string {
  const decoded = Buffer.from(cursor, "base64url").toString("utf8");
  if (!decoded.startsWith(CURSOR_PREFIX) || decoded.length === CURSOR_PREFIX.length) {
    throw new InvalidInputError(`${argument} is not a cursor returned by this API`, argument);
  }
  return decoded.slice(CURSOR_PREFIX.length);
}

export class EntityService {
  constructor(private readonly repository: EntityRepository) {}

  /** Relay-style page in id order; `label` null lists every kind. */
  async entities(
    label: string | null,
    first: number = DEFAULTS.ENTITIES_FIRST,
    after: string | null,
  ): Promise<EntityConnection> {
    assertIntInRange("first", first, 1, LIMITS.FIRST_MAX);
    const afterId = after === null ? null : decodeCursor("after", after);
    const page = await this.repository.page(label, afterId, first + 1);
    const nodes = page.entities.slice(0, first);
    return {
      edges: nodes.map((node) => ({ cursor: encodeCursor(node.id), node })),
      totalCount: page.total,
      hasNextPage: page.entities.length > first,
      hasPreviousPage: afterId !== null,
    };
  }

  /** Every mediator, or those of one negotiation (which must exist and be a Negotiation). */
  async mediators(negotiationId: string | null): Promise<Entity[]> {
    if (negotiationId !== null) {
      const [negotiation] = await this.repository.byIds([negotiationId]);
      if (!negotiation) throw new UnknownEntityError(negotiationId, "negotiation");
      if (negotiation.kind !== "Negotiation") {
        throw new InvalidInputError(
          `negotiation: "${negotiationId}" is a ${negotiation.kind}, not a Negotiation`,
          "negotiation",
        );
      }
    }
    return this.repository.mediators(negotiationId);
  }

  /** Throws UnknownEntityError naming `argument` for the first id that does not exist. */
  async assertExist(ids: readonly { id: string; argument: string }[]): Promise<Map<string, Entity>> {
    const found = new Map((await this.repository.byIds(ids.map((i) => i.id))).map((e) => [e.id, e]));
    for (const { id, argument } of ids) if (!found.has(id)) throw new UnknownEntityError(id, argument);
    return found;
  }
}
