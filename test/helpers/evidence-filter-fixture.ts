import { ADD_SOURCE, ASSERT, UPSERT_ENTITY, edit } from "./evidence-fixture";

// A small made-up world (fiction) where answers change with the evidence asked for: two reports and a
// reference source, claims by an entity (Ardenia) and by "a security source", one denial, dates.

const COURIER = {
  id: "ardenia-courier",
  kind: "REPORT",
  title: "Ardenia Courier: pressure on Belmora",
  publishedOn: "2025-10-27",
  text: "Ardenia and Belmora share a long border. Caldera urged Belmora to act against the Red Banner. According to a security source, the Red Banner operates from Belmora. Ardenia says the Red Banner has attacked Ardenian posts since 20 October; a security source adds that the group targets Ardenia.",
};
const POST = {
  id: "belmora-post",
  kind: "REPORT",
  title: "Belmora Post: Belmora rejects the charge",
  text: "Belmora rejects the claim that the Red Banner operates from its soil. Caldera urged Belmora to act, and Ardenia and Belmora share a long border.",
};
const ATLAS = {
  id: "reference-atlas",
  kind: "REFERENCE",
  title: "Reference: an atlas of the region",
  text: "Ardenia has banned the Red Banner since 2019.",
};

const ENTITIES = [
  { id: "ardenia", kind: "COUNTRY", name: "Ardenia" },
  { id: "belmora", kind: "COUNTRY", name: "Belmora" },
  { id: "caldera", kind: "COUNTRY", name: "Caldera" },
  { id: "red-banner", kind: "ARMED_GROUP", name: "Red Banner" },
];

/** Relationship ids, as the API names them (<from>-<type>-<to>). */
export const REL = {
  borders: "belmora-borders-ardenia",
  urges: "caldera-urges-belmora",
  operatesFrom: "red-banner-operates-from-belmora",
  targets: "red-banner-targets-ardenia",
  designates: "ardenia-designates-red-banner",
} as const;

const RELATIONSHIPS = [
  // Two sources, each in its own voice.
  {
    type: "BORDERS",
    from: "ardenia",
    to: "belmora",
    sources: [
      { sourceId: COURIER.id, quote: "Ardenia and Belmora share a long border", stance: "STATES" },
      { sourceId: POST.id, quote: "Ardenia and Belmora share a long border", stance: "STATES" },
    ],
  },
  // Two sources; held from 1 to 26 October 2025.
  {
    type: "URGES",
    from: "caldera",
    to: "belmora",
    properties: { message: "to act against the Red Banner" },
    sources: [
      {
        sourceId: COURIER.id,
        quote: "Caldera urged Belmora to act against the Red Banner",
        stance: "STATES",
        since: "2025-10-01",
        until: "2025-10-26",
      },
      { sourceId: POST.id, quote: "Caldera urged Belmora to act", stance: "STATES" },
    ],
  },
  // One source, one claimant's word, denied by Belmora: contested.
  {
    type: "OPERATES_FROM",
    from: "red-banner",
    to: "belmora",
    sources: [
      {
        sourceId: COURIER.id,
        quote: "the Red Banner operates from Belmora",
        stance: "REPORTS",
        claimant: "a security source",
      },
      {
        sourceId: POST.id,
        quote: "Belmora rejects the claim that the Red Banner operates from its soil",
        stance: "DENIES",
        claimant: "Belmora",
        claimantId: "belmora",
      },
    ],
  },
  // One source, two claimants; since 20 October 2025.
  {
    type: "TARGETS",
    from: "red-banner",
    to: "ardenia",
    sources: [
      {
        sourceId: COURIER.id,
        quote: "the Red Banner has attacked Ardenian posts since 20 October",
        stance: "REPORTS",
        claimant: "Ardenia",
        claimantId: "ardenia",
        since: "2025-10-20",
      },
      {
        sourceId: COURIER.id,
        quote: "the group targets Ardenia",
        stance: "REPORTS",
        claimant: "a security source",
      },
    ],
  },
  // A reference fact, since 2019.
  {
    type: "DESIGNATES",
    from: "ardenia",
    to: "red-banner",
    properties: { status: "banned" },
    sources: [
      {
        sourceId: ATLAS.id,
        quote: "Ardenia has banned the Red Banner since 2019.",
        stance: "STATES",
        since: "2019",
      },
    ],
  },
];

/** Writes the fixture through the editor API of the service at `url` (into an empty database). */
export async function addEvidenceFilterFixture(url: string): Promise<void> {
  for (const source of [COURIER, POST, ATLAS]) await edit(url, ADD_SOURCE, { input: source });
  for (const input of ENTITIES) await edit(url, UPSERT_ENTITY, { input });
  for (const input of RELATIONSHIPS) await edit(url, ASSERT, { input });
}
