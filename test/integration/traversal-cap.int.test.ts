import type { Driver } from "neo4j-driver";
import { TraversalRepository } from "../../src/graph/traversal.repository";
import type { Subgraph } from "../../src/model/path";
import { LIMITS } from "../../src/services/limits";
import { clearDatabase, testDriver, testExecutor } from "../helpers/neo4j";
import { applySchema, createFixture, type FixtureEdge } from "../helpers/path-fixture";
import { resetFixtureWorld, WORLD_LOAD_TIMEOUT_MS } from "../helpers/world";

const config = () => ({ database: process.env.NEO4J_TEST_DATABASE });
const all = { types: null, labels: null, direction: "BOTH" as const, evidence: null };
const ids = (s: Subgraph | undefined): string[] => s!.nodes.map((n) => n.id);

/** neighbors and subgraph expand breadth first, each entity once, and cap the entities they return. */
describe("breadth-first traversal and its node cap", () => {
  let driver: Driver;
  const repository = (
    maxNodes: number,
    maxRelationships: number = LIMITS.SUBGRAPH_RELATIONSHIPS_MAX,
  ): TraversalRepository =>
    new TraversalRepository(testExecutor(driver), {
      maxDepth: LIMITS.DEPTH_MAX,
      maxHops: LIMITS.MAX_HOPS_MAX,
      maxNodes,
      maxRelationships,
      maxPathsFirst: LIMITS.PATHS_FIRST_MAX,
      maxTied: LIMITS.PATHS_TIED_MAX,
    });

  beforeAll(async () => {
    driver = testDriver();
  });
  afterAll(async () => {
    await driver.close();
  });

  describe("over the fixture world", () => {
    let entities: number;
    beforeAll(async () => {
      await resetFixtureWorld(driver);
      const { records } = await driver.executeQuery("MATCH (n:Entity) RETURN count(n) AS n", {}, config());
      entities = Number(records[0]!.get("n"));
    }, WORLD_LOAD_TIMEOUT_MS);

    it("is truncated exactly when more entities than the cap are within reach, keeping the nearest", async () => {
      const exact = await repository(entities).neighborhood("esteria", 3, all);
      expect(exact!.truncated).toBe(false);
      expect(exact!.nodes).toHaveLength(entities);
      const one = await repository(LIMITS.SUBGRAPH_NODES_MAX).neighborhood("esteria", 1, all);
      const capped = await repository(one!.nodes.length).neighborhood("esteria", 3, all);
      expect(capped!.truncated).toBe(true);
      // the cap keeps the nearest: exactly esteria and its direct neighbours
      expect(ids(capped)).toEqual(ids(one));
      for (const r of capped!.relationships)
        expect(ids(capped)).toEqual(expect.arrayContaining([r.from, r.to]));
    });

    it("reads the same entities when relationships are not asked for, and no relationship", async () => {
      for (const depth of [1, 2, 3]) {
        const full = await repository(LIMITS.SUBGRAPH_NODES_MAX).neighborhood("esteria", depth, all);
        const bare = await repository(LIMITS.SUBGRAPH_NODES_MAX).neighborhood("esteria", depth, all, false);
        expect(bare).toEqual({ ...full, relationships: [] });
        expect(full!.relationships.length).toBeGreaterThan(0);
      }
      const capped = await repository(5).neighborhood("esteria", 3, all, false);
      expect(capped!.truncated).toBe(true);
      expect(capped!.nodes).toHaveLength(5);
      const sub = await repository(LIMITS.SUBGRAPH_NODES_MAX).subgraph(["northern-front", "kessel"], 2);
      const bareSub = await repository(LIMITS.SUBGRAPH_NODES_MAX).subgraph(
        ["northern-front", "kessel"],
        2,
        false,
      );
      expect(bareSub.subgraph).toEqual({ ...sub.subgraph, relationships: [] });
    });

    it("caps a subgraph the same way, its given entities always kept", async () => {
      const full = await repository(LIMITS.SUBGRAPH_NODES_MAX).subgraph(["northern-front", "kessel"], 3);
      expect(full.subgraph.truncated).toBe(false);
      const exact = await repository(full.subgraph.nodes.length).subgraph(["northern-front", "kessel"], 3);
      expect(exact.subgraph).toEqual(full.subgraph);
      const capped = await repository(full.subgraph.nodes.length - 1).subgraph(
        ["northern-front", "kessel"],
        3,
      );
      expect(capped.found.sort()).toEqual(["kessel", "northern-front"]);
      expect(capped.subgraph.truncated).toBe(true);
      expect(capped.subgraph.nodes).toHaveLength(full.subgraph.nodes.length - 1);
      expect(ids(capped.subgraph)).toEqual(expect.arrayContaining(["kessel", "northern-front"]));
    });
  });

  describe("on its own fixtures", () => {
    beforeEach(async () => {
      await clearDatabase(driver);
      await applySchema(driver);
    }, 60_000);

    it("reaches every entity of a dense graph whose walks of 3 steps far outnumber the old 5000-path cap", async () => {
      // start - 30 a - 30 b - 30 c, every layer joined to all of the next: 27,000 walks of 3 steps, 91 entities
      const layer = (name: string) =>
        Array.from({ length: 30 }, (_, i) => `${name}-${String(i).padStart(2, "0")}`);
      const [a, b, c] = [layer("a"), layer("b"), layer("c")];
      const join = (from: string[], to: string[]): FixtureEdge[] =>
        from.flatMap((x) => to.map((y) => ({ id: `${x}-${y}`, type: "ENDORSES", a: x, b: y })));
      await createFixture(driver, [...join(["start"], a), ...join(a, b), ...join(b, c)]);
      // every one of its 1830 relationships fits: this test is about reaching entities, not capping edges
      const uncapped = () => repository(LIMITS.SUBGRAPH_NODES_MAX, 2000);
      const found = await uncapped().neighborhood("start", 3, all);
      expect(found!.truncated).toBe(false);
      expect(ids(found)).toEqual(["start", ...a, ...b, ...c].sort());
      expect(found!.relationships).toHaveLength(30 + 900 + 900);
      const sub = await uncapped().subgraph(["start"], 3);
      expect(sub.subgraph.nodes).toHaveLength(91);
      expect(sub.subgraph.truncated).toBe(false);
      // at depth 2 the c layer is out of reach, and so are the b-c edges
      const two = await uncapped().neighborhood("start", 2, all);
      expect(ids(two)).toEqual(["start", ...a, ...b].sort());
      expect(two!.relationships).toHaveLength(930);
    }, 60_000);

    it("caps relationships, keeping the nearest by distance, then type, then id, truncated exactly past the cap", async () => {
      // from start (distance 0): BORDERS z1, ENDORSES y1 and y2, URGES a1; from a (distance 1): ENDORSES a0
      await createFixture(driver, [
        { id: "z1", type: "BORDERS", a: "start", b: "c" },
        { id: "y2", type: "ENDORSES", a: "start", b: "b" },
        { id: "y1", type: "ENDORSES", a: "start", b: "a" },
        { id: "a1", type: "URGES", a: "start", b: "d" },
        { id: "a0", type: "ENDORSES", a: "a", b: "b" },
      ]);
      const rels = (s: Subgraph | undefined) => s!.relationships.map((r) => r.id);
      const at = (maxRelationships: number) =>
        repository(100, maxRelationships).neighborhood("start", 2, all);
      expect(rels(await at(5))).toEqual(["a0", "a1", "y1", "y2", "z1"]);
      expect((await at(5))!.truncated).toBe(false);
      expect(rels(await at(4))).toEqual(["a1", "y1", "y2", "z1"]);
      expect((await at(4))!.truncated).toBe(true);
      expect(rels(await at(3))).toEqual(["y1", "y2", "z1"]);
      expect((await at(3))!.truncated).toBe(true);
      expect(rels(await at(1))).toEqual(["z1"]);
      // the node cap is not reached in any of these
      expect(ids(await at(1))).toEqual(["a", "b", "c", "d", "start"]);
      const sub = async (maxRelationships: number) =>
        (await repository(100, maxRelationships).subgraph(["start"], 2)).subgraph;
      expect(rels(await sub(5))).toEqual(["a0", "a1", "y1", "y2", "z1"]);
      expect((await sub(5)).truncated).toBe(false);
      expect(rels(await sub(4))).toEqual(["a1", "y1", "y2", "z1"]);
      expect((await sub(4)).truncated).toBe(true);
    });

    it("follows only the types asked for while it expands", async () => {
      // beyond is reachable only through an URGES step
      await createFixture(driver, [
        { id: "e1", type: "ENDORSES", a: "start", b: "near" },
        { id: "e2", type: "ENDORSES", a: "far", b: "near" },
        { id: "u1", type: "URGES", a: "near", b: "beyond" },
        { id: "u2", type: "URGES", a: "beyond", b: "past" },
      ]);
      const endorses = await repository(100).neighborhood("start", 3, { ...all, types: ["ENDORSES"] });
      expect(ids(endorses)).toEqual(["far", "near", "start"]);
      expect(endorses!.relationships.map((r) => r.id)).toEqual(["e1", "e2"]);
      const both = await repository(100).neighborhood("start", 3, { ...all, types: ["ENDORSES", "URGES"] });
      expect(ids(both)).toEqual(["beyond", "far", "near", "past", "start"]);
    });

    it("keeps the direction at every step, symmetric types passing either way", async () => {
      await createFixture(driver, [
        { id: "out1", type: "ENDORSES", a: "start", b: "a" },
        { id: "in1", type: "ENDORSES", a: "b", b: "start" },
        { id: "in2", type: "ENDORSES", a: "c", b: "a" },
        { id: "out2", type: "ENDORSES", a: "a", b: "d" },
        { id: "border", type: "BORDERS", a: "e", b: "start" },
        { id: "out3", type: "ENDORSES", a: "e", b: "f" },
      ]);
      const out = await repository(100).neighborhood("start", 2, { ...all, direction: "OUT" });
      expect(ids(out)).toEqual(["a", "d", "e", "f", "start"]);
      expect(out!.relationships.map((r) => r.id)).toEqual(["border", "out1", "out2", "out3"]);
      const inward = await repository(100).neighborhood("start", 2, { ...all, direction: "IN" });
      expect(ids(inward)).toEqual(["b", "e", "start"]);
      expect(inward!.relationships.map((r) => r.id)).toEqual(["border", "in1"]);
    });

    it("passes only through the kinds asked for", async () => {
      await createFixture(driver, [
        { id: "r1", type: "TARGETS", a: "group", b: "start" },
        { id: "r2", type: "OPERATES_FROM", a: "group", b: "other" },
        { id: "r3", type: "BORDERS", a: "start", b: "neighbour" },
      ]);
      await driver.executeQuery(
        "MATCH (g:Entity {id: 'group'}) REMOVE g:Country SET g:ArmedGroup",
        {},
        config(),
      );
      const countries = await repository(100).neighborhood("start", 2, { ...all, labels: ["Country"] });
      // other is a country, but only through the group
      expect(ids(countries)).toEqual(["neighbour", "start"]);
      expect(countries!.relationships.map((r) => r.id)).toEqual(["r3"]);
      const through = await repository(100).neighborhood("start", 2, {
        ...all,
        labels: ["Country", "ArmedGroup"],
      });
      expect(ids(through)).toEqual(["group", "neighbour", "other", "start"]);
    });
  });
});
