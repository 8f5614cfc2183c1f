import {
  CITATION_LABEL,
  CITATION_PROPERTIES,
  ENTITY_PROPERTIES,
  NODE_KINDS,
  type PropertySpec,
  RELATIONSHIP_PROPERTIES,
  RELATIONSHIP_TYPES,
  SEED_FILE_LABEL,
  SEED_LOCK_LABEL,
  SOURCE_LABEL,
  SOURCE_PROPERTIES,
} from "../model/registry";

/** What Cypher's valueType() answers for a stored value of each registry property type. */
const VALUE_TYPES: Readonly<Record<PropertySpec["type"], readonly string[]>> = {
  string: ["STRING NOT NULL"],
  int: ["INTEGER NOT NULL"],
  boolean: ["BOOLEAN NOT NULL"],
  "string[]": ["LIST<STRING NOT NULL> NOT NULL", "LIST<NOTHING> NOT NULL"],
};

/** A date as the registry stores them: ISO 8601, year to day. */
const ISO_DATE = "\\d{4}(-\\d{2}(-\\d{2})?)?";
const DATE_KEYS = new Set(["since", "until"]);

/** Keys the service's own writes set for a moment inside a transaction (a write lock). */
const INTERNAL_KEYS = ["writeLock"];

export interface PropertyRule {
  readonly key: string;
  readonly type: PropertySpec["type"];
  readonly valueTypes: readonly string[];
  readonly required: boolean;
  readonly values: readonly string[] | null;
  readonly references: string | null;
  readonly pattern: string | null;
}

const rules = (properties: Readonly<Record<string, PropertySpec>>): PropertyRule[] =>
  Object.entries(properties).map(([key, spec]) => ({
    key,
    type: spec.type,
    valueTypes: VALUE_TYPES[spec.type],
    required: spec.required ?? false,
    values: spec.values ?? null,
    references: spec.references ?? null,
    pattern: DATE_KEYS.has(key) ? ISO_DATE : null,
  }));

/** Characters outside the Basic Multilingual Plane somewhere in a text. */
export const ASTRAL_PATTERN = "(?s).*[\\x{10000}-\\x{10FFFF}].*";

/**
 * The registry's rules as the parameter `$rules` of SEED_CHECKS: labels, each kind's properties, each
 * type's endpoints, direction, keys and properties, and what sources and citations hold.
 */
export const SEED_RULES = {
  singleLabels: [SOURCE_LABEL, CITATION_LABEL, SEED_FILE_LABEL, SEED_LOCK_LABEL].map((l) => [l]),
  kinds: NODE_KINDS.map((k) => k.label),
  internalKeys: INTERNAL_KEYS,
  entityProperties: Object.fromEntries(
    NODE_KINDS.map((k) => [k.label, rules({ ...ENTITY_PROPERTIES, ...k.properties })]),
  ),
  sourceProperties: rules(SOURCE_PROPERTIES),
  citationProperties: rules(CITATION_PROPERTIES),
  types: RELATIONSHIP_TYPES.map((t) => ({
    type: t.type,
    from: t.from,
    to: t.to,
    symmetric: t.symmetric,
    keys: [...Object.keys(RELATIONSHIP_PROPERTIES), ...Object.keys(t.properties), ...INTERNAL_KEYS],
    properties: rules(t.properties),
  })),
  astral: ASTRAL_PATTERN,
};
