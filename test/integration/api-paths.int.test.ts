import { postGraphql } from "../helpers/app";
import { snapshotGraph } from "../helpers/neo4j";
import {
  type ClaimedRel,
  expectBadInputNullData,
  expectCited,
  sortedIds,
  useSeededApp,
} from "../helpers/api";

// paths and subgraph over HTTP against the fixture world. neighbors, relationshipsBetween and shortestPath are in
// api-traversal.int.test.ts.

/**
 * A relationship with one page of its citations, as large as the most any relationship of the world has:
 * 50 paths of relationships times the default page (50) would pass the cost budget.
 */
const REL = "id type from { id } to { id } claimedBy sources(first: 3) { quote source { id title } }";

const PATHS = `
query ($from: ID!, $to: ID!, $types: [RelationshipType!], $maxHops: Int, $first: Int) {
  paths(from: $from, to: $to, types: $types, maxHops: $maxHops, first: $first) {
    length nodes { id } relationships { ${REL} }
  }
}`;
const SUBGRAPH = `
query ($ids: [ID!]!, $depth: Int) {
  subgraph(ids: $ids, depth: $depth) { nodes { id kind } relationships { ${REL} } }
}`;

interface Path {
  length: number;
  nodes: { id: string }[];
  relationships: ClaimedRel[];
}
interface Subgraph {
  nodes: { id: string; kind: string }[];
  relationships: ClaimedRel[];
}

/** Simple, joined step by step, as long as it says, within maxHops, along the types asked for. */
function expectWellFormed(p: Path, from: string, to: string, maxHops: number, types?: string[]): void {
  expect(p.length).toBe(p.relationships.length);
  expect(p.nodes).toHaveLength(p.length + 1);
  expect(p.length).toBeLessThanOrEqual(maxHops);
  expect(p.nodes[0]!.id).toBe(from);
  expect(p.nodes.at(-1)!.id).toBe(to);
  const ids = p.nodes.map((n) => n.id);
  expect(new Set(ids).size).toBe(ids.length);
  p.relationships.forEach((r, i) => {
    expect([r.from.id, r.to.id].sort()).toEqual([ids[i], ids[i + 1]].sort());
    if (types) expect(types).toContain(r.type);
  });
  expectCited(p.relationships);
}

describe("paths and subgraph over HTTP", () => {
  const seeded = useSeededApp();
  const query = <T>(q: string, variables: Record<string, unknown>) =>
    postGraphql<T>(seeded.app.url, q, variables);
  const paths = async (variables: Record<string, unknown>): Promise<Path[]> => {
    const response = await query<{ paths: Path[] }>(PATHS, variables);
    expect(response.errors).toBeUndefined();
    return response.data!.paths;
  };
  const subgraph = async (variables: Record<string, unknown>): Promise<Subgraph> => {
    const response = await query<{ subgraph: Subgraph }>(SUBGRAPH, variables);
    expect(response.errors).toBeUndefined();
    const found = response.data!.subgraph;
    expectCited(found.relationships);
    const nodes = new Set(found.nodes.map((n) => n.id));
    expect(nodes.size).toBe(found.nodes.length);
    for (const r of found.relationships)
      expect([nodes.has(r.from.id), nodes.has(r.to.id)]).toEqual([true, true]);
    return found;
  };

  describe("paths", () => {
    it("connects daran to the NF in two steps two ways: Daran endorses Esteria, which bans / is targeted by the NF", async () => {
      const found = await paths({ from: "daran", to: "northern-front", maxHops: 2 });
      found.forEach((p) => expectWellFormed(p, "daran", "northern-front", 2));
      expect(
        found.map((p) => p.relationships.map((r) => [r.id, r.type, r.from.id, r.to.id, r.claimedBy])),
      ).toEqual([
        [
          ["daran-endorses-esteria", "ENDORSES", "daran", "esteria", "officials involved in the talks"],
          ["esteria-designates-northern-front", "DESIGNATES", "esteria", "northern-front", null],
        ],
        [
          ["daran-endorses-esteria", "ENDORSES", "daran", "esteria", "officials involved in the talks"],
          ["northern-front-targets-esteria", "TARGETS", "northern-front", "esteria", "Esteria"],
        ],
      ]);
    });

    it("gives simple, joined paths, shortest first, at most first (10 by default), within maxHops (4 by default)", async () => {
      const found = await paths({ from: "daran", to: "northern-front" });
      expect(found).toHaveLength(10);
      found.forEach((p) => expectWellFormed(p, "daran", "northern-front", 4));
      const lengths = found.map((p) => p.length);
      expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
      expect(lengths.slice(0, 2)).toEqual([2, 2]);
      expect(lengths[2]).toBeGreaterThan(2);
      const keys = found.map((p) => p.relationships.map((r) => r.id).join(" "));
      expect(new Set(keys).size).toBe(keys.length);
      const three = await paths({ from: "daran", to: "northern-front", first: 3 });
      expect(three).toEqual(found.slice(0, 3));
    });

    it("keeps to types: only the two ENDORSES-then-DESIGNATES/TARGETS paths within 4 hops", async () => {
      const types = ["ENDORSES", "DESIGNATES", "TARGETS"];
      const found = await paths({ from: "daran", to: "northern-front", types });
      found.forEach((p) => expectWellFormed(p, "daran", "northern-front", 4, types));
      expect(found.map((p) => p.relationships.map((r) => r.id))).toEqual([
        ["daran-endorses-esteria", "esteria-designates-northern-front"],
        ["daran-endorses-esteria", "northern-front-targets-esteria"],
      ]);
    });

    it("gives no paths when types leave none, and one path of length 0 from an entity to itself", async () => {
      expect(await paths({ from: "corvia", to: "esteria", types: ["BORDERS"] })).toEqual([]);
      expect(await paths({ from: "daran", to: "northern-front", maxHops: 1 })).toEqual([]);
      expect(await paths({ from: "esteria", to: "esteria" })).toEqual([
        { length: 0, nodes: [{ id: "esteria" }], relationships: [] },
      ]);
    });

    it("accepts maxHops 10 and first 50 (the limits)", async () => {
      const found = await paths({ from: "kessel", to: "estra", maxHops: 10, first: 50 });
      expect(found).toHaveLength(50);
      found.forEach((p) => expectWellFormed(p, "kessel", "estra", 10));
      expect(found[0]!.nodes.map((n) => n.id)).toEqual([
        "kessel",
        "valorian-council-delegation",
        "esteria",
        "estra",
      ]);
      const lengths = found.map((p) => p.length);
      expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    });

    it.each([
      ["maxHops", 11, "maxHops must be between 1 and 10 (got 11)"],
      ["maxHops", 0, "maxHops must be between 1 and 10 (got 0)"],
      ["first", 51, "first must be between 1 and 50 (got 51)"],
      ["first", 0, "first must be between 1 and 50 (got 0)"],
      ["first", -1, "first must be between 1 and 50 (got -1)"],
    ])("refuses %s: %p with BAD_USER_INPUT", async (argument, value, message) => {
      expectBadInputNullData(
        await query(PATHS, { from: "daran", to: "northern-front", [argument]: value }),
        argument,
        message,
      );
    });

    it.each([
      ["from", { from: "nope", to: "northern-front" }],
      ["to", { from: "northern-front", to: "nope" }],
    ])("refuses an unknown %s with BAD_USER_INPUT naming it", async (argument, variables) => {
      expectBadInputNullData(await query(PATHS, variables), argument, `${argument}: no entity has id "nope"`);
    });
  });

  describe("subgraph", () => {
    it("at depth 0 gives exactly the given entities and the relationships among them", async () => {
      const talks = await subgraph({ ids: ["corvia", "daran", "lumen-talks"], depth: 0 });
      expect(sortedIds(talks.nodes)).toEqual(["corvia", "daran", "lumen-talks"]);
      expect(sortedIds(talks.relationships)).toEqual([
        "corvia-mediates-lumen-talks",
        "daran-mediates-lumen-talks",
      ]);
      const militancy = await subgraph({ ids: ["esteria", "northern-front", "valoria"], depth: 0 });
      expect(sortedIds(militancy.nodes)).toEqual(["esteria", "northern-front", "valoria"]);
      expect(sortedIds(militancy.relationships)).toEqual([
        "esteria-designates-northern-front",
        "northern-front-operates-from-valoria",
        "northern-front-targets-esteria",
        "valoria-borders-esteria",
      ]);
    });

    it("at depth 0 gives a lone entity with no relationships, once however often it is named", async () => {
      expect(await subgraph({ ids: ["kessel", "kessel"], depth: 0 })).toEqual({
        nodes: [{ id: "kessel", kind: "PLACE" }],
        relationships: [],
      });
    });

    it("at depth 1 (the default) adds the neighbours and every relationship among all of them", async () => {
      const accord = await subgraph({ ids: ["daran-accord"] });
      expect(sortedIds(accord.nodes)).toEqual(["daran-accord", "valoria", "valorian-council"]);
      // GOVERNS joins two neighbours, not the agreement: it is among them, so it is in.
      expect(sortedIds(accord.relationships)).toEqual([
        "valoria-bound-by-daran-accord",
        "valorian-council-bound-by-daran-accord",
        "valorian-council-governs-valoria",
      ]);
      expect(await subgraph({ ids: ["daran-accord"], depth: 1 })).toEqual(accord);
    });

    it("at depth 2 matches the two-step neighbourhood and its relationships counted by Cypher", async () => {
      const found = await subgraph({ ids: ["kessel"], depth: 2 });
      const { records } = await seeded.driver.executeQuery(
        `MATCH (:Entity {id: 'kessel'})-[*0..2]-(m:Entity) WITH collect(DISTINCT m) AS ns
         CALL (ns) { MATCH (a)-[r]->(b) WHERE a IN ns AND b IN ns RETURN collect(r.id) AS rels }
         RETURN [n IN ns | n.id] AS nodes, rels`,
        {},
        { database: process.env.NEO4J_TEST_DATABASE },
      );
      expect(sortedIds(found.nodes)).toEqual([...(records[0]!.get("nodes") as string[])].sort());
      expect(sortedIds(found.relationships)).toEqual([...(records[0]!.get("rels") as string[])].sort());
      expect(sortedIds(found.nodes)).toContain("esteria");
      expect(sortedIds(found.nodes)).not.toContain("estra");
    });

    it("accepts depth 3 and 100 ids (the limits)", async () => {
      const { records } = await seeded.driver.executeQuery(
        "MATCH (n:Entity) RETURN n.id AS id ORDER BY id",
        {},
        {
          database: process.env.NEO4J_TEST_DATABASE,
        },
      );
      const all = records.map((r) => r.get("id") as string);
      const hundred = Array.from({ length: 100 }, (_, i) => all[i % all.length]!);
      const found = await subgraph({ ids: hundred, depth: 0 });
      expect(sortedIds(found.nodes)).toEqual(all);
      // kessel is one step from the Valorian delegation, which is two steps from everything else
      expect(sortedIds((await subgraph({ ids: ["kessel"], depth: 3 })).nodes)).toEqual(all);
    });

    it.each([
      ["depth", { ids: ["northern-front"], depth: 4 }, "depth must be between 0 and 3 (got 4)"],
      ["depth", { ids: ["northern-front"], depth: -1 }, "depth must be between 0 and 3 (got -1)"],
      [
        "ids",
        { ids: Array.from({ length: 101 }, () => "northern-front") },
        "ids must hold at most 100 items (got 101)",
      ],
      ["ids", { ids: [] }, "ids must hold at least one entity id"],
      ["ids", { ids: ["northern-front", "nope"] }, 'ids: no entity has id "nope"'],
      ["ids", { ids: ["nope", "northern-front", "nada"], depth: 0 }, 'ids: no entity has id "nope", "nada"'],
    ])("refuses a bad %s with BAD_USER_INPUT: %j", async (argument, variables, message) => {
      expectBadInputNullData(await query(SUBGRAPH, variables), argument, message);
    });
  });

  describe("after every query above", () => {
    it("leaves the graph exactly as the seed wrote it", async () => {
      expect(await snapshotGraph(seeded.driver)).toBe(seeded.snapshot);
    });
  });
});
