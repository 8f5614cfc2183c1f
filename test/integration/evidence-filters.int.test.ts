import neo4j, { type Driver } from "neo4j-driver";
import { evidenceAllows } from "../../src/graph/cypher/evidence-filter.cypher";
import {
  RELATIONSHIPS_BETWEEN,
  RELATIONSHIPS_OF,
  RELATIONSHIPS_OF_ANY_TYPE,
} from "../../src/graph/cypher/relationship.cypher";
import {
  RELATIONSHIPS_AMONG,
  neighborsStatements,
  pathsStatement,
  shortestPathStatements,
  subgraphStatements,
} from "../../src/graph/cypher/traversal.cypher";
import type { Statement } from "../../src/graph/statement";
import type { RunningApp } from "../../src/index";
import { RELATIONSHIP_TYPE_NAMES } from "../../src/model/registry";
import { LIMITS } from "../../src/services/limits";
import { type GraphqlResponse, postGraphql, startTestApp } from "../helpers/app";
import { emptyDatabaseWithSchema } from "../helpers/evidence-fixture";
import { REL, addEvidenceFilterFixture } from "../helpers/evidence-filter-fixture";
import { clearDatabase, snapshotGraph, testDriver } from "../helpers/neo4j";
import { profile, totalDbHits } from "../helpers/query-plan";

// The evidence filter inside every traversal, on a fixture where each answer changes with it.

type Evidence = Record<string, unknown> | null;
interface Rel {
  id: string;
}
interface Subgraph {
  nodes: { id: string }[];
  relationships: Rel[];
}
interface Path {
  relationships: Rel[];
}

const NEIGHBORS = `query ($id: ID!, $depth: Int, $evidence: EvidenceFilter) {
  neighbors(id: $id, depth: $depth, evidence: $evidence) { nodes { id } relationships { id } }
}`;
const SUBGRAPH = `query ($ids: [ID!]!, $depth: Int, $evidence: EvidenceFilter) {
  subgraph(ids: $ids, depth: $depth, evidence: $evidence) { nodes { id } relationships { id } }
}`;
const PATHS = `query ($from: ID!, $to: ID!, $evidence: EvidenceFilter) {
  paths(from: $from, to: $to, maxHops: 2, evidence: $evidence) { relationships { id } }
}`;
const SHORTEST = `query ($from: ID!, $to: ID!, $evidence: EvidenceFilter) {
  shortestPath(from: $from, to: $to, evidence: $evidence) { relationships { id } }
}`;
const BETWEEN = `query ($a: ID!, $b: ID!, $evidence: EvidenceFilter) {
  relationshipsBetween(a: $a, b: $b, evidence: $evidence) { id }
}`;

const ids = (xs: readonly { id: string }[]): string[] => xs.map((x) => x.id).sort();
const routes = (paths: readonly Path[]): string[][] => paths.map((p) => p.relationships.map((r) => r.id));

describe("evidence filters inside the traversals", () => {
  let driver: Driver;
  let app: RunningApp;

  beforeAll(async () => {
    driver = testDriver();
    await emptyDatabaseWithSchema(driver);
    app = await startTestApp();
    await addEvidenceFilterFixture(app.url);
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
    await clearDatabase(driver);
    await driver.close();
  }, 30_000);

  async function ask<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const response = await postGraphql<T>(app.url, query, variables);
    expect(response.errors).toBeUndefined();
    return response.data!;
  }
  const neighbors = async (id: string, depth: number, evidence: Evidence) =>
    (await ask<{ neighbors: Subgraph }>(NEIGHBORS, { id, depth, evidence })).neighbors;
  const paths = async (from: string, to: string, evidence: Evidence) =>
    routes((await ask<{ paths: Path[] }>(PATHS, { from, to, evidence })).paths);
  const between = async (a: string, b: string, evidence: Evidence) =>
    ids((await ask<{ relationshipsBetween: Rel[] }>(BETWEEN, { a, b, evidence })).relationshipsBetween);

  it("finds a path resting on one claimant's word only with that claimant, never without", async () => {
    const direct = [REL.operatesFrom];
    const viaArdenia = [
      [REL.borders, REL.designates],
      [REL.borders, REL.targets],
    ];
    expect(await paths("belmora", "red-banner", null)).toEqual([direct, ...viaArdenia]);
    // TARGETS stays: Ardenia claims it too.
    expect(await paths("belmora", "red-banner", { excludeClaimants: ["A Security Source"] })).toEqual(
      viaArdenia,
    );
    expect(
      await paths("belmora", "red-banner", { excludeClaimants: ["a security source", "ARDENIA"] }),
    ).toEqual([[REL.borders, REL.designates]]);
    // BORDERS rests on no claimant, so only the direct step qualifies.
    expect(await paths("belmora", "red-banner", { claimants: ["a security source"] })).toEqual([direct]);
    expect(await paths("belmora", "red-banner", { claimants: ["belmora"] })).toEqual([]);
  });

  it("takes the shortest path around excluded evidence, and finds none when nothing is left", async () => {
    const shortest = async (evidence: Evidence) =>
      (await ask<{ shortestPath: Path | null }>(SHORTEST, { from: "caldera", to: "red-banner", evidence }))
        .shortestPath;
    expect(routes([(await shortest(null))!])).toEqual([[REL.urges, REL.operatesFrom]]);
    const around = await shortest({ excludeContested: true });
    expect(around!.relationships.map((r) => r.id)).toHaveLength(3);
    expect(around!.relationships.map((r) => r.id).slice(0, 2)).toEqual([REL.urges, REL.borders]);
    expect(await shortest({ excludeContested: true, minSources: 2 })).toBeNull();
  });

  it("drops a singly sourced relationship from a neighbourhood with minSources: 2", async () => {
    const all = await neighbors("belmora", 1, null);
    expect(ids(all.nodes)).toEqual(["ardenia", "belmora", "caldera", "red-banner"]);
    expect(ids(all.relationships)).toEqual([REL.borders, REL.urges, REL.operatesFrom].sort());
    const twice = await neighbors("belmora", 1, { minSources: 2 });
    expect(ids(twice.nodes)).toEqual(["ardenia", "belmora", "caldera"]);
    expect(ids(twice.relationships)).toEqual([REL.borders, REL.urges].sort());
  });

  it("does not expand a neighbourhood through a contested relationship left out", async () => {
    expect(ids((await neighbors("caldera", 2, null)).nodes)).toEqual([
      "ardenia",
      "belmora",
      "caldera",
      "red-banner",
    ]);
    const uncontested = await neighbors("caldera", 2, { excludeContested: true });
    expect(ids(uncontested.nodes)).toEqual(["ardenia", "belmora", "caldera"]);
    expect(ids(uncontested.relationships)).toEqual([REL.borders, REL.urges].sort());
  });

  it("keeps relationships that held on asOf, at the stored date's precision", async () => {
    const asOf = async (date: string) =>
      ids((await neighbors("red-banner", 1, { asOf: date })).relationships);
    expect(await asOf("2025-10-19")).toEqual([REL.designates, REL.operatesFrom].sort());
    expect(await asOf("2025-10-20")).toEqual([REL.designates, REL.operatesFrom, REL.targets].sort());
    // "2025-10" and "2025-10-20" are compared at month precision.
    expect(await asOf("2025-10")).toEqual([REL.designates, REL.operatesFrom, REL.targets].sort());
    expect(await asOf("2018")).toEqual([REL.operatesFrom]);
    const urged = async (evidence: Evidence) => between("caldera", "belmora", evidence);
    expect(await urged({ asOf: "2025-10-26" })).toEqual([REL.urges]);
    expect(await urged({ asOf: "2025-10-27" })).toEqual([]);
    expect(await urged({ from: "2025-09", to: "2025-10-01" })).toEqual([REL.urges]);
    expect(await urged({ from: "2025-11" })).toEqual([]);
    expect(await urged({ to: "2025-09-30" })).toEqual([]);
  });

  it("leaves reference facts out of relationshipsBetween on request, and filters by claimant", async () => {
    expect(await between("ardenia", "red-banner", null)).toEqual([REL.designates, REL.targets]);
    expect(await between("ardenia", "red-banner", { excludeReference: true })).toEqual([REL.targets]);
    expect(await between("ardenia", "red-banner", { claimants: ["Ardenia"] })).toEqual([REL.targets]);
    expect(await between("ardenia", "red-banner", { excludeClaimants: ["ardenia"] })).toEqual([
      REL.designates,
      REL.targets,
    ]);
  });

  it("filters an entity's relationships, with the filter part of what batches them", async () => {
    const query = `{
      entity(id: "belmora") {
        all: relationships { id }
        uncontested: relationships(evidence: { excludeContested: true }) { id }
        twice: relationships(evidence: { minSources: 2, excludeReference: true }) { id }
      }
      other: entity(id: "red-banner") { relationships(evidence: { excludeReference: true }) { id } }
    }`;
    const data = await ask<{ entity: Record<string, Rel[]>; other: { relationships: Rel[] } }>(query, {});
    expect(ids(data.entity.all!)).toEqual([REL.borders, REL.operatesFrom, REL.urges].sort());
    expect(ids(data.entity.uncontested!)).toEqual([REL.borders, REL.urges].sort());
    expect(ids(data.entity.twice!)).toEqual([REL.borders, REL.urges].sort());
    expect(ids(data.other.relationships)).toEqual([REL.operatesFrom, REL.targets].sort());
  });

  it("filters a subgraph's expansion and its relationships", async () => {
    const subgraph = async (evidence: Evidence) =>
      (await ask<{ subgraph: Subgraph }>(SUBGRAPH, { ids: ["caldera"], depth: 2, evidence })).subgraph;
    const all = await subgraph(null);
    expect(ids(all.nodes)).toEqual(["ardenia", "belmora", "caldera", "red-banner"]);
    const sourcedTwice = await subgraph({ minSources: 2 });
    expect(ids(sourcedTwice.nodes)).toEqual(["ardenia", "belmora", "caldera"]);
    expect(ids(sourcedTwice.relationships)).toEqual([REL.borders, REL.urges].sort());
  });

  it("reads nothing more without a filter than the statements without the predicate", async () => {
    const limits = { maxHops: LIMITS.MAX_HOPS_MAX, maxFirst: LIMITS.PATHS_FIRST_MAX };
    const statements: Statement[] = [
      neighborsStatements(LIMITS.DEPTH_MAX).get("BOTH2")!,
      neighborsStatements(LIMITS.DEPTH_MAX).get("OUT1Typed")!,
      subgraphStatements(LIMITS.DEPTH_MAX).get(2)!,
      RELATIONSHIPS_AMONG.get("BOTH")!,
      shortestPathStatements(LIMITS.MAX_HOPS_MAX).get(6)!,
      pathsStatement(4, 10, limits),
      RELATIONSHIPS_OF.get("BOTH")!,
      RELATIONSHIPS_OF_ANY_TYPE,
      RELATIONSHIPS_BETWEEN,
    ];
    const params = {
      id: "belmora",
      ids: ["belmora", "caldera", "ardenia"],
      a: "ardenia",
      b: "belmora",
      from: "caldera",
      to: "red-banner",
      types: RELATIONSHIP_TYPE_NAMES,
      labels: null,
      distances: [0, 1, 1].map((d) => neo4j.int(d)),
      below: neo4j.int(2),
      first: neo4j.int(20),
      maxNodes: neo4j.int(LIMITS.SUBGRAPH_NODES_MAX),
      maxRelationships: neo4j.int(LIMITS.SUBGRAPH_RELATIONSHIPS_MAX),
      maxTied: neo4j.int(LIMITS.PATHS_TIED_MAX),
      evidence: null,
    };
    for (const s of statements) {
      const bare = s.text.split(evidenceAllows("r")).join("true");
      expect(bare).not.toContain("$evidence");
      const hits = totalDbHits(await profile(driver, s.text, params));
      const bareHits = totalDbHits(await profile(driver, bare, params));
      expect({ statement: s.name, hits }).toEqual({ statement: s.name, hits: bareHits });
    }
  }, 120_000);

  describe("refuses a bad filter with BAD_USER_INPUT naming it, and changes nothing", () => {
    const many = Array.from({ length: LIMITS.EVIDENCE_CLAIMANTS_MAX + 1 }, (_, i) => `claimant ${i}`);
    it.each([
      [
        "minSources 0",
        { minSources: 0 },
        "evidence.minSources",
        `between 1 and ${LIMITS.EVIDENCE_MIN_SOURCES_MAX} (got 0)`,
      ],
      [
        "minSources past its limit",
        { minSources: LIMITS.EVIDENCE_MIN_SOURCES_MAX + 1 },
        "evidence.minSources",
        `between 1 and ${LIMITS.EVIDENCE_MIN_SOURCES_MAX}`,
      ],
      ["asOf not a date", { asOf: "2025-13" }, "evidence.asOf", "ISO 8601 date"],
      ["from not ISO", { from: "24 October" }, "evidence.from", "ISO 8601 date"],
      [
        "asOf with from",
        { asOf: "2025-10", from: "2025-09" },
        "evidence.asOf",
        "cannot be combined with evidence.from",
      ],
      [
        "from after to",
        { from: "2025-11", to: "2025-10-31" },
        "evidence.from",
        "must not be after evidence.to",
      ],
      [
        "too many claimants",
        { claimants: many },
        "evidence.claimants",
        `at most ${LIMITS.EVIDENCE_CLAIMANTS_MAX} items`,
      ],
      [
        "an excludeClaimants entry too long",
        { excludeClaimants: ["x".repeat(LIMITS.EVIDENCE_CLAIMANT_LENGTH_MAX + 1)] },
        "evidence.excludeClaimants",
        `at most ${LIMITS.EVIDENCE_CLAIMANT_LENGTH_MAX} characters`,
      ],
    ])("%s", async (_label, evidence, argument, message) => {
      const before = await snapshotGraph(driver);
      for (const [query, variables] of [
        [NEIGHBORS, { id: "belmora", depth: 1, evidence }],
        [PATHS, { from: "belmora", to: "red-banner", evidence }],
        [BETWEEN, { a: "ardenia", b: "belmora", evidence }],
      ] as const) {
        const response: GraphqlResponse = await postGraphql(app.url, query, variables);
        expect(response.data).toBeNull();
        expect(response.errors).toHaveLength(1);
        expect(response.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
        expect(response.errors![0]!.message).toContain(argument);
        expect(response.errors![0]!.message).toContain(message);
      }
      expect(await snapshotGraph(driver)).toBe(before);
    });

    it("refuses the limits themselves on an entity's relationships too, and accepts them at the limit", async () => {
      const query = (n: number) =>
        `{ entity(id: "belmora") { relationships(evidence: { minSources: ${n} }) { id } } }`;
      const past = await postGraphql(app.url, query(LIMITS.EVIDENCE_MIN_SOURCES_MAX + 1));
      expect(past.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        argument: "evidence.minSources",
      });
      expect(await ask(query(LIMITS.EVIDENCE_MIN_SOURCES_MAX), {})).toEqual({
        entity: { relationships: [] },
      });
    });
  });
});
