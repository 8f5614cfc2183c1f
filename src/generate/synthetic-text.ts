import type { PropertySpec } from "../model/registry";
import type { Prng } from "./prng";

// Words and phrases a generated graph is written in: made up, but shaped like the seed's own values.

const SYLLABLES = [
  "ka",
  "ra",
  "vel",
  "mor",
  "tan",
  "is",
  "do",
  "bar",
  "sel",
  "qu",
  "an",
  "or",
  "ze",
  "lin",
  "dar",
  "os",
];

const NAME_PATTERNS: Readonly<Record<string, readonly string[]>> = {
  Country: ["{W}ia", "{W}istan", "Republic of {W}"],
  ArmedGroup: ["{W} Liberation Front", "{W} Brigade", "Movement for {W}"],
  Government: ["{W} Administration", "Government of {W}"],
  Organization: ["{W} Security Agency", "{W} Armed Forces", "{W} Press Office"],
  Delegation: ["{W} delegation"],
  Negotiation: ["{W} talks", "{W} peace conference", "{W} round"],
  Agreement: ["{W} Accord", "{W} Agreement"],
  Incident: ["{W} border attack", "{W} infiltration", "{W} bombing"],
  Place: ["{W}", "{W} Valley", "Port {W}"],
};

const MONTHS = ["January", "March", "May", "July", "September", "November"];

const PHRASES: Readonly<Record<string, readonly string[]>> = {
  outcome: ["ended without a breakthrough", "adjourned", "agreed a ceasefire", "deadlocked"],
  status: ["banned", "proscribed", "listed as a terrorist organisation"],
  obligation: ["deny its territory to militant groups", "hold further talks", "exchange prisoners"],
  demand: ["written assurances", "action against militant groups", "a ceasefire"],
  message: ["restraint", "a return to the talks", "dialogue"],
  what: ["the demand for written assurances", "the proposed ceasefire", "outside mediation"],
  position: ["the call for a ceasefire", "the demand for guarantees", "a verification mechanism"],
  charge: ["harbouring militants", "cross-border attacks", "violating the ceasefire"],
};

const capitalize = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

export function syntheticWord(rng: Prng): string {
  const length = 2 + rng.int(2);
  return capitalize(Array.from({ length }, () => rng.pick(SYLLABLES)).join(""));
}

export function syntheticName(rng: Prng, label: string, word: string): string {
  return rng.pick(NAME_PATTERNS[label] ?? [`{W} ${label}`]).replace("{W}", word);
}

/** A value for a registry property: one of its allowed values when it has them. */
export function syntheticValue(rng: Prng, name: string, spec: PropertySpec): unknown {
  if (spec.values) return rng.pick(spec.values);
  if (spec.type === "int") return 1 + rng.int(20);
  if (name === "date") return `${2015 + rng.int(10)}-${String(1 + rng.int(12)).padStart(2, "0")}`;
  const text =
    name === "when"
      ? `${rng.pick(MONTHS)} ${2015 + rng.int(10)}`
      : rng.pick(PHRASES[name] ?? [`${name} ${1 + rng.int(9)}`]);
  return spec.type === "string[]" ? [text] : text;
}

/** Properties that name other records (a source's id): a generated graph leaves them out. */
const UNGENERATED = new Set(["whenSourceId"]);

/** Kind- or type-specific properties: every required one, and about half of the optional ones. */
export function syntheticProperties(
  rng: Prng,
  specs: Readonly<Record<string, PropertySpec>>,
): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs))
    if (!UNGENERATED.has(name) && (spec.required || rng.chance(0.5)))
      properties[name] = syntheticValue(rng, name, spec);
  return properties;
}

const CLAIMANT_WORDS = [
  "officials familiar with the negotiations",
  "a government spokesperson",
  "a security source",
];

/** Who a report says makes a claim: its words for an unnamed speaker, or the named entity. */
export function syntheticClaimant(
  rng: Prng,
  from: { id: string; name: string },
): {
  claimant: string;
  claimantId: string | null;
} {
  return rng.chance(0.4)
    ? { claimant: from.name, claimantId: from.id }
    : { claimant: rng.pick(CLAIMANT_WORDS), claimantId: null };
}

const verbOf = (type: string): string => type.toLowerCase().replace(/_/g, " ");

/** The sentence a source says `from` -[type]-> `to` in, by how it puts it. */
export function syntheticQuote(
  stance: "STATES" | "REPORTS" | "ASSESSES" | "DENIES" | "REFERENCE",
  from: string,
  type: string,
  to: string,
  claimant: string | null,
): string {
  const clause = `${from} ${verbOf(type)} ${to}`;
  switch (stance) {
    case "STATES":
      return `${clause}, according to the report.`;
    case "REPORTS":
      return `${clause}, ${claimant ?? "officials"} said.`;
    case "ASSESSES":
      return `Analysts judge that ${clause}.`;
    case "DENIES":
      return `It is not true that ${clause}, the report says.`;
    case "REFERENCE":
      return `${clause}.`;
  }
}
