/**
 * How each relationship type reads as an English sentence, in its stored direction.
 *
 * Placeholders: `{from}` and `{to}` are the ends' names, `{from's}` and `{to's}` their possessives,
 * `{<property>}` a property's value. `[leads|lead]` is a verb in its singular and plural forms: it agrees
 * with `{from}`, which every sentence has as its subject.
 */
export interface RelationshipWording {
  /** The sentence, unless a variant below applies. */
  readonly template: string;
  /** Sentences for given values of one property, where English words them differently (MEDIATES by role). */
  readonly byValue?: {
    readonly property: string;
    readonly templates: Readonly<Record<string, string>>;
  };
  /** The sentence when a free-text property's value is a clause ("its concerns are legitimate"). */
  readonly whenClause?: { readonly property: string; readonly template: string };
}

export const RELATIONSHIP_WORDING: Readonly<Record<string, RelationshipWording>> = {
  MEDIATES: {
    template: "{from} [mediates|mediate] {to} as {role} mediator",
    byValue: {
      property: "role",
      templates: {
        lead: "{from} [leads|lead] the mediation of {to}",
        supporting: "{from} [supports|support] the mediation of {to}",
      },
    },
  },
  PARTICIPATES_IN: { template: "{from} [takes|take] part in {to}" },
  REPRESENTS: { template: "{from} [represents|represent] {to}" },
  HELD_IN: { template: "{from} [is|are] held in {to}" },
  LOCATED_IN: { template: "{from} [lies|lie] in {to}" },
  SEAT_OF: { template: "{from} [is|are] the seat of {to}" },
  BORDERS: { template: "{from} [borders|border] {to}" },
  GOVERNS: { template: "{from} [governs|govern] {to}" },
  OPERATES_FROM: { template: "{from} [operates|operate] from {to}" },
  TARGETS: { template: "{from} [targets|target] {to}" },
  DESIGNATES: {
    template: "{from} [designates|designate] {to} as {status}",
    byValue: { property: "status", templates: { banned: "{from} [bans|ban] {to}" } },
  },
  BOUND_BY: { template: "{from} [is|are] committed by {to} to {obligation}" },
  DEMANDS: { template: "{from} [demands|demand] from {to} {demand}" },
  // Messages are clauses or bare infinitives; a colon reads well with either.
  URGES: { template: "{from} [urges|urge] {to}: {message}" },
  REJECTS: { template: "{from} [refuses|refuse] {to} {what}" },
  ENDORSES: {
    template: "{from} [endorses|endorse] {to's} position on {position}",
    whenClause: {
      property: "position",
      template: "{from} [endorses|endorse] {to's} position that {position}",
    },
  },
  LACKS_AUTHORIZATION_FROM: { template: "{from} [lacks|lack] authorization from {to}" },
  CONTROLLED_FROM: { template: "{from} [is|are] controlled from {to}" },
  PART_OF: { template: "{from} [is|are] part of {to}" },
  // Incidents are past events.
  ORIGINATED_FROM: { template: "{from} came from {to}" },
  FOILED_BY: { template: "{from} [was|were] foiled by {to}" },
  REPORTED_BY: { template: "{from} [was|were] reported by {to}" },
  COINCIDES_WITH: { template: "{from} took place during {to}" },
  ACCUSES: { template: "{from} [accuses|accuse] {to}: {charge}" },
  FOLLOWS: { template: "{from} [follows|follow] {to}" },
  // A response is worded as a verb phrase ("responded positively to some of the proposals").
  RESPONDS_TO: { template: "{from}, answering {to}, {response}" },
  // `who` names people within the party; "may" words the type's own hedge and needs no agreement.
  PURSUES_OTHER_AGENDA: { template: "{from} may, through {who}, pursue an agenda other than {to}" },
  // A forecast: the condition is a noun phrase ("tangible steps against militant safe havens").
  HINGES_ON: { template: "{from} [hinges|hinge] on {to} for {condition}" },
};

/** Placeholders that name the ends rather than a property. */
export const END_PLACEHOLDERS: readonly string[] = ["from", "to", "from's", "to's"];

/** Every template of one wording: the default, the variants by value, the clause form. */
export function templatesOf(wording: RelationshipWording): string[] {
  return [
    wording.template,
    ...Object.values(wording.byValue?.templates ?? {}),
    ...(wording.whenClause ? [wording.whenClause.template] : []),
  ];
}

/** The names inside `{…}` in a template, in order. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
}

/** Kinds whose names take "the" in running text ("the Istanbul talks", "the Tehreek-e-Taliban Pakistan"). */
export const KINDS_NAMED_WITH_THE: readonly string[] = [
  "ArmedGroup",
  "Government",
  "Organization",
  "Delegation",
  "Negotiation",
  "Agreement",
  "Incident",
];

/** Kinds whose names may be plural ("Baloch militant groups", "Istanbul talks"); the others take singular verbs. */
export const KINDS_NAMED_IN_PLURAL: readonly string[] = ["ArmedGroup", "Negotiation", "Incident"];
