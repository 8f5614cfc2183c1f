import { postGraphql } from "../helpers/app";
import { snapshotGraph } from "../helpers/neo4j";
import { type ClaimedRel, expectBadInput, expectCited, type Rel, REL, useSeededApp } from "../helpers/api";

// relationshipsBetween and shortestPath over HTTP against the seed. neighbors is in
// api-neighbors.int.test.ts, paths and subgraph in api-paths.int.test.ts.

const BETWEEN = `
query ($a: ID!, $b: ID!, $types: [RelationshipType!]) {
  relationshipsBetween(a: $a, b: $b, types: $types) { ${REL} status demand position what }
}`;
const SHORTEST = `
query ($from: ID!, $to: ID!, $types: [RelationshipType!], $maxHops: Int) {
  shortestPath(from: $from, to: $to, types: $types, maxHops: $maxHops) {
    length nodes { id } relationships { ${REL} claimedBy }
  }
}`;

interface Path {
  length: number;
  nodes: { id: string }[];
  relationships: ClaimedRel[];
}
describe("relationshipsBetween and shortestPath over HTTP", () => {
  const seeded = useSeededApp();
  const query = <T>(q: string, variables: Record<string, unknown>) =>
    postGraphql<T>(seeded.app.url, q, variables);
  const shortest = async (variables: Record<string, unknown>): Promise<Path | null> => {
    const response = await query<{ shortestPath: Path | null }>(SHORTEST, variables);
    expect(response.errors).toBeUndefined();
    if (response.data!.shortestPath) expectCited(response.data!.shortestPath.relationships);
    return response.data!.shortestPath;
  };

  describe("relationshipsBetween", () => {
    it("gives both relationships between pakistan and ttp, whichever end comes first", async () => {
      const response = await query<{ relationshipsBetween: (Rel & { status: string | null })[] }>(BETWEEN, {
        a: "pakistan",
        b: "ttp",
      });
      expect(response.errors).toBeUndefined();
      const rels = response.data!.relationshipsBetween;
      expect(rels.map((r) => [r.type, r.id, r.from.id, r.to.id, r.status])).toEqual([
        ["DESIGNATES", "pakistan-designates-ttp", "pakistan", "ttp", "banned"],
        ["TARGETS", "ttp-targets-pakistan", "ttp", "pakistan", null],
      ]);
      expectCited(rels);
      const reversed = await query<{ relationshipsBetween: Rel[] }>(BETWEEN, { a: "ttp", b: "pakistan" });
      expect(reversed.data!.relationshipsBetween).toEqual(response.data!.relationshipsBetween);
    });

    it("gives every claim between the Afghan delegation and pakistan with its property, filtered by types", async () => {
      const response = await query<{ relationshipsBetween: Record<string, unknown>[] }>(BETWEEN, {
        a: "afghan-taliban-delegation",
        b: "pakistan",
      });
      expect(response.data!.relationshipsBetween.map((r) => [r.id, r.demand, r.position, r.what])).toEqual([
        [
          "pakistan-demands-afghan-taliban-delegation",
          "acceptance of the logical and reasoned demands Pakistan has presented at the talks",
          null,
          null,
        ],
        [
          "afghan-taliban-delegation-endorses-pakistan",
          null,
          "the validity of Pakistan’s demands (acknowledged privately)",
          null,
        ],
        [
          "afghan-taliban-delegation-rejects-pakistan",
          null,
          null,
          "written assurances to meet Pakistan’s key security demands",
        ],
        [
          "afghan-taliban-delegation-rejects-pakistan-full-acceptance",
          null,
          null,
          "full acceptance of the demands Pakistan has presented",
        ],
      ]);
      expectCited(response.data!.relationshipsBetween as unknown as Rel[]);
      const rejections = await query<{ relationshipsBetween: Rel[] }>(BETWEEN, {
        a: "pakistan",
        b: "afghan-taliban-delegation",
        types: ["REJECTS"],
      });
      expect(rejections.data!.relationshipsBetween.map((r) => r.id)).toEqual([
        "afghan-taliban-delegation-rejects-pakistan",
        "afghan-taliban-delegation-rejects-pakistan-full-acceptance",
      ]);
    });

    it("gives an empty list for two entities with no direct relationship", async () => {
      const response = await query(BETWEEN, { a: "turkey", b: "qatar" });
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ relationshipsBetween: [] });
    });

    it.each([
      ["a", { a: "nope", b: "pakistan" }],
      ["b", { a: "pakistan", b: "nope" }],
    ])("refuses an unknown %s with BAD_USER_INPUT naming it", async (argument, variables) => {
      expectBadInput(await query(BETWEEN, variables), argument, `${argument}: no entity has id "nope"`);
    });
  });

  describe("shortestPath", () => {
    it("connects qatar to the TTP in two steps via pakistan: Qatar endorses Pakistan, which the TTP is tied to", async () => {
      const found = await shortest({ from: "qatar", to: "ttp" });
      expect(found?.length).toBe(2);
      expect(found!.nodes.map((n) => n.id)).toEqual(["qatar", "pakistan", "ttp"]);
      const [first, second] = found!.relationships;
      expect(first).toMatchObject({
        id: "qatar-endorses-pakistan",
        type: "ENDORSES",
        from: { id: "qatar" },
        to: { id: "pakistan" },
        claimedBy: "officials involved in the talks",
      });
      // Two relationships join pakistan and the TTP; either makes a shortest path.
      expect([
        ["pakistan-designates-ttp", "DESIGNATES", "pakistan", "ttp"],
        ["ttp-targets-pakistan", "TARGETS", "ttp", "pakistan"],
      ]).toContainEqual([second!.id, second!.type, second!.from.id, second!.to.id]);
    });

    it("takes the one path types allow", async () => {
      const designates = await shortest({ from: "qatar", to: "ttp", types: ["ENDORSES", "DESIGNATES"] });
      expect(designates!.relationships.map((r) => r.id)).toEqual([
        "qatar-endorses-pakistan",
        "pakistan-designates-ttp",
      ]);
      const targets = await shortest({ from: "ttp", to: "qatar", types: ["ENDORSES", "TARGETS"] });
      expect(targets!.nodes.map((n) => n.id)).toEqual(["ttp", "pakistan", "qatar"]);
      expect(targets!.relationships.map((r) => r.id)).toEqual([
        "ttp-targets-pakistan",
        "qatar-endorses-pakistan",
      ]);
    });

    it("is null when types leave no path: turkey and pakistan along BORDERS only", async () => {
      expect(await shortest({ from: "turkey", to: "pakistan", types: ["BORDERS"] })).toBeNull();
    });

    it("is null when the shortest path is longer than maxHops, and found at its length", async () => {
      expect(await shortest({ from: "qatar", to: "ttp", maxHops: 1 })).toBeNull();
      // kandahar - afghan-taliban-delegation - pakistan - islamabad
      expect(await shortest({ from: "kandahar", to: "islamabad", maxHops: 2 })).toBeNull();
      const three = await shortest({ from: "kandahar", to: "islamabad", maxHops: 3 });
      expect(three?.length).toBe(3);
      expect(three!.nodes.map((n) => n.id)).toEqual([
        "kandahar",
        "afghan-taliban-delegation",
        "pakistan",
        "islamabad",
      ]);
    });

    it("gives a path of length 0 from an entity to itself", async () => {
      expect(await shortest({ from: "ttp", to: "ttp" })).toEqual({
        length: 0,
        nodes: [{ id: "ttp" }],
        relationships: [],
      });
    });

    it("accepts maxHops 10 (the limit) and refuses 11, 0 and -1", async () => {
      expect((await shortest({ from: "kandahar", to: "islamabad", maxHops: 10 }))?.length).toBe(3);
      for (const maxHops of [11, 0, -1]) {
        expectBadInput(
          await query(SHORTEST, { from: "qatar", to: "ttp", maxHops }),
          "maxHops",
          `maxHops must be between 1 and 10 (got ${maxHops})`,
        );
      }
    });

    it.each([
      ["from", "from", { from: "nope", to: "ttp" }],
      ["to", "to", { from: "ttp", to: "nope" }],
      ["from and to (the same id)", "from", { from: "nope", to: "nope" }],
    ])("refuses an unknown %s with BAD_USER_INPUT naming it", async (_label, argument, variables) => {
      expectBadInput(await query(SHORTEST, variables), argument, `${argument}: no entity has id "nope"`);
    });
  });

  describe("after every query above", () => {
    it("leaves the graph exactly as the seed wrote it", async () => {
      expect(await snapshotGraph(seeded.driver)).toBe(seeded.snapshot);
    });
  });
});
