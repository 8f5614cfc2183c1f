import { postGraphql } from "../helpers/app";
import { snapshotGraph } from "../helpers/neo4j";
import { type ClaimedRel, expectBadInput, expectCited, type Rel, REL, useSeededApp } from "../helpers/api";

// relationshipsBetween and shortestPath over HTTP against the fixture world. neighbors is in
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
    it("gives both relationships between esteria and northern-front, whichever end comes first", async () => {
      const response = await query<{ relationshipsBetween: (Rel & { status: string | null })[] }>(BETWEEN, {
        a: "esteria",
        b: "northern-front",
      });
      expect(response.errors).toBeUndefined();
      const rels = response.data!.relationshipsBetween;
      expect(rels.map((r) => [r.type, r.id, r.from.id, r.to.id, r.status])).toEqual([
        ["DESIGNATES", "esteria-designates-northern-front", "esteria", "northern-front", "banned"],
        ["TARGETS", "northern-front-targets-esteria", "northern-front", "esteria", null],
      ]);
      expectCited(rels);
      const reversed = await query<{ relationshipsBetween: Rel[] }>(BETWEEN, {
        a: "northern-front",
        b: "esteria",
      });
      expect(reversed.data!.relationshipsBetween).toEqual(response.data!.relationshipsBetween);
    });

    it("gives every claim between the Valorian delegation and esteria with its property, filtered by types", async () => {
      const response = await query<{ relationshipsBetween: Record<string, unknown>[] }>(BETWEEN, {
        a: "valorian-council-delegation",
        b: "esteria",
      });
      expect(response.data!.relationshipsBetween.map((r) => [r.id, r.demand, r.position, r.what])).toEqual([
        [
          "esteria-demands-valorian-council-delegation",
          "acceptance of the logical and reasoned demands Esteria has presented at the talks",
          null,
          null,
        ],
        [
          "valorian-council-delegation-endorses-esteria",
          null,
          "the validity of Esteria’s demands (acknowledged privately)",
          null,
        ],
        [
          "valorian-council-delegation-rejects-esteria",
          null,
          null,
          "written assurances to meet Esteria’s key security demands",
        ],
        [
          "valorian-council-delegation-rejects-esteria-full-acceptance",
          null,
          null,
          "full acceptance of the demands Esteria has presented",
        ],
      ]);
      expectCited(response.data!.relationshipsBetween as unknown as Rel[]);
      const rejections = await query<{ relationshipsBetween: Rel[] }>(BETWEEN, {
        a: "esteria",
        b: "valorian-council-delegation",
        types: ["REJECTS"],
      });
      expect(rejections.data!.relationshipsBetween.map((r) => r.id)).toEqual([
        "valorian-council-delegation-rejects-esteria",
        "valorian-council-delegation-rejects-esteria-full-acceptance",
      ]);
    });

    it("gives an empty list for two entities with no direct relationship", async () => {
      const response = await query(BETWEEN, { a: "corvia", b: "daran" });
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ relationshipsBetween: [] });
    });

    it.each([
      ["a", { a: "nope", b: "esteria" }],
      ["b", { a: "esteria", b: "nope" }],
    ])("refuses an unknown %s with BAD_USER_INPUT naming it", async (argument, variables) => {
      expectBadInput(await query(BETWEEN, variables), argument, `${argument}: no entity has id "nope"`);
    });
  });

  describe("shortestPath", () => {
    it("connects daran to the NF in two steps via esteria: Daran endorses Esteria, which the NF is tied to", async () => {
      const found = await shortest({ from: "daran", to: "northern-front" });
      expect(found?.length).toBe(2);
      expect(found!.nodes.map((n) => n.id)).toEqual(["daran", "esteria", "northern-front"]);
      const [first, second] = found!.relationships;
      expect(first).toMatchObject({
        id: "daran-endorses-esteria",
        type: "ENDORSES",
        from: { id: "daran" },
        to: { id: "esteria" },
        claimedBy: "officials involved in the talks",
      });
      // Two relationships join esteria and the NF; either makes a shortest path.
      expect([
        ["esteria-designates-northern-front", "DESIGNATES", "esteria", "northern-front"],
        ["northern-front-targets-esteria", "TARGETS", "northern-front", "esteria"],
      ]).toContainEqual([second!.id, second!.type, second!.from.id, second!.to.id]);
    });

    it("takes the one path types allow", async () => {
      const designates = await shortest({
        from: "daran",
        to: "northern-front",
        types: ["ENDORSES", "DESIGNATES"],
      });
      expect(designates!.relationships.map((r) => r.id)).toEqual([
        "daran-endorses-esteria",
        "esteria-designates-northern-front",
      ]);
      const targets = await shortest({ from: "northern-front", to: "daran", types: ["ENDORSES", "TARGETS"] });
      expect(targets!.nodes.map((n) => n.id)).toEqual(["northern-front", "esteria", "daran"]);
      expect(targets!.relationships.map((r) => r.id)).toEqual([
        "northern-front-targets-esteria",
        "daran-endorses-esteria",
      ]);
    });

    it("is null when types leave no path: corvia and esteria along BORDERS only", async () => {
      expect(await shortest({ from: "corvia", to: "esteria", types: ["BORDERS"] })).toBeNull();
    });

    it("is null when the shortest path is longer than maxHops, and found at its length", async () => {
      expect(await shortest({ from: "daran", to: "northern-front", maxHops: 1 })).toBeNull();
      // kessel - valorian-council-delegation - esteria - estra
      expect(await shortest({ from: "kessel", to: "estra", maxHops: 2 })).toBeNull();
      const three = await shortest({ from: "kessel", to: "estra", maxHops: 3 });
      expect(three?.length).toBe(3);
      expect(three!.nodes.map((n) => n.id)).toEqual([
        "kessel",
        "valorian-council-delegation",
        "esteria",
        "estra",
      ]);
    });

    it("gives a path of length 0 from an entity to itself", async () => {
      expect(await shortest({ from: "northern-front", to: "northern-front" })).toEqual({
        length: 0,
        nodes: [{ id: "northern-front" }],
        relationships: [],
      });
    });

    it("accepts maxHops 10 (the limit) and refuses 11, 0 and -1", async () => {
      expect((await shortest({ from: "kessel", to: "estra", maxHops: 10 }))?.length).toBe(3);
      for (const maxHops of [11, 0, -1]) {
        expectBadInput(
          await query(SHORTEST, { from: "daran", to: "northern-front", maxHops }),
          "maxHops",
          `maxHops must be between 1 and 10 (got ${maxHops})`,
        );
      }
    });

    it.each([
      ["from", "from", { from: "nope", to: "northern-front" }],
      ["to", "to", { from: "northern-front", to: "nope" }],
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
