import type { Driver } from "neo4j-driver";
import type { RunningApp } from "../../src/index";
import { postGraphql, startTestApp } from "../helpers/app";
import {
  ADD_SOURCE,
  ASSERT,
  EDITOR_HEADERS,
  UPSERT_ENTITY,
  addFixtureEntities,
  addFixtureSource,
  edit,
  emptyDatabaseWithSchema,
  fixtureText,
} from "../helpers/evidence-fixture";
import { snapshotGraph, testDriver } from "../helpers/neo4j";

// Three made-up reports (test/fixtures/sources/): two assert that the Northern Front operates from
// Valoria through different claimants, the third carries Valoria's denial.

const OPERATES_FROM = "northern-front-operates-from-valoria";

const EVIDENCE = `
  id citationCount sourceCount claimants claimedBy contested reference
  citations { id quote start end stance claimant claimantEntity { id } source { id kind } }`;

async function assertOperatesFrom(url: string, sourceId: string, citation: Record<string, unknown>) {
  return edit(url, ASSERT, {
    input: {
      type: "OPERATES_FROM",
      from: "northern-front",
      to: "valoria",
      sources: [{ sourceId, ...citation }],
    },
  });
}

async function relationship(url: string): Promise<Record<string, unknown>> {
  const response = await postGraphql<{ entity: { relationships: Record<string, unknown>[] } }>(
    url,
    `{ entity(id: "northern-front") { relationships(types: [OPERATES_FROM]) { ${EVIDENCE} } } }`,
  );
  expect(response.errors).toBeUndefined();
  const [found, ...more] = response.data!.entity.relationships;
  expect(more).toHaveLength(0);
  return found!;
}

describe("evidence from many sources", () => {
  let driver: Driver;
  let app: RunningApp;

  beforeAll(async () => {
    driver = testDriver();
    app = await startTestApp();
  });

  afterAll(async () => {
    await app?.stop();
    await driver?.close();
  });

  beforeEach(async () => {
    await emptyDatabaseWithSchema(driver);
    for (const key of ["herald", "gazette", "times"] as const) await addFixtureSource(app.url, key);
    await addFixtureEntities(app.url);
  });

  async function assertThreeReports(): Promise<void> {
    await assertOperatesFrom(app.url, "valoria-gazette", {
      quote: "the Northern Front operates from Valoria",
      claimant: "the interior ministry of Esteria",
      claimantId: "esteria",
    });
    await assertOperatesFrom(app.url, "esteria-herald", {
      quote: "The Northern Front has bases in Valoria",
      claimant: "a border official",
    });
    await assertOperatesFrom(app.url, "valoria-times", {
      quote: "denied that the Northern Front operates from its territory",
      claimantId: "valoria-government",
      stance: "DENIES",
    });
  }

  it("keeps one relationship with three citations, counts two sources, names both claimants and is contested", async () => {
    await assertThreeReports();
    const r = await relationship(app.url);
    expect(r).toMatchObject({
      id: OPERATES_FROM,
      citationCount: 3,
      sourceCount: 2,
      claimants: ["a border official", "esteria"],
      claimedBy: "a border official",
      contested: true,
      reference: false,
    });
    const citations = r.citations as {
      quote: string;
      start: number;
      end: number;
      stance: string;
      claimantEntity: { id: string } | null;
      source: { id: string };
    }[];
    expect(citations.map((c) => [c.source.id, c.stance])).toEqual([
      ["esteria-herald", "REPORTS"],
      ["valoria-gazette", "REPORTS"],
      ["valoria-times", "DENIES"],
    ]);
    for (const c of citations) expect(fixtureText(c.source.id).slice(c.start, c.end)).toBe(c.quote);
    expect(citations.map((c) => c.claimantEntity?.id ?? null)).toEqual([
      null,
      "esteria",
      "valoria-government",
    ]);
  }, 60_000);

  it("adds nothing when the same evidence is asserted again", async () => {
    await assertThreeReports();
    const before = await snapshotGraph(driver);
    await assertThreeReports();
    expect(await snapshotGraph(driver)).toBe(before);
  }, 60_000);

  it("retracting one source removes exactly its citations, and relationships that rested only on it", async () => {
    await assertThreeReports();
    await edit(app.url, ASSERT, {
      input: {
        type: "BORDERS",
        from: "esteria",
        to: "valoria",
        sources: [{ sourceId: "esteria-herald", quote: "Esteria and Valoria share a long border" }],
      },
    });
    const retraction = await edit<{ retractSource: Record<string, unknown> }>(
      app.url,
      `mutation { retractSource(id: "esteria-herald") { id retracted citationsRemoved relationshipsRemoved relationshipsUpdated } }`,
    );
    expect(retraction.retractSource).toEqual({
      id: "esteria-herald",
      retracted: true,
      citationsRemoved: 2,
      relationshipsRemoved: ["valoria-borders-esteria"],
      relationshipsUpdated: 1,
    });
    const r = await relationship(app.url);
    expect(r).toMatchObject({
      citationCount: 2,
      sourceCount: 1,
      claimants: ["esteria"],
      claimedBy: "the interior ministry of Esteria",
      contested: true,
    });
    const sources = await postGraphql<{ sources: { id: string }[] }>(app.url, "{ sources { id } }");
    expect(sources.data!.sources.map((s) => s.id)).toEqual(["valoria-gazette", "valoria-times"]);
  }, 60_000);

  it("lists what one source supports, page by page, each citation with its relationship", async () => {
    await assertThreeReports();
    await edit(app.url, ASSERT, {
      input: {
        type: "DEMANDS",
        from: "esteria",
        to: "valoria",
        properties: { demand: "close the camps" },
        sources: [
          {
            sourceId: "valoria-gazette",
            quote: "The ministry demanded that Valoria close the camps.",
            claimantId: "esteria",
          },
        ],
      },
    });
    const page = (after: string | null) =>
      postGraphql<{ source: { citations: { id: string; relationship: { id: string; type: string } }[] } }>(
        app.url,
        `query($after: ID) { source(id: "valoria-gazette") { kind citations(first: 1, after: $after) { id relationship { id type } } } }`,
        { after },
      );
    const first = (await page(null)).data!.source.citations;
    const second = (await page(first[0]!.id)).data!.source.citations;
    const third = (await page(second[0]!.id)).data!.source.citations;
    expect([...first, ...second].map((c) => c.relationship.type).sort()).toEqual([
      "DEMANDS",
      "OPERATES_FROM",
    ]);
    expect(third).toEqual([]);
  }, 60_000);

  it("refuses a quote that is not in the stored text, and changes nothing", async () => {
    const before = await snapshotGraph(driver);
    const response = await postGraphql(
      app.url,
      ASSERT,
      {
        input: {
          type: "OPERATES_FROM",
          from: "northern-front",
          to: "valoria",
          sources: [{ sourceId: "valoria-gazette", quote: "the Northern Front operates from Esteria" }],
        },
      },
      EDITOR_HEADERS,
    );
    expect(response.errors?.[0]?.extensions).toEqual({
      code: "BAD_USER_INPUT",
      argument: "input.sources[0].quote",
    });
    expect(response.errors?.[0]?.message).toBe(
      'input.sources[0].quote: "the Northern Front operates from Esteria" does not occur verbatim in source "valoria-gazette"',
    );
    expect(await snapshotGraph(driver)).toBe(before);
  }, 60_000);

  it("refuses another text under a source's id, since citations' offsets depend on it", async () => {
    const before = await snapshotGraph(driver);
    const response = await postGraphql(
      app.url,
      ADD_SOURCE,
      { input: { id: "valoria-times", title: "Rewritten", kind: "REPORT", text: "Another text." } },
      EDITOR_HEADERS,
    );
    expect(response.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(await snapshotGraph(driver)).toBe(before);
  }, 60_000);

  it("relays a reported claim whose source names no claimant (a hedge): no claimant anywhere, claimedBy null", async () => {
    await assertOperatesFrom(app.url, "valoria-gazette", {
      quote: "the Northern Front operates from Valoria",
      stance: "REPORTS",
    });
    const r = await relationship(app.url);
    expect({ claimants: r.claimants, claimedBy: r.claimedBy, sourceCount: r.sourceCount }).toEqual({
      claimants: [],
      claimedBy: null,
      sourceCount: 1,
    });
    const [citation] = r.citations as Record<string, unknown>[];
    expect([citation!.stance, citation!.claimant, citation!.claimantEntity]).toEqual(["REPORTS", null, null]);
  }, 60_000);

  it("resolves a weekday against the source's publication date, and leaves it unknown without one", async () => {
    await edit(app.url, UPSERT_ENTITY, {
      input: {
        id: "lumen-talks",
        kind: "NEGOTIATION",
        name: "Lumen talks",
        when: "Monday",
        whenSourceId: "esteria-herald",
      },
    });
    await edit(app.url, UPSERT_ENTITY, {
      input: {
        id: "night-crossings",
        kind: "INCIDENT",
        name: "Night crossings",
        when: "at night",
        whenSourceId: "valoria-gazette",
      },
    });
    const response = await postGraphql<{ a: Record<string, unknown>; b: Record<string, unknown> }>(
      app.url,
      `{ a: entity(id: "lumen-talks") { ... on Negotiation { when date whenSource { id publishedOn } } }
         b: entity(id: "night-crossings") { ... on Incident { when date } } }`,
    );
    // 2025-10-28 is a Tuesday: "Monday" is the day before.
    expect(response.data).toEqual({
      a: {
        when: "Monday",
        date: "2025-10-27",
        whenSource: { id: "esteria-herald", publishedOn: "2025-10-28" },
      },
      b: { when: "at night", date: null },
    });
  }, 60_000);

  it("adds aliases to those an entity has and keeps its description when an update leaves it out", async () => {
    await edit(app.url, UPSERT_ENTITY, {
      input: { id: "northern-front", kind: "ARMED_GROUP", aliases: ["NF"], description: "A made-up group." },
    });
    await edit(app.url, UPSERT_ENTITY, {
      input: { id: "northern-front", kind: "ARMED_GROUP", aliases: ["Front du Nord"] },
    });
    const response = await postGraphql<{ entity: Record<string, unknown> }>(
      app.url,
      `{ entity(id: "northern-front") { name aliases description } }`,
    );
    expect(response.data!.entity).toEqual({
      name: "Northern Front",
      aliases: ["NF", "Front du Nord"],
      description: "A made-up group.",
    });
  }, 60_000);
});
