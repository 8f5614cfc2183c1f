/**
 * THE model: every node kind and relationship type the graph may hold.
 * Labels and relationship types reach Cypher text only through this file;
 * constraints, seed validation, GraphQL enums and write checks all derive from it.
 */

export type PropertyType = "string" | "string[]" | "int";

export interface PropertySpec {
  readonly type: PropertyType;
  readonly required?: boolean;
  /** Closed set of allowed values for a string property. */
  readonly values?: readonly string[];
  readonly description: string;
}

export interface NodeKindSpec {
  /** Neo4j label (PascalCase); every entity node also carries ENTITY_LABEL. */
  readonly label: string;
  /** GraphQL enum value (UPPER_SNAKE_CASE). */
  readonly enumValue: string;
  readonly description: string;
  /** Properties beyond the common entity ones. */
  readonly properties: Readonly<Record<string, PropertySpec>>;
}

export interface RelationshipTypeSpec {
  readonly type: string;
  readonly description: string;
  readonly from: readonly string[];
  readonly to: readonly string[];
  /** Stored once, read in both directions (e.g. BORDERS). */
  readonly symmetric: boolean;
  /** Properties beyond the common relationship ones. */
  readonly properties: Readonly<Record<string, PropertySpec>>;
}

export const ENTITY_LABEL = "Entity";
export const SOURCE_LABEL = "Source";

const STATES = ["Country", "Government"] as const;
const PARTIES = ["Country", "Government", "Delegation", "Organization"] as const;
/** Properties every entity node has. */
export const ENTITY_PROPERTIES: Readonly<Record<string, PropertySpec>> = {
  id: { type: "string", required: true, description: "Stable kebab-case slug, unique across the graph." },
  name: { type: "string", required: true, description: "Readable name." },
  aliases: { type: "string[]", required: true, description: "Every other way sources name it." },
  description: { type: "string", description: "One or two sentences." },
};

/** Properties every relationship has: its id and its citations (parallel lists). */
export const RELATIONSHIP_PROPERTIES: Readonly<Record<string, PropertySpec>> = {
  id: { type: "string", required: true, description: "Stable kebab-case id, unique across the graph." },
  sourceIds: { type: "string[]", required: true, description: "Source of each citation." },
  quotes: { type: "string[]", required: true, description: "Verbatim quote of each citation." },
  claimedBy: { type: "string", description: "Who asserts it, when the source reports one side's claim." },
};

export const SOURCE_PROPERTIES: Readonly<Record<string, PropertySpec>> = {
  id: { type: "string", required: true, description: "Stable kebab-case id." },
  title: {
    type: "string",
    required: true,
    description: "Title, or a plain description when the source has none.",
  },
  publisher: { type: "string", description: "Publisher, only when known." },
  publishedOn: { type: "string", description: "Publication date (ISO 8601), only when known." },
  url: { type: "string", description: "Address, only when known." },
  file: { type: "string", description: "Path of the project's copy of the text." },
};

export const NODE_KINDS: readonly NodeKindSpec[] = [
  { label: "Country", enumValue: "COUNTRY", description: "A sovereign state.", properties: {} },
  {
    label: "ArmedGroup",
    enumValue: "ARMED_GROUP",
    description: "A non-state armed or militant group.",
    properties: {},
  },
  {
    label: "Government",
    enumValue: "GOVERNMENT",
    description: "An administration that governs a state.",
    properties: {},
  },
  {
    label: "Organization",
    enumValue: "ORGANIZATION",
    description: "An institution: a military, an agency, a press office.",
    properties: {},
  },
  {
    label: "Delegation",
    enumValue: "DELEGATION",
    description: "The people who speak for a party at a negotiation.",
    properties: {},
  },
  {
    label: "Negotiation",
    enumValue: "NEGOTIATION",
    description: "A round of talks, or one session of it.",
    properties: {
      when: { type: "string", description: "When it took place, as the source words it." },
      outcome: { type: "string", description: "How it ended, as far as the source reports." },
    },
  },
  { label: "Agreement", enumValue: "AGREEMENT", description: "A treaty or accord.", properties: {} },
  {
    label: "Incident",
    enumValue: "INCIDENT",
    description: "An event on the ground: an attack, an infiltration.",
    properties: {
      when: { type: "string", description: "When it happened, as the source words it." },
      count: { type: "int", description: "How many events it groups, when the source says." },
    },
  },
  { label: "Place", enumValue: "PLACE", description: "A city or region.", properties: {} },
];

const rel = (
  type: string,
  description: string,
  from: readonly string[],
  to: readonly string[],
  properties: Record<string, PropertySpec> = {},
  symmetric = false,
): RelationshipTypeSpec => ({ type, description, from, to, symmetric, properties });

export const RELATIONSHIP_TYPES: readonly RelationshipTypeSpec[] = [
  rel("MEDIATES", "A mediator helps the parties of a negotiation.", PARTIES, ["Negotiation"], {
    role: {
      type: "string",
      required: true,
      values: ["lead", "supporting"],
      description: "Lead or supporting mediator.",
    },
  }),
  rel("PARTICIPATES_IN", "A party takes part in a negotiation.", PARTIES, ["Negotiation"]),
  rel("REPRESENTS", "A delegation speaks for a party.", ["Delegation"], STATES),
  rel("HELD_IN", "Where a negotiation takes place.", ["Negotiation"], ["Place", "Country"]),
  rel("LOCATED_IN", "A place lies in a country.", ["Place"], ["Country"]),
  rel("SEAT_OF", "The place from which a state or government acts.", ["Place"], STATES),
  rel("BORDERS", "Two countries share a border.", ["Country"], ["Country"], {}, true),
  rel("GOVERNS", "A government administers a country.", ["Government"], ["Country"]),
  rel("OPERATES_FROM", "A group uses a territory as its base.", ["ArmedGroup"], ["Country", "Place"]),
  rel("TARGETS", "A group attacks a state.", ["ArmedGroup"], STATES),
  rel("DESIGNATES", "A state bans or lists a group.", STATES, ["ArmedGroup"], {
    status: { type: "string", required: true, description: "The designation, e.g. banned." },
  }),
  rel("BOUND_BY", "A party has obligations under an agreement.", STATES, ["Agreement"], {
    obligation: { type: "string", required: true, description: "What the agreement commits it to." },
  }),
  rel("DEMANDS", "One party asks something of another.", PARTIES, PARTIES, {
    demand: { type: "string", required: true, description: "What is demanded." },
  }),
  rel("URGES", "One party presses a message or course of action on another.", PARTIES, PARTIES, {
    message: { type: "string", required: true, description: "What it urges." },
  }),
  rel("REJECTS", "A party refuses what another asks of it.", PARTIES, PARTIES, {
    what: { type: "string", required: true, description: "What is refused." },
  }),
  rel("ENDORSES", "A party agrees that another's position is right.", PARTIES, PARTIES, {
    position: { type: "string", required: true, description: "The position it endorses." },
  }),
  rel(
    "LACKS_AUTHORIZATION_FROM",
    "A delegation cannot commit without its leadership.",
    ["Delegation"],
    ["Place", ...STATES],
  ),
  rel(
    "CONTROLLED_FROM",
    "A delegation acts on directives from elsewhere.",
    ["Delegation"],
    ["Place", ...STATES],
  ),
  rel(
    "PART_OF",
    "A session of a negotiation, or a body of a state.",
    ["Negotiation", "Organization"],
    ["Negotiation", ...STATES],
  ),
  rel("ORIGINATED_FROM", "Where an incident came from.", ["Incident"], ["Country", "Place"]),
  rel("FOILED_BY", "Who stopped an incident.", ["Incident"], ["Organization", ...STATES]),
  rel("REPORTED_BY", "Who made an incident public.", ["Incident"], ["Organization", ...STATES]),
  rel(
    "COINCIDES_WITH",
    "An incident that happened while a negotiation was under way.",
    ["Incident"],
    ["Negotiation"],
  ),
  rel("ACCUSES", "A party publicly questions or charges another.", PARTIES, PARTIES, {
    charge: { type: "string", required: true, description: "What it alleges." },
  }),
];

const kindsByLabel = new Map(NODE_KINDS.map((k) => [k.label, k]));
const kindsByEnum = new Map(NODE_KINDS.map((k) => [k.enumValue, k]));
const relationshipsByType = new Map(RELATIONSHIP_TYPES.map((r) => [r.type, r]));

export const NODE_LABELS: readonly string[] = NODE_KINDS.map((k) => k.label);
export const RELATIONSHIP_TYPE_NAMES: readonly string[] = RELATIONSHIP_TYPES.map((r) => r.type);

export function isNodeLabel(label: string): boolean {
  return kindsByLabel.has(label);
}

export function isRelationshipType(type: string): boolean {
  return relationshipsByType.has(type);
}

export function nodeKind(label: string): NodeKindSpec | undefined {
  return kindsByLabel.get(label);
}

export function nodeKindByEnum(enumValue: string): NodeKindSpec | undefined {
  return kindsByEnum.get(enumValue);
}

export function relationshipType(type: string): RelationshipTypeSpec | undefined {
  return relationshipsByType.get(type);
}

/** Whether the registry allows `type` from a node of kind `fromLabel` to one of kind `toLabel`. */
export function allowsEdge(type: string, fromLabel: string, toLabel: string): boolean {
  const spec = relationshipsByType.get(type);
  if (!spec) return false;
  const forward = spec.from.includes(fromLabel) && spec.to.includes(toLabel);
  const backward = spec.symmetric && spec.from.includes(toLabel) && spec.to.includes(fromLabel);
  return forward || backward;
}

/** Labels a node may carry: its kind, plus Entity for every entity. */
export const ALL_LABELS: readonly string[] = [ENTITY_LABEL, SOURCE_LABEL, ...NODE_LABELS];
