import type { Driver } from "neo4j-driver";
import { Executor } from "../../src/graph/executor";
import { StatsRepository } from "../../src/graph/stats.repository";
import { WriteRepository } from "../../src/graph/write.repository";
import type { RunningApp } from "../../src/index";
import { NODE_KINDS } from "../../src/model/registry";
import type { EditorCommand } from "../../src/services/editor-commands";
import { EditorService } from "../../src/services/editor.service";
import { StatsService } from "../../src/services/stats.service";
import { WORLD_COMMANDS, WORLD_ENTITIES, WORLD_SOURCE } from "../fixtures/world";
import { postGraphql, startTestApp } from "../helpers/app";
import { expectBadInput, useSeededApp } from "../helpers/api";
import { emptyDatabaseWithSchema } from "../helpers/evidence-fixture";
import { snapshotGraph, testDriver } from "../helpers/neo4j";
import { expectedEntityStats, expectedGraphCounts, expectedSupports } from "../helpers/stats-expectations";

const config = () => ({ database: process.env.NEO4J_TEST_DATABASE });

const GRAPH_STATS = `{
  stats {
    entitiesByKind { kind count }
    relationshipsByType { type count }
    entities relationships sources citations
  }
}`;

const ENTITY_STATS = `query ($first: Int) {
  entities(first: 100) {
    edges { node { id stats {
      relationships byType { type direction count }
      sourceCount claimantCount
      sources(first: $first) { sourceId relationships }
      claimants(first: $first) { claimant relationships }
      relationshipsRead complete
    } } }
  }
}`;

const SUPPORTS = `query ($id: ID!) { source(id: $id) { supports { type citations relationships } } }`;

interface EntityStatsPage {
  entities: { edges: { node: { id: string; stats: Record<string, unknown> } }[] };
}

/** Counts read by scanning the graph, the way the count store must agree with. */
async function scannedCounts(driver: Driver) {
  const { records } = await driver.executeQuery(
    `MATCH (n:Entity) WITH count(n) AS entities
     MATCH ()-[r]->() WITH entities, count(r) AS relationships
     MATCH (s:Source) WITH entities, relationships, count(s) AS sources
     MATCH (c:Citation) RETURN entities, relationships, sources, count(c) AS citations`,
    {},
    config(),
  );
  return Object.fromEntries(Object.entries(records[0]!.toObject()).map(([k, v]) => [k, Number(v)]));
}

describe("stats of the fixture world", () => {
  const seeded = useSeededApp();

  it("counts every kind and type, zero included, as the world's commands wrote them", async () => {
    const response = await postGraphql<{ stats: Record<string, unknown> }>(seeded.app.url, GRAPH_STATS);
    expect(response.errors).toBeUndefined();
    const expected = expectedGraphCounts(WORLD_COMMANDS);
    expect(response.data!.stats).toEqual({
      ...expected,
      ...(await scannedCounts(seeded.driver)),
    });
    expect(response.data!.stats.entitiesByKind).toHaveLength(NODE_KINDS.length);
    expect(response.data!.stats.entities).toBe(WORLD_ENTITIES.length);
  }, 30_000);

  it("gives every entity its counts by type and direction, sources and claimants, in one page", async () => {
    const response = await postGraphql<EntityStatsPage>(seeded.app.url, ENTITY_STATS, { first: 100 });
    expect(response.errors).toBeUndefined();
    const edges = response.data!.entities.edges;
    expect(edges).toHaveLength(WORLD_ENTITIES.length);
    for (const { node } of edges)
      expect({ id: node.id, ...node.stats }).toEqual({
        id: node.id,
        ...expectedEntityStats(WORLD_COMMANDS, node.id),
      });
  }, 30_000);

  it("reads the stats of a page of entities in as many statements for one entity as for twenty", async () => {
    const query = `query ($n: Int) {
      entities(first: $n) { edges { node { id stats { relationships sources { source { title } } } } } }
    }`;
    const statementsFor = async (n: number) => {
      const before = seeded.app.executor.statementsRun;
      const response = await postGraphql<EntityStatsPage>(seeded.app.url, query, { n });
      expect(response.errors).toBeUndefined();
      expect(response.data!.entities.edges).toHaveLength(n);
      return seeded.app.executor.statementsRun - before;
    };
    expect(await statementsFor(20)).toBe(await statementsFor(1));
  }, 30_000);

  it("says what the world's source supports, by type", async () => {
    const response = await postGraphql<{ source: { supports: unknown[] } }>(seeded.app.url, SUPPORTS, {
      id: WORLD_SOURCE.id,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.source.supports).toEqual(expectedSupports(WORLD_COMMANDS, WORLD_SOURCE.id));
  }, 30_000);

  it("takes a first at its limit on an entity's sources and claimants", async () => {
    const query = `{ entity(id: "esteria") { stats { sources(first: 100) { sourceId } claimants(first: 100) { claimant } } } }`;
    const response = await postGraphql<{ entity: { stats: { sources: unknown[] } } }>(seeded.app.url, query);
    expect(response.errors).toBeUndefined();
    expect(response.data!.entity.stats.sources).toEqual([{ sourceId: WORLD_SOURCE.id }]);
  }, 30_000);

  it("refuses a first past its limit on an entity's sources, naming it, and changes nothing", async () => {
    const query = `{ entity(id: "esteria") { stats { sources(first: 101) { sourceId } } } }`;
    const response = await postGraphql(seeded.app.url, query);
    expectBadInput(response, "first", "first must be between 1 and 100 (got 101)");
    expect(await snapshotGraph(seeded.driver)).toBe(seeded.snapshot);
  }, 30_000);
});

// A graph of its own: two sources, one of which only denies what the other states, and claimants named
// by entity id and by the source's words.
const ALPHA = "alpha-report";
const BETA = "beta-report";
const ALPHA_TEXT = "Hub demands talks. Hub urges calm, Rim says. Hub rejects the offer. Hub borders Rim.";
const BETA_TEXT = "Officials say Hub demands talks. Hub denies rejecting the offer.";
const country = (id: string): EditorCommand => ({ kind: "entity", input: { id, kind: "Country", name: id } });
const OWN_COMMANDS: readonly EditorCommand[] = [
  { kind: "source", input: { id: ALPHA, title: "Alpha", kind: "report", text: ALPHA_TEXT } },
  { kind: "source", input: { id: BETA, title: "Beta", kind: "report", text: BETA_TEXT } },
  ...["hub", "rim", "p1", "p2"].map(country),
  {
    kind: "relationship",
    input: {
      type: "DEMANDS",
      from: "hub",
      to: "p1",
      properties: { demand: "talks" },
      citations: [
        { sourceId: ALPHA, quote: "Hub demands talks.", stance: "STATES" },
        { sourceId: BETA, quote: "Hub demands talks.", stance: "REPORTS", claimant: "officials" },
      ],
    },
  },
  {
    kind: "relationship",
    input: {
      type: "URGES",
      from: "hub",
      to: "p2",
      properties: { message: "calm" },
      citations: [
        { sourceId: ALPHA, quote: "Hub urges calm", stance: "REPORTS", claimant: "Rim", claimantId: "rim" },
      ],
    },
  },
  {
    kind: "relationship",
    input: {
      type: "REJECTS",
      from: "p1",
      to: "hub",
      properties: { what: "the offer" },
      citations: [
        { sourceId: ALPHA, quote: "Hub rejects the offer.", stance: "STATES" },
        {
          sourceId: BETA,
          quote: "Hub denies rejecting the offer.",
          stance: "DENIES",
          claimant: "Hub",
          claimantId: "hub",
        },
      ],
    },
  },
  {
    kind: "relationship",
    input: {
      type: "BORDERS",
      from: "rim",
      to: "hub",
      citations: [{ sourceId: ALPHA, quote: "Hub borders Rim.", stance: "STATES" }],
    },
  },
];

describe("stats of a small graph with two sources", () => {
  let driver: Driver;
  let app: RunningApp | undefined;
  let executor: Executor;

  beforeAll(async () => {
    driver = testDriver();
    await emptyDatabaseWithSchema(driver);
    executor = new Executor(driver, config());
    await new EditorService(new WriteRepository(executor)).apply("statsFixture", OWN_COMMANDS);
    app = await startTestApp();
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
    await driver.close();
  }, 60_000);

  const hubStats = async () => {
    const query = `{ entity(id: "hub") { stats {
      relationships byType { type direction count } sourceCount claimantCount
      sources { sourceId relationships source { title } } claimants { claimant relationships }
      relationshipsRead complete } } }`;
    const response = await postGraphql<{ entity: { stats: Record<string, unknown> } }>(app!.url, query);
    expect(response.errors).toBeUndefined();
    return response.data!.entity.stats;
  };

  it("counts a symmetric type once as BOTH, and leaves denials out of sources and claimants", async () => {
    const expected = expectedEntityStats(OWN_COMMANDS, "hub");
    expect(await hubStats()).toEqual({
      ...expected,
      sources: expected.sources.map((s) => ({
        ...s,
        source: { title: s.sourceId === ALPHA ? "Alpha" : "Beta" },
      })),
    });
    // Spelled out once, so the derivation above cannot hide a shared mistake.
    expect(expected.byType).toEqual([
      { type: "BORDERS", direction: "BOTH", count: 1 },
      { type: "DEMANDS", direction: "OUT", count: 1 },
      { type: "URGES", direction: "OUT", count: 1 },
      { type: "REJECTS", direction: "IN", count: 1 },
    ]);
    expect(expected.sources).toEqual([
      { sourceId: ALPHA, relationships: 4 },
      { sourceId: BETA, relationships: 1 },
    ]);
    expect(expected.claimants).toEqual([
      { claimant: "officials", relationships: 1 },
      { claimant: "rim", relationships: 1 },
    ]);
  }, 30_000);

  it("keeps the top sources only with first", async () => {
    const response = await postGraphql<{ entity: { stats: unknown } }>(
      app!.url,
      `{ entity(id: "hub") { stats { sourceCount sources(first: 1) { sourceId relationships } } } }`,
    );
    expect(response.data!.entity.stats).toEqual({
      sourceCount: 2,
      sources: [{ sourceId: ALPHA, relationships: 4 }],
    });
  }, 30_000);

  it("counts a source's denials among its citations", async () => {
    const response = await postGraphql<{ source: { supports: unknown[] } }>(app!.url, SUPPORTS, { id: BETA });
    expect(response.data!.source.supports).toEqual(expectedSupports(OWN_COMMANDS, BETA));
    expect(response.data!.source.supports).toEqual([
      { type: "DEMANDS", citations: 1, relationships: 1 },
      { type: "REJECTS", citations: 1, relationships: 1 },
    ]);
  }, 30_000);

  it("reads sources and claimants from at most the cap's relationships, and says when that is not all", async () => {
    const statsWithCap = async (cap: number) =>
      (
        await new StatsService(new StatsRepository(executor), { relationshipsReadMax: cap }).entities(["hub"])
      ).get("hub")!;
    const all = await statsWithCap(4);
    expect(all).toMatchObject({ relationships: 4, relationshipsRead: 4, complete: true });
    const capped = await statsWithCap(3);
    expect(capped).toMatchObject({ relationships: 4, relationshipsRead: 3, complete: false });
    expect(capped.byType).toEqual(all.byType);
    // Every relationship cites ALPHA: three read, three counted; BETA supports one of the four at most.
    expect(capped.sources[0]).toEqual({ id: ALPHA, relationships: 3 });
    expect(capped.sources.slice(1).every((s) => s.id === BETA && s.relationships <= 1)).toBe(true);
  }, 30_000);
});
