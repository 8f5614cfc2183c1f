import path from "node:path";
import type { Driver } from "neo4j-driver";
import type { RunningApp } from "../../src/index";
import { readSeedFiles } from "../../src/ingest/seed-files";
import { postGraphql, startTestApp } from "../helpers/app";
import { PROJECT_ROOT } from "../helpers/cli";
import { emptyDatabaseWithSchema } from "../helpers/evidence-fixture";
import { snapshotGraph, testDriver } from "../helpers/neo4j";
import { testSeedLoader } from "../helpers/seed";

// Three made-up reports as seed files (test/fixtures/many-sources/, fiction), loaded one at a time
// into a live database: two assert that the Northern Front operates from Valoria through different
// claimants, the third carries Valoria's denial; a fourth file retracts the first report.

const FOLDER = path.join("test", "fixtures", "many-sources");
const HERALD = path.join(FOLDER, "010-esteria-herald.cypher");
const GAZETTE = path.join(FOLDER, "020-valoria-gazette.cypher");
const TIMES = path.join(FOLDER, "030-valoria-times.cypher");
const RETRACT_HERALD = path.join(FOLDER, "040-retract-esteria-herald.cypher");

interface CitationRead {
  id: string;
  stance: string;
  claimant: string | null;
  claimantEntity: { id: string } | null;
  source: { id: string };
}

interface RelationshipRead {
  id: string;
  citationCount: number;
  sourceCount: number;
  claimants: string[];
  contested: boolean;
  citations: CitationRead[];
}

describe("evidence from many seed files, loaded one at a time", () => {
  let driver: Driver;
  let app: RunningApp;

  const load = (file: string) => testSeedLoader(driver).load(readSeedFiles([file], PROJECT_ROOT));

  async function operatesFrom(): Promise<RelationshipRead[]> {
    const response = await postGraphql<{ relationshipsBetween: RelationshipRead[] }>(
      app.url,
      `{ relationshipsBetween(a: "northern-front", b: "valoria", types: [OPERATES_FROM]) {
           id citationCount sourceCount claimants contested
           citations { id stance claimant claimantEntity { id } source { id } } } }`,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.relationshipsBetween;
  }

  const citationsOfSources = (ids: string[]) =>
    driver.executeQuery(
      "MATCH (c:Citation) WHERE c.sourceId IN $ids RETURN properties(c) AS c ORDER BY c.id",
      { ids },
      { database: process.env.NEO4J_TEST_DATABASE },
    );

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
  }, 120_000);

  it("keeps one relationship with three citations, two supporting sources, each claimant counted, contested", async () => {
    for (const file of [HERALD, GAZETTE, TIMES]) await load(file);
    const [relationship, ...others] = await operatesFrom();
    expect(others).toEqual([]);
    expect(relationship).toMatchObject({
      id: "northern-front-operates-from-valoria",
      citationCount: 3,
      sourceCount: 2,
      claimants: ["a border official", "esteria"],
      contested: true,
    });
    const byClaimant = new Map<string, number>();
    for (const c of relationship!.citations) {
      const who = `${c.stance} ${c.claimantEntity?.id ?? c.claimant}`;
      byClaimant.set(who, (byClaimant.get(who) ?? 0) + 1);
    }
    expect(Object.fromEntries(byClaimant)).toEqual({
      "REPORTS a border official": 1,
      "REPORTS esteria": 1,
      "DENIES valoria-government": 1,
    });
    const aliases = await postGraphql<{ entity: { aliases: string[] } }>(
      app.url,
      `{ entity(id: "northern-front") { aliases } }`,
    );
    expect(aliases.data!.entity.aliases).toEqual(["NF", "Front du Nord"]);

    const before = await snapshotGraph(driver);
    const again = await testSeedLoader(driver).load(readSeedFiles([HERALD, GAZETTE, TIMES], PROJECT_ROOT));
    expect(again.perFile.map((f) => f.outcome)).toEqual(["unchanged", "unchanged", "unchanged"]);
    expect(await snapshotGraph(driver)).toBe(before);
  }, 240_000);

  it("retracting one source by a later file removes exactly its citations, and what rested on it alone", async () => {
    for (const file of [HERALD, GAZETTE, TIMES]) await load(file);
    const kept = (await citationsOfSources(["valoria-gazette", "valoria-times"])).records.map((r) =>
      r.get("c"),
    );
    expect(kept).toHaveLength(2);

    await load(RETRACT_HERALD);

    expect(
      (await citationsOfSources(["valoria-gazette", "valoria-times"])).records.map((r) => r.get("c")),
    ).toEqual(kept);
    expect((await citationsOfSources(["esteria-herald"])).records).toEqual([]);
    const [relationship] = await operatesFrom();
    expect(relationship).toMatchObject({
      citationCount: 2,
      sourceCount: 1,
      claimants: ["esteria"],
      contested: true,
    });
    const borders = await postGraphql<{ relationshipsBetween: unknown[]; source: unknown }>(
      app.url,
      `{ relationshipsBetween(a: "valoria", b: "esteria") { id } source(id: "esteria-herald") { id } }`,
    );
    expect(borders.data).toEqual({ relationshipsBetween: [], source: null });
  }, 240_000);
});
