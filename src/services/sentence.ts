import type { Entity } from "../model/entity";
import {
  KINDS_NAMED_IN_PLURAL,
  KINDS_NAMED_WITH_THE,
  RELATIONSHIP_WORDING,
  type RelationshipWording,
} from "../model/wording";

/** The typographic apostrophe, as the sources write it ("Pakistan’s"). */
export const APOSTROPHE = "\u2019";

export type NamedEntity = Pick<Entity, "kind" | "name" | "aliases">;

/**
 * An entity's name as running text reads it: "the" before kinds named by common-noun phrases, and the
 * first letter lower-cased when the entity's aliases hold that form ("the nine-hour session on Sunday").
 */
export function nameInText(entity: NamedEntity): string {
  const { name } = entity;
  if (/^the\s/i.test(name)) return `the${name.slice(3)}`;
  const lowered = name.charAt(0).toLowerCase() + name.slice(1);
  const shown = lowered !== name && entity.aliases.includes(lowered) ? lowered : name;
  return KINDS_NAMED_WITH_THE.includes(entity.kind) ? `the ${shown}` : shown;
}

const PREPOSITION = /\s(?:on|in|of|at|from|during|with|against|for)\s/;

/** Plural when its kind may be and the name's head noun (before a preposition, after a colon) ends in s. */
export function isPlural(entity: NamedEntity): boolean {
  if (!KINDS_NAMED_IN_PLURAL.includes(entity.kind)) return false;
  const afterColon = entity.name.split(":").pop()!.trim();
  const head = afterColon.split(PREPOSITION)[0]!.split(/\s+/).pop() ?? "";
  return /[^su]s$/i.test(head);
}

/** "Pakistan’s", "the Baloch militant groups’". */
export function possessive(text: string): string {
  return text.endsWith("s") ? `${text}${APOSTROPHE}` : `${text}${APOSTROPHE}s`;
}

/** A finite verb makes a value a clause ("its concerns are legitimate"), not a noun phrase. */
export function isClause(value: string): boolean {
  return /\b(?:is|are|was|were|has|have|had|would|will|can|could|should|must|does|do|did)\b/.test(value);
}

/** A value opening with an end's possessive refers back to it: "Pakistan’s security concerns" -> "its …". */
function referBack(value: string, ends: readonly NamedEntity[]): string {
  for (const end of ends) {
    for (const form of [end.name, nameInText(end)]) {
      for (const mark of [APOSTROPHE, "'"]) {
        const opening = form.endsWith("s") ? `${form}${mark} ` : `${form}${mark}s `;
        if (value.startsWith(opening)) {
          return `${isPlural(end) ? "their" : "its"} ${value.slice(opening.length)}`;
        }
      }
    }
  }
  return value;
}

function chooseTemplate(wording: RelationshipWording, properties: Readonly<Record<string, unknown>>): string {
  const byValue = wording.byValue;
  const chosen = byValue && byValue.templates[String(properties[byValue.property])];
  if (chosen) return chosen;
  const clause = wording.whenClause;
  if (clause && isClause(String(properties[clause.property] ?? ""))) return clause.template;
  return wording.template;
}

/** The sentence for a relationship of `type`, in its stored direction, from `from` to `to`. */
export function relationshipSentence(
  type: string,
  properties: Readonly<Record<string, unknown>>,
  from: NamedEntity,
  to: NamedEntity,
): string {
  const wording = RELATIONSHIP_WORDING[type];
  if (!wording) throw new Error(`invariant: relationship type ${type} has no wording`);
  const ends: Record<string, string> = {
    from: nameInText(from),
    to: nameInText(to),
    "from's": possessive(nameInText(from)),
    "to's": possessive(nameInText(to)),
  };
  const sentence = chooseTemplate(wording, properties)
    .replace(/\[([^|\]]+)\|([^\]]+)\]/g, (_m, singular: string, plural: string) =>
      isPlural(from) ? plural : singular,
    )
    .replace(/\{([^}]+)\}/g, (_m, name: string) => {
      if (name in ends) return ends[name]!;
      const value = properties[name];
      return value === undefined || value === null
        ? `(no ${name} given)`
        : referBack(String(value), [to, from]);
    });
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
