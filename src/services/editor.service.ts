import type { EntityRepository } from "../graph/entity.repository";
import type { WriteRepository, WriteTransaction } from "../graph/write.repository";
import type { Entity } from "../model/entity";
import { ConflictError, InvalidInputError, UnknownEntityError } from "../model/errors";
import type { Citation, Relationship } from "../model/relationship";
import {
  type PropertySpec,
  type RelationshipTypeSpec,
  allowsEdge,
  nodeKind,
  relationshipType,
} from "../model/registry";
import { type Ends, storedDirection } from "../model/stored-direction";
import { LIMITS } from "./limits";
import type { SourceTexts } from "./source-texts";
import { assertMaxItems, assertMaxLength, assertSlug } from "./validate";

export interface EntityInput {
  readonly id: string;
  /** Registry label, e.g. Country. */
  readonly kind: string;
  readonly name: string;
  readonly aliases?: readonly string[] | null;
  readonly description?: string | null;
  /** Kind-specific properties (e.g. an incident's `when`); null values remove them. */
  readonly properties?: Readonly<Record<string, unknown>>;
}

export interface RelationshipInput {
  readonly id?: string | null;
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly properties?: Readonly<Record<string, unknown>>;
  readonly sources: readonly Citation[];
}

export interface DeleteResult {
  readonly id: string;
  readonly deleted: boolean;
  readonly detached: readonly Relationship[];
}

function checkProperties(
  argument: string,
  given: Readonly<Record<string, unknown>>,
  specs: Readonly<Record<string, PropertySpec>>,
  owner: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(given)) {
    const spec = specs[key];
    if (!spec) {
      const allowed = Object.keys(specs);
      throw new InvalidInputError(
        `${argument}.${key} is not a property of ${owner}${allowed.length ? ` (it has ${allowed.join(", ")})` : " (it has none)"}`,
        `${argument}.${key}`,
      );
    }
    if (value === null || value === undefined) {
      out[key] = null;
      continue;
    }
    const ok =
      spec.type === "int"
        ? Number.isInteger(value)
        : spec.type === "string"
          ? typeof value === "string"
          : Array.isArray(value);
    if (!ok) throw new InvalidInputError(`${argument}.${key} must be ${spec.type}`, `${argument}.${key}`);
    if (typeof value === "string") assertMaxLength(`${argument}.${key}`, value, LIMITS.TEXT_LENGTH_MAX);
    if (spec.values && !spec.values.includes(value as string)) {
      throw new InvalidInputError(
        `${argument}.${key} must be one of ${spec.values.join(", ")}`,
        `${argument}.${key}`,
      );
    }
    out[key] = value;
  }
  for (const [key, spec] of Object.entries(specs)) {
    const value = out[key];
    const missing =
      value === undefined || value === null || (typeof value === "string" && value.trim() === "");
    if (spec.required && missing) {
      throw new InvalidInputError(`${argument}.${key} is required for ${owner}`, `${argument}.${key}`);
    }
  }
  return out;
}

const kebab = (type: string): string => type.toLowerCase().replace(/_/g, "-");

/** Where an assertion lands: the relationship's id and its stored direction. */
interface Target extends Ends {
  readonly id: string;
}

async function endpoints(
  tx: WriteTransaction,
  fromId: string,
  toId: string,
): Promise<{ from: Entity; to: Entity }> {
  const ends = new Map((await tx.entities([fromId, toId])).map((e) => [e.id, e]));
  const from = ends.get(fromId);
  const to = ends.get(toId);
  if (!from) throw new UnknownEntityError(fromId, "input.from");
  if (!to) throw new UnknownEntityError(toId, "input.to");
  return { from, to };
}

/**
 * The relationship an assertion writes. Without an id, a symmetric fact lands on the relationship that
 * already joins the pair; an id held by another fact is a conflict.
 */
async function target(
  tx: WriteTransaction,
  spec: RelationshipTypeSpec,
  input: RelationshipInput,
  explicitId: string | null,
): Promise<Target> {
  const ends = storedDirection(spec.type, input.from, input.to);
  if (spec.symmetric && !explicitId) {
    const [twin] = await tx.relationshipsBetween(ends.from, ends.to, spec.type);
    if (twin) return { id: twin.id, from: twin.from, to: twin.to };
  }
  const id = explicitId ?? `${ends.from}-${kebab(spec.type)}-${ends.to}`;
  const existing = await tx.relationshipById(id);
  if (!existing) return { id, ...ends };
  const sameEnds = existing.from === ends.from && existing.to === ends.to;
  const reversed = spec.symmetric && existing.from === ends.to && existing.to === ends.from;
  if (existing.type !== spec.type || !(sameEnds || reversed)) {
    throw new ConflictError(
      `relationship "${id}" already exists as ${existing.from} -${existing.type}-> ${existing.to}; retract it first or choose another id`,
    );
  }
  return { id, from: existing.from, to: existing.to };
}

/**
 * Writes for editors. Rules that need no database run first; each mutation then checks what the graph
 * holds and writes in one transaction, so concurrent writes cannot slip between a check and its write.
 */
export class EditorService {
  constructor(
    private readonly writes: WriteRepository,
    private readonly entities: EntityRepository,
    private readonly sourceTexts: SourceTexts,
  ) {}

  async upsertEntity(input: EntityInput): Promise<Entity> {
    assertSlug("input.id", input.id);
    const kind = nodeKind(input.kind);
    if (!kind) throw new InvalidInputError(`input.kind: unknown kind ${input.kind}`, "input.kind");
    const name = input.name.trim();
    if (name === "") throw new InvalidInputError("input.name must not be empty", "input.name");
    assertMaxLength("input.name", name, LIMITS.TEXT_LENGTH_MAX);
    const aliases = [...new Set((input.aliases ?? []).map((a) => a.trim()).filter((a) => a !== ""))];
    assertMaxItems("input.aliases", aliases, LIMITS.ALIASES_MAX);
    aliases.forEach((a) => assertMaxLength("input.aliases", a, LIMITS.TEXT_LENGTH_MAX));
    const description = input.description?.trim() || null;
    if (description) assertMaxLength("input.description", description, LIMITS.TEXT_LENGTH_MAX);
    // An upsert replaces the entity: kind-specific properties left out are cleared, like aliases and description.
    const cleared = Object.fromEntries(Object.keys(kind.properties).map((k) => [k, null]));
    const properties = {
      ...cleared,
      ...checkProperties("input", input.properties ?? {}, kind.properties, `a ${kind.label}`),
    };
    const write = { id: input.id, label: kind.label, name, aliases, description, properties };
    return this.writes.transaction("upsertEntity", async (tx) => {
      const written = await tx.upsertEntity(write);
      if (written) return written;
      const [existing] = await tx.entities([input.id]);
      throw new InvalidInputError(
        `input.kind: "${input.id}" already names a ${existing?.kind ?? "different kind"}; an entity's kind cannot change`,
        "input.kind",
      );
    });
  }

  async deleteEntity(id: string): Promise<DeleteResult> {
    const detached = await this.writes.transaction("deleteEntity", (tx) => tx.deleteEntity(id));
    return { id, deleted: detached !== undefined, detached: detached ?? [] };
  }

  async assertRelationship(input: RelationshipInput): Promise<Relationship> {
    const spec = relationshipType(input.type);
    if (!spec)
      throw new InvalidInputError(`input.type: unknown relationship type ${input.type}`, "input.type");
    if (input.sources.length === 0) {
      throw new InvalidInputError(
        "input.sources needs at least one citation (a source and a verbatim quote)",
        "input.sources",
      );
    }
    assertMaxItems("input.sources", input.sources, LIMITS.CITATIONS_MAX);
    for (const citation of input.sources) {
      if (citation.quote.trim() === "")
        throw new InvalidInputError("input.sources: a quote must not be empty", "input.sources");
      assertMaxLength("input.sources.quote", citation.quote, LIMITS.QUOTE_LENGTH_MAX);
    }
    if (input.from === input.to) {
      throw new InvalidInputError(
        "input.to must differ from input.from: a relationship joins two entities",
        "input.to",
      );
    }
    const explicitId = input.id ? assertSlug("input.id", input.id) : null;
    const { claimedBy, ...own } = input.properties ?? {};
    const properties = checkProperties("input.properties", own, spec.properties, spec.type);
    if (claimedBy !== undefined) properties.claimedBy = String(claimedBy ?? "").trim() || null;
    // Sources are read-only to the API, so their texts can be checked before the transaction.
    await this.checkCitations(input.sources);

    return this.writes.transaction("assertRelationship", async (tx) => {
      const { from, to } = await endpoints(tx, input.from, input.to);
      if (!allowsEdge(spec.type, from.kind, to.kind)) {
        throw new InvalidInputError(
          `input.type: the registry does not allow ${spec.type} from ${from.kind} to ${to.kind} ` +
            `(it allows ${spec.from.join("|")} -> ${spec.to.join("|")})`,
          "input.type",
        );
      }
      const written = await tx.assertRelationship({
        ...(await target(tx, spec, input, explicitId)),
        type: spec.type,
        properties,
        sourceIds: input.sources.map((s) => s.sourceId),
        quotes: input.sources.map((s) => s.quote),
      });
      if (written) return written;
      await endpoints(tx, input.from, input.to); // deleted since the check: say which
      throw new Error("invariant: assertRelationship wrote nothing although both endpoints exist");
    });
  }

  /** Every source must exist, and where the project holds its text, every quote must occur in it verbatim. */
  private async checkCitations(citations: readonly Citation[]): Promise<void> {
    const sourceIds = [...new Set(citations.map((c) => c.sourceId))];
    const sources = new Map((await this.entities.sourcesByIds(sourceIds)).map((s) => [s.id, s]));
    for (const { sourceId, quote } of citations) {
      const source = sources.get(sourceId);
      if (!source)
        throw new InvalidInputError(`input.sources: no source has id "${sourceId}"`, "input.sources");
      const text = this.sourceTexts.text(source.file);
      if (text !== null && !text.includes(quote)) {
        throw new InvalidInputError(
          `input.sources: the quote "${quote.slice(0, 80)}" does not occur verbatim in source "${sourceId}"`,
          "input.sources",
        );
      }
    }
  }

  retractRelationship(id: string): Promise<boolean> {
    return this.writes.transaction("retractRelationship", (tx) => tx.retractRelationship(id));
  }
}
