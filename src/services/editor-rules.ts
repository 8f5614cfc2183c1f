import type { CitationInput } from "../model/citation";
import { InvalidInputError } from "../model/errors";
import {
  type NodeKindSpec,
  type PropertySpec,
  type RelationshipTypeSpec,
  SOURCE_KINDS,
  STANCE_NAMES,
  type Stance,
  nodeKind,
  relationshipType,
} from "../model/registry";
import type { SourceInput } from "../model/source";
import { assertPartialDate } from "./dates";
import type { EditorCommand, EntityInput, RelationshipInput } from "./editor-commands";
import { LIMITS } from "./limits";
import { assertMaxItems, assertMaxLength, assertSlug } from "./validate";

/**
 * The rules of every write that need no database, the same for mutations and seed files: slugs, kinds
 * and types the registry knows, properties it allows with their types and values, lengths and dates.
 */

/** Checks `given` against a kind's or type's properties; null values pass (they remove a property). */
export function checkProperties(
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
          : spec.type === "boolean"
            ? typeof value === "boolean"
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
  return out;
}

/** Every required property of `specs` has a value in `values`. */
export function assertRequired(
  argument: string,
  values: Readonly<Record<string, unknown>>,
  specs: Readonly<Record<string, PropertySpec>>,
  owner: string,
): void {
  for (const [key, spec] of Object.entries(specs)) {
    const value = values[key];
    const missing =
      value === undefined || value === null || (typeof value === "string" && value.trim() === "");
    if (spec.required && missing) {
      throw new InvalidInputError(`${argument}.${key} is required for ${owner}`, `${argument}.${key}`);
    }
  }
}

const trimmed = (value: string | null | undefined): string | null => value?.trim() || null;

export interface CheckedEntity {
  readonly kind: NodeKindSpec;
  readonly name: string | null;
  readonly aliases: readonly string[];
  readonly description: string | null;
  readonly properties: Readonly<Record<string, unknown>>;
}

export function checkEntity(input: EntityInput): CheckedEntity {
  assertSlug("input.id", input.id);
  const kind = nodeKind(input.kind);
  if (!kind) throw new InvalidInputError(`input.kind: unknown kind ${input.kind}`, "input.kind");
  const name = trimmed(input.name);
  if (input.name !== undefined && input.name !== null && name === null) {
    throw new InvalidInputError("input.name must not be empty", "input.name");
  }
  if (name) assertMaxLength("input.name", name, LIMITS.TEXT_LENGTH_MAX);
  const aliases = [...new Set((input.aliases ?? []).map((a) => a.trim()).filter((a) => a !== ""))];
  assertMaxItems("input.aliases", aliases, LIMITS.ALIASES_MAX);
  aliases.forEach((a) => assertMaxLength("input.aliases", a, LIMITS.TEXT_LENGTH_MAX));
  const description = trimmed(input.description);
  if (description) assertMaxLength("input.description", description, LIMITS.TEXT_LENGTH_MAX);
  const properties = checkProperties("input", input.properties ?? {}, kind.properties, `a ${kind.label}`);
  if (typeof properties.date === "string") assertPartialDate("input.date", properties.date);
  if (typeof properties.whenSourceId === "string") assertSlug("input.whenSourceId", properties.whenSourceId);
  return { kind, name, aliases, description, properties };
}

export function checkSource(input: SourceInput): SourceInput {
  assertSlug("input.id", input.id);
  const title = input.title.trim();
  if (title === "") throw new InvalidInputError("input.title must not be empty", "input.title");
  assertMaxLength("input.title", title, LIMITS.TEXT_LENGTH_MAX);
  if (!SOURCE_KINDS.includes(input.kind)) {
    throw new InvalidInputError(`input.kind must be one of ${SOURCE_KINDS.join(", ")}`, "input.kind");
  }
  if (input.text.trim() === "") throw new InvalidInputError("input.text must not be empty", "input.text");
  assertMaxLength("input.text", input.text, LIMITS.SOURCE_TEXT_MAX);
  const publishedOn = trimmed(input.publishedOn);
  if (publishedOn) assertPartialDate("input.publishedOn", publishedOn);
  for (const key of ["publisher", "url", "language"] as const) {
    const value = input[key];
    if (value) assertMaxLength(`input.${key}`, value, LIMITS.TEXT_LENGTH_MAX);
  }
  return {
    ...input,
    title,
    publishedOn,
    publisher: trimmed(input.publisher),
    url: trimmed(input.url),
    language: trimmed(input.language),
  };
}

/** A citation with its rules applied: stance decided, values defaulted from the relationship's. */
export interface CheckedCitation {
  readonly sourceId: string;
  readonly quote: string;
  readonly start: number | null;
  readonly stance: Stance;
  readonly claimant: string | null;
  readonly claimantId: string | null;
  readonly when: string | null;
  readonly since: string | null;
  readonly until: string | null;
  readonly properties: Readonly<Record<string, unknown>>;
}

function checkCitation(
  spec: RelationshipTypeSpec,
  citation: CitationInput,
  defaults: Readonly<Record<string, unknown>>,
  index: number,
): CheckedCitation {
  const at = `input.sources[${index}]`;
  if (citation.quote.trim() === "") {
    throw new InvalidInputError(`${at}.quote must not be empty`, `${at}.quote`);
  }
  assertMaxLength(`${at}.quote`, citation.quote, LIMITS.QUOTE_LENGTH_MAX);
  assertSlug(`${at}.sourceId`, citation.sourceId);
  const claimant = trimmed(citation.claimant);
  if (claimant) assertMaxLength(`${at}.claimant`, claimant, LIMITS.TEXT_LENGTH_MAX);
  const claimantId = citation.claimantId ? assertSlug(`${at}.claimantId`, citation.claimantId) : null;
  const stance = citation.stance ?? (claimant || claimantId ? "REPORTS" : "STATES");
  if (!STANCE_NAMES.includes(stance)) {
    throw new InvalidInputError(`${at}.stance must be one of ${STANCE_NAMES.join(", ")}`, `${at}.stance`);
  }
  if (
    citation.start !== undefined &&
    citation.start !== null &&
    !(Number.isInteger(citation.start) && citation.start >= 0)
  ) {
    throw new InvalidInputError(`${at}.start must be an offset of at least 0`, `${at}.start`);
  }
  const since = trimmed(citation.since);
  const until = trimmed(citation.until);
  if (since) assertPartialDate(`${at}.since`, since);
  if (until) assertPartialDate(`${at}.until`, until);
  if (since && until && since > until) {
    throw new InvalidInputError(`${at}.since must not be after ${at}.until`, `${at}.since`);
  }
  const when = trimmed(citation.when);
  if (when) assertMaxLength(`${at}.when`, when, LIMITS.TEXT_LENGTH_MAX);
  const own = checkProperties(`${at}.properties`, citation.properties ?? {}, spec.properties, spec.type);
  const properties = { ...defaults };
  for (const [k, v] of Object.entries(own)) if (v !== null) properties[k] = v;
  // A denial need not repeat what it denies; every other citation supports the type's required values.
  if (stance !== "DENIES") assertRequired(`${at}.properties`, properties, spec.properties, spec.type);
  return {
    sourceId: citation.sourceId,
    quote: citation.quote,
    start: citation.start ?? null,
    stance,
    claimant,
    claimantId,
    when,
    since,
    until,
    properties,
  };
}

export interface CheckedRelationship {
  readonly spec: RelationshipTypeSpec;
  readonly explicitId: string | null;
  readonly citations: readonly CheckedCitation[];
}

export function checkRelationship(input: RelationshipInput): CheckedRelationship {
  const spec = relationshipType(input.type);
  if (!spec) throw new InvalidInputError(`input.type: unknown relationship type ${input.type}`, "input.type");
  if (input.citations.length === 0) {
    throw new InvalidInputError(
      "input.sources needs at least one citation (a source and a verbatim quote)",
      "input.sources",
    );
  }
  assertMaxItems("input.sources", input.citations, LIMITS.CITATIONS_MAX);
  if (input.from === input.to) {
    throw new InvalidInputError(
      "input.to must differ from input.from: a relationship joins two entities",
      "input.to",
    );
  }
  assertSlug("input.from", input.from);
  assertSlug("input.to", input.to);
  const explicitId = input.id ? assertSlug("input.id", input.id) : null;
  const defaults = Object.fromEntries(
    Object.entries(
      checkProperties("input.properties", input.properties ?? {}, spec.properties, spec.type),
    ).filter(([, v]) => v !== null),
  );
  const citations = input.citations.map((c, i) => checkCitation(spec, c, defaults, i));
  return { spec, explicitId, citations };
}

/** Every rule of a command that needs no database; throws InvalidInputError. */
export function checkCommand(command: EditorCommand): void {
  switch (command.kind) {
    case "source":
      checkSource(command.input);
      return;
    case "entity":
      checkEntity(command.input);
      return;
    case "relationship":
      checkRelationship(command.input);
      return;
    case "retractSource":
    case "retractRelationship":
      assertSlug("id", command.id);
      return;
  }
}
