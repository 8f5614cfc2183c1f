/**
 * THE model: every node kind and relationship type the graph may hold.
 * Labels and relationship types reach Cypher text only through this file;
 * constraints, seed validation, GraphQL enums and write checks all derive from it.
 */

import type { RelationshipDirection } from "./direction";

export type PropertyType = "string" | "string[]" | "int" | "boolean";

export interface PropertySpec {
  readonly type: PropertyType;
  readonly required?: boolean;
  /** Closed set of allowed values for a string property. */
  readonly values?: readonly string[];
  /** It holds a stored source's id: GraphQL serves the source itself, named without the `Id`. */
  readonly references?: "Source";
  readonly description: string;
}

/**
 * A field of a kind that follows one relationship type: `Country.borders` lists the other entities,
 * `Negotiation.mediators` lists edge objects (the type's `edge`) with both ends and the type's properties.
 */
export interface TypedFieldSpec {
  readonly name: string;
  readonly type: string;
  /** Relative to the kind: OUT where the kind is the relationship's start. */
  readonly direction: RelationshipDirection;
  readonly returns: "entities" | "edges";
  /** The other end's kind, where the field names a narrower one than the type allows (a session is a Negotiation). */
  readonly otherKind?: string;
  /** What it lists; the relationship type is added in parentheses. */
  readonly description: string;
}

/** The object a relationship type is read as from either end, e.g. MEDIATES as `Mediation { mediator negotiation role }`. */
export interface EdgeObjectSpec {
  readonly name: string;
  readonly description: string;
  /** Field names of the relationship's start and end. */
  readonly from: string;
  readonly to: string;
}

export interface NodeKindSpec {
  /** Neo4j label (PascalCase); every entity node also carries ENTITY_LABEL. */
  readonly label: string;
  /** GraphQL enum value (UPPER_SNAKE_CASE). */
  readonly enumValue: string;
  readonly description: string;
  /** Properties beyond the common entity ones. */
  readonly properties: Readonly<Record<string, PropertySpec>>;
  readonly typedFields: readonly TypedFieldSpec[];
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
  /** Present for types that typed fields read as edge objects. */
  readonly edge?: EdgeObjectSpec;
}

/** The whole model, as one value: the GraphQL surface is built from it. */
export interface Registry {
  readonly nodeKinds: readonly NodeKindSpec[];
  readonly relationshipTypes: readonly RelationshipTypeSpec[];
}

export const ENTITY_LABEL = "Entity";
export const SOURCE_LABEL = "Source";
export const CITATION_LABEL = "Citation";
/** Records of the seed files applied to the database: path, checksum, when. */
export const SEED_FILE_LABEL = "SeedFile";
/** One node per database, written by whoever seeds it: a second seeder waits for the first. */
export const SEED_LOCK_LABEL = "SeedLock";

const STATES = ["Country", "Government"] as const;
const PARTIES = ["Country", "Government", "Delegation", "Organization"] as const;
/** Properties every entity node has. */
export const ENTITY_PROPERTIES: Readonly<Record<string, PropertySpec>> = {
  id: { type: "string", required: true, description: "Stable kebab-case slug, unique across the graph." },
  name: { type: "string", required: true, description: "Readable name." },
  aliases: { type: "string[]", required: true, description: "Every other way sources name it." },
  description: { type: "string", description: "One or two sentences." },
};

/**
 * Properties every relationship has: its id, and a summary of its citations (each a :Citation node),
 * kept in step with them on every write so traversals can filter on evidence without reading citations.
 */
export const RELATIONSHIP_PROPERTIES: Readonly<Record<string, PropertySpec>> = {
  id: { type: "string", required: true, description: "Stable kebab-case id, unique across the graph." },
  sourceIds: { type: "string[]", required: true, description: "Sources with a citation supporting it." },
  sourceCount: {
    type: "int",
    required: true,
    description: "How many independent reports support it; reference notes are counted in referenceCount.",
  },
  referenceCount: {
    type: "int",
    required: true,
    description: "How many reference sources (outside knowledge) support it; never counted in sourceCount.",
  },
  citationCount: { type: "int", required: true, description: "How many citations it has." },
  claimants: {
    type: "string[]",
    required: true,
    description: "Who makes the claims it rests on: entity ids, or the sources' words for unnamed speakers.",
  },
  claimedBy: {
    type: "string",
    description:
      "Who asserts it, when no source states it in its own voice: the first claimant's words; null too when the sources relay it naming no one.",
  },
  contested: { type: "boolean", required: true, description: "A citation denies it." },
  reference: {
    type: "boolean",
    required: true,
    description: "Every supporting citation comes from a reference source (outside knowledge).",
  },
  since: { type: "string", description: "Earliest date it is said to hold from (ISO 8601, year to day)." },
  until: { type: "string", description: "Latest date it is said to hold until (ISO 8601, year to day)." },
};

/** What a source is: a report relays events and claims; a reference records outside knowledge. */
export const SOURCE_KINDS = ["report", "reference"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SOURCE_PROPERTIES: Readonly<Record<string, PropertySpec>> = {
  id: { type: "string", required: true, description: "Stable kebab-case id." },
  title: {
    type: "string",
    required: true,
    description: "Title, or a plain description when the source has none.",
  },
  kind: {
    type: "string",
    required: true,
    values: SOURCE_KINDS,
    description: "report, or reference for outside knowledge an analyst may exclude.",
  },
  text: { type: "string", required: true, description: "The full text its citations quote." },
  publisher: { type: "string", description: "Publisher, only when known." },
  publishedOn: { type: "string", description: "Publication date (ISO 8601, year to day), only when known." },
  url: { type: "string", description: "Address, only when known." },
  language: { type: "string", description: "Language of the text (BCP 47, e.g. en), only when known." },
};

/** How a citation's source puts what it says. */
export const STANCES = {
  STATES: "The source states it in its own voice.",
  REPORTS:
    'The source reports that the claimant says so; with no claimant, it relays the claim without naming who makes it (a hedge such as "reportedly", kept in the quote).',
  ASSESSES: "The source, or the claimant, infers or judges it.",
  DENIES: "The source, or the claimant, denies it: the relationship is contested.",
} as const;
export type Stance = keyof typeof STANCES;
export const STANCE_NAMES = Object.keys(STANCES) as readonly Stance[];

/** Properties every citation node has; a type's own properties hold the values the citation supports. */
export const CITATION_PROPERTIES: Readonly<Record<string, PropertySpec>> = {
  id: { type: "string", required: true, description: "Relationship, source and offsets: unique." },
  relationshipId: { type: "string", required: true, description: "The relationship it supports or denies." },
  relationshipType: { type: "string", required: true, description: "Its type, to find it by its index." },
  sourceId: { type: "string", required: true, description: "The source it quotes." },
  sourceKind: { type: "string", required: true, values: SOURCE_KINDS, description: "Its source's kind." },
  quote: { type: "string", required: true, description: "Verbatim text of the source." },
  start: { type: "int", required: true, description: "Offset of the quote's first character in the text." },
  end: { type: "int", required: true, description: "Offset just past the quote's last character." },
  stance: { type: "string", required: true, values: STANCE_NAMES, description: "How the source puts it." },
  claimant: { type: "string", description: "Who makes the claim, in the source's words." },
  claimantId: { type: "string", description: "The entity that makes the claim, when the graph has it." },
  when: { type: "string", description: "When it held, in the source's words." },
  since: { type: "string", description: "Date it holds from (ISO 8601, year to day)." },
  until: { type: "string", description: "Date it holds until (ISO 8601, year to day)." },
};

/** Properties of an event's time, for kinds that happen (negotiations, sessions, incidents). */
const TIME_PROPERTIES: Readonly<Record<string, PropertySpec>> = {
  when: { type: "string", description: "When it took place, in the source's own words." },
  whenSourceId: { type: "string", references: "Source", description: "The source whose words `when` are." },
  date: {
    type: "string",
    description:
      "Its calendar date (ISO 8601: year, year-month or day), stated by a source or resolved from `when` against the source's publication date; unknown otherwise.",
  },
};

const entities = (
  name: string,
  type: string,
  direction: RelationshipDirection,
  description: string,
  otherKind?: string,
): TypedFieldSpec => ({ name, type, direction, returns: "entities", description, otherKind });

const edges = (
  name: string,
  type: string,
  direction: RelationshipDirection,
  description: string,
): TypedFieldSpec => ({ name, type, direction, returns: "edges", description });

export const NODE_KINDS: readonly NodeKindSpec[] = [
  {
    label: "Country",
    enumValue: "COUNTRY",
    description: "A sovereign state.",
    properties: {},
    typedFields: [
      entities("borders", "BORDERS", "BOTH", "Countries it shares a border with"),
      entities("groupsOperatingFrom", "OPERATES_FROM", "IN", "Armed groups that operate from its territory"),
      entities("targetedBy", "TARGETS", "IN", "Armed groups that target it"),
      entities("governedBy", "GOVERNS", "IN", "Who governs it"),
      entities("negotiations", "PARTICIPATES_IN", "OUT", "Negotiations it takes part in"),
      edges("mediates", "MEDIATES", "OUT", "Negotiations it mediates, with its role"),
      edges("boundBy", "BOUND_BY", "OUT", "Agreements that bind it, with the obligation"),
      edges("designates", "DESIGNATES", "OUT", "Armed groups it bans or lists"),
    ],
  },
  {
    label: "ArmedGroup",
    enumValue: "ARMED_GROUP",
    description: "A non-state armed or militant group.",
    properties: {},
    typedFields: [
      entities("operatesFrom", "OPERATES_FROM", "OUT", "Territory it operates from"),
      entities("targets", "TARGETS", "OUT", "States it attacks"),
      edges("designatedBy", "DESIGNATES", "IN", "Who bans or lists it"),
    ],
  },
  {
    label: "Government",
    enumValue: "GOVERNMENT",
    description: "An administration that governs a state.",
    properties: {},
    typedFields: [
      entities("governs", "GOVERNS", "OUT", "Countries it administers"),
      entities("delegations", "REPRESENTS", "IN", "Delegations that speak for it"),
      edges("boundBy", "BOUND_BY", "OUT", "Agreements that bind it, with the obligation"),
    ],
  },
  {
    label: "Organization",
    enumValue: "ORGANIZATION",
    description: "An institution: a military, an agency, a press office.",
    properties: {},
    typedFields: [entities("partOf", "PART_OF", "OUT", "The body or state it belongs to")],
  },
  {
    label: "Delegation",
    enumValue: "DELEGATION",
    description: "The people who speak for a party at a negotiation.",
    properties: {},
    typedFields: [
      entities("represents", "REPRESENTS", "OUT", "The party it speaks for"),
      entities("negotiations", "PARTICIPATES_IN", "OUT", "Negotiations it takes part in"),
      entities(
        "lacksAuthorizationFrom",
        "LACKS_AUTHORIZATION_FROM",
        "OUT",
        "Whose authorization it lacks to make binding commitments",
      ),
      entities("controlledFrom", "CONTROLLED_FROM", "OUT", "Where its directives come from"),
    ],
  },
  {
    label: "Negotiation",
    enumValue: "NEGOTIATION",
    description: "A round of talks, or one session of it.",
    properties: {
      ...TIME_PROPERTIES,
      outcome: { type: "string", description: "How it ended, as far as the source reports." },
    },
    typedFields: [
      edges("mediators", "MEDIATES", "IN", "Its mediators, each with its role"),
      entities("participants", "PARTICIPATES_IN", "IN", "Parties and delegations taking part"),
      entities("heldIn", "HELD_IN", "OUT", "Where it is held"),
      entities("sessions", "PART_OF", "IN", "Its sessions", "Negotiation"),
      entities("partOf", "PART_OF", "OUT", "The negotiation this is a session of", "Negotiation"),
      entities("incidents", "COINCIDES_WITH", "IN", "Incidents that happened while it was under way"),
    ],
  },
  {
    label: "Agreement",
    enumValue: "AGREEMENT",
    description: "A treaty or accord.",
    properties: {},
    typedFields: [edges("boundParties", "BOUND_BY", "IN", "Parties it binds, each with its obligation")],
  },
  {
    label: "Incident",
    enumValue: "INCIDENT",
    description: "An event on the ground: an attack, an infiltration.",
    properties: {
      ...TIME_PROPERTIES,
      count: { type: "int", description: "How many events it groups, when the source says." },
    },
    typedFields: [
      entities("originatedFrom", "ORIGINATED_FROM", "OUT", "Where it came from"),
      entities("foiledBy", "FOILED_BY", "OUT", "Who stopped it"),
      entities("reportedBy", "REPORTED_BY", "OUT", "Who made it public"),
      entities("coincidesWith", "COINCIDES_WITH", "OUT", "Negotiations under way when it happened"),
    ],
  },
  {
    label: "Place",
    enumValue: "PLACE",
    description: "A city or region.",
    properties: {},
    typedFields: [
      entities("locatedIn", "LOCATED_IN", "OUT", "The country it lies in"),
      entities("negotiationsHeld", "HELD_IN", "IN", "Negotiations held there"),
      entities("seatOf", "SEAT_OF", "OUT", "States or governments that act from it"),
    ],
  },
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
  {
    ...rel("MEDIATES", "A mediator helps the parties of a negotiation.", PARTIES, ["Negotiation"], {
      role: {
        type: "string",
        required: true,
        values: ["lead", "supporting"],
        description: "Lead or supporting mediator.",
      },
    }),
    edge: {
      name: "Mediation",
      description: "Who mediates which negotiation, and in what role.",
      from: "mediator",
      to: "negotiation",
    },
  },
  rel("PARTICIPATES_IN", "A party takes part in a negotiation.", PARTIES, ["Negotiation"]),
  rel("REPRESENTS", "A delegation speaks for a party.", ["Delegation"], STATES),
  rel("HELD_IN", "Where a negotiation takes place.", ["Negotiation"], ["Place", "Country"]),
  rel("LOCATED_IN", "A place lies in a country.", ["Place"], ["Country"]),
  rel("SEAT_OF", "The place from which a state or government acts.", ["Place"], STATES),
  rel("BORDERS", "Two countries share a border.", ["Country"], ["Country"], {}, true),
  rel("GOVERNS", "A government administers a country.", ["Government"], ["Country"]),
  rel("OPERATES_FROM", "A group uses a territory as its base.", ["ArmedGroup"], ["Country", "Place"]),
  rel("TARGETS", "A group attacks a state.", ["ArmedGroup"], STATES),
  {
    ...rel("DESIGNATES", "A state bans or lists a group.", STATES, ["ArmedGroup"], {
      status: { type: "string", required: true, description: "The designation, e.g. banned." },
    }),
    edge: {
      name: "Designation",
      description: "A state's ban or listing of an armed group.",
      from: "designator",
      to: "group",
    },
  },
  {
    ...rel("BOUND_BY", "A party has obligations under an agreement.", STATES, ["Agreement"], {
      obligation: { type: "string", required: true, description: "What the agreement commits it to." },
    }),
    edge: {
      name: "AgreementBinding",
      description: "What an agreement commits a party to.",
      from: "party",
      to: "agreement",
    },
  },
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
  rel("FOLLOWS", "A negotiation or session that comes after another.", ["Negotiation"], ["Negotiation"]),
  rel("RESPONDS_TO", "A party answers what another proposes or asks.", PARTIES, PARTIES, {
    response: { type: "string", required: true, description: "How it answers, and to what." },
  }),
  rel(
    "PURSUES_OTHER_AGENDA",
    "A party, or some within it, is said to pursue aims other than a negotiation's.",
    PARTIES,
    ["Negotiation"],
    { who: { type: "string", required: true, description: "Who within the party, in the source's words." } },
  ),
  rel(
    "HINGES_ON",
    "A negotiation is said to progress only if a party acts: a forecast or a warning, not an event.",
    ["Negotiation"],
    PARTIES,
    {
      condition: {
        type: "string",
        required: true,
        description: "What the party would have to do, in the source's words.",
      },
    },
  ),
];

export const REGISTRY: Registry = { nodeKinds: NODE_KINDS, relationshipTypes: RELATIONSHIP_TYPES };

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
export const ALL_LABELS: readonly string[] = [
  ENTITY_LABEL,
  SOURCE_LABEL,
  CITATION_LABEL,
  SEED_FILE_LABEL,
  SEED_LOCK_LABEL,
  ...NODE_LABELS,
];
