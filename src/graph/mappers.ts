import neo4j, { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isTime } from "neo4j-driver";
import type { Entity } from "../model/entity";
import type { Citation, Relationship } from "../model/relationship";
import type { Source } from "../model/source";
import type { Path } from "../model/path";
import { ENTITY_LABEL, ENTITY_PROPERTIES, RELATIONSHIP_PROPERTIES, isNodeLabel } from "../model/registry";

/** Driver values -> plain JS: Integers become numbers, temporal values ISO strings. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.toNumber();
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toPlain(v)]),
    );
  }
  return value;
}

/** Shape every entity-returning statement projects: `n {.*, labels: labels(n)}`. */
export interface EntityRow {
  readonly labels: readonly string[];
  readonly [property: string]: unknown;
}

export function toEntity(row: unknown): Entity {
  const plain = toPlain(row) as Record<string, unknown>;
  const labels = (plain.labels as string[] | undefined) ?? [];
  const kind = labels.find((l) => l !== ENTITY_LABEL && isNodeLabel(l)) ?? ENTITY_LABEL;
  const properties = Object.fromEntries(
    Object.entries(plain).filter(([k]) => k !== "labels" && !(k in ENTITY_PROPERTIES)),
  );
  return {
    id: String(plain.id),
    kind,
    name: String(plain.name ?? plain.id),
    aliases: (plain.aliases as string[] | null) ?? [],
    description: (plain.description as string | null) ?? null,
    properties,
  };
}

/** Shape every relationship-returning statement projects: `r {.*, type: type(r), from: a.id, to: b.id}`. */
export function toRelationship(row: unknown): Relationship {
  const plain = toPlain(row) as Record<string, unknown>;
  const sourceIds = (plain.sourceIds as string[] | null) ?? [];
  const quotes = (plain.quotes as string[] | null) ?? [];
  const citations: Citation[] = quotes.map((quote, i) => ({
    sourceId: sourceIds[i] ?? sourceIds[0] ?? "",
    quote,
  }));
  const properties = Object.fromEntries(
    Object.entries(plain).filter(
      ([k]) => !(k in RELATIONSHIP_PROPERTIES) && k !== "type" && k !== "from" && k !== "to",
    ),
  );
  return {
    id: String(plain.id),
    type: String(plain.type),
    from: String(plain.from),
    to: String(plain.to),
    citations,
    claimedBy: (plain.claimedBy as string | null) ?? null,
    properties,
  };
}

export function toSource(row: unknown): Source {
  const plain = toPlain(row) as Record<string, unknown>;
  return {
    id: String(plain.id),
    title: String(plain.title ?? plain.id),
    publisher: (plain.publisher as string | null) ?? null,
    publishedOn: (plain.publishedOn as string | null) ?? null,
    url: (plain.url as string | null) ?? null,
    file: (plain.file as string | null) ?? null,
  };
}

export function toPath(row: unknown): Path {
  const plain = row as { nodes: unknown[]; relationships: unknown[] };
  return { nodes: plain.nodes.map(toEntity), relationships: plain.relationships.map(toRelationship) };
}

/** Plain JS -> driver values: JS numbers are floats to Neo4j, so whole numbers go as Integers (LIMIT needs them). */
export function toParams(value: unknown): unknown {
  if (typeof value === "number" && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toParams);
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toParams(v)]),
    );
  }
  return value;
}
