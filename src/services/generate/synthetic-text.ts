import type { PropertySpec } from "../../model/registry";
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
  const text =
    name === "when"
      ? `${rng.pick(MONTHS)} ${2015 + rng.int(10)}`
      : rng.pick(PHRASES[name] ?? [`${name} ${1 + rng.int(9)}`]);
  return spec.type === "string[]" ? [text] : text;
}

/** Kind- or type-specific properties: every required one, and about half of the optional ones. */
export function syntheticProperties(
  rng: Prng,
  specs: Readonly<Record<string, PropertySpec>>,
): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs))
    if (spec.required || rng.chance(0.5)) properties[name] = syntheticValue(rng, name, spec);
  return properties;
}

/** Verbatim-looking sentences a report might hold about `from` -[type]-> `to`. */
export function syntheticQuotes(rng: Prng, from: string, type: string, to: string): string[] {
  const verb = type.toLowerCase().replace(/_/g, " ");
  const quotes = [`${from} ${verb} ${to}, according to the report.`];
  if (rng.chance(0.25)) quotes.push(`Officials said ${from} ${verb} ${to}.`);
  return quotes;
}

export function syntheticClaimant(rng: Prng, from: string): string | null {
  if (!rng.chance(0.2)) return null;
  return rng.pick(["officials familiar with the negotiations", "a government spokesperson", from]);
}
