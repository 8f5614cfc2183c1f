import neo4j, { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isTime } from "neo4j-driver";
import type { Entity } from "../model/entity";
import type { Citation } from "../model/citation";
import type { Relationship } from "../model/relationship";
import type { Source } from "../model/source";
import type { Path } from "../model/path";
import {
  CITATION_PROPERTIES,
  ENTITY_LABEL,
  ENTITY_PROPERTIES,
  RELATIONSHIP_PROPERTIES,
  STANCE_NAMES,
  type Stance,
  isNodeLabel,
} from "../model/registry";

/** Values that are neither primitives, lists, maps nor Integers: temporal and spatial ones, nodes. */
function foreignToPlain(value: object): unknown {
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
  const plain: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) plain[k] = toPlain(v);
  return plain;
}

/**
 * Driver values -> plain JS: Integers become numbers, temporal values ISO strings. Statements return
 * maps of strings, lists and Integers (the registry has no other property type), so those are checked
 * first; lists and maps fresh from the driver are converted in place rather than copied.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  if (neo4j.isInt(value)) return value.toNumber();
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const k in map) map[k] = toPlain(map[k]);
    return map;
  }
  return foreignToPlain(value);
}

/** Shape every entity-returning statement projects: `n {.*, labels: labels(n)}`. */
export interface EntityRow {
  readonly labels: readonly string[];
  readonly [property: string]: unknown;
}

const kindOf = (labels: readonly string[]): string =>
  labels.find((l) => l !== ENTITY_LABEL && isNodeLabel(l)) ?? ENTITY_LABEL;

/** Rows reach the mappers below from the executor, already plain (see toPlain). */
export function toEntity(row: unknown): Entity {
  const plain = row as Record<string, unknown>;
  const properties: Record<string, unknown> = {};
  for (const k in plain) if (k !== "labels" && !(k in ENTITY_PROPERTIES)) properties[k] = plain[k];
  return {
    id: String(plain.id),
    kind: kindOf((plain.labels as string[] | undefined) ?? []),
    name: String(plain.name ?? plain.id),
    aliases: (plain.aliases as string[] | null) ?? [],
    description: (plain.description as string | null) ?? null,
    properties,
  };
}

const text = (value: unknown): string | null =>
  value === undefined || value === null ? null : String(value);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** Shape every relationship-returning statement projects: `r {.*, type: type(r), from: a.id, to: b.id}`. */
export function toRelationship(row: unknown): Relationship {
  const plain = row as Record<string, unknown>;
  const properties: Record<string, unknown> = {};
  for (const k in plain) {
    if (!(k in RELATIONSHIP_PROPERTIES) && k !== "type" && k !== "from" && k !== "to" && k !== "writeLock")
      properties[k] = plain[k];
  }
  return {
    id: String(plain.id),
    type: String(plain.type),
    from: String(plain.from),
    to: String(plain.to),
    evidence: {
      sourceIds: strings(plain.sourceIds),
      sourceCount: Number(plain.sourceCount ?? 0),
      referenceCount: Number(plain.referenceCount ?? 0),
      citationCount: Number(plain.citationCount ?? 0),
      claimants: strings(plain.claimants),
      claimedBy: text(plain.claimedBy),
      contested: plain.contested === true,
      reference: plain.reference === true,
      since: text(plain.since),
      until: text(plain.until),
    },
    properties,
  };
}

/** Shape of source statements: its metadata and `length`, never its text. */
export function toSource(row: unknown): Source {
  const plain = row as Record<string, unknown>;
  return {
    id: String(plain.id),
    title: String(plain.title ?? plain.id),
    kind: plain.kind === "reference" ? "reference" : "report",
    publisher: text(plain.publisher),
    publishedOn: text(plain.publishedOn),
    url: text(plain.url),
    language: text(plain.language),
    length: Number(plain.length ?? 0),
  };
}

/** Shape of citation statements: `c {.*}`; the keys beyond CITATION_PROPERTIES are the values it supports. */
export function toCitation(row: unknown): Citation {
  const plain = row as Record<string, unknown>;
  const properties: Record<string, unknown> = {};
  for (const k in plain) if (!(k in CITATION_PROPERTIES)) properties[k] = plain[k];
  return {
    id: String(plain.id),
    relationshipId: String(plain.relationshipId),
    relationshipType: String(plain.relationshipType),
    sourceId: String(plain.sourceId),
    sourceKind: plain.sourceKind === "reference" ? "reference" : "report",
    quote: String(plain.quote),
    start: Number(plain.start),
    end: Number(plain.end),
    stance: (STANCE_NAMES as readonly string[]).includes(String(plain.stance))
      ? (plain.stance as Stance)
      : "STATES",
    claimant: text(plain.claimant),
    claimantId: text(plain.claimantId),
    when: text(plain.when),
    since: text(plain.since),
    until: text(plain.until),
    properties,
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
