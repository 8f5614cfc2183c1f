import { type GraphqlResponse, postGraphql } from "../helpers/app";
import { snapshotGraph } from "../helpers/neo4j";
import { expectBadInput, expectCited, type Rel, REL, useSeededApp } from "../helpers/api";

// Entity.relationships over HTTP against the fixture world: order, direction, types, first and its limit.
// The typed per-kind edge fields are in api-typed-fields.int.test.ts and api-typed-fields-talks.int.test.ts.

const RELATIONSHIPS = `
query ($id: ID!, $types: [RelationshipType!], $direction: Direction, $first: Int) {
  entity(id: $id) { id relationships(types: $types, direction: $direction, first: $first) { ${REL} } }
}`;

describe("Entity.relationships over HTTP", () => {
  const seeded = useSeededApp();
  const query = <T = Record<string, unknown>>(q: string, variables: Record<string, unknown> = {}) =>
    postGraphql<T>(seeded.app.url, q, variables);

  type Relationships = { entity: { id: string; relationships: Rel[] } | null };
  const relationshipsOf = (id: string, args: Record<string, unknown> = {}) =>
    query<Relationships>(RELATIONSHIPS, { id, ...args });
  const ids = (response: GraphqlResponse<Relationships>) =>
    response.data!.entity!.relationships.map((r) => r.id);

  it("gives every relationship of valoria by default, ordered by type then id, all cited", async () => {
    const response = await relationshipsOf("valoria");
    expect(response.errors).toBeUndefined();
    const rels = response.data!.entity!.relationships;
    expect(rels.map((r) => [r.type, r.id, r.from.id, r.to.id])).toEqual([
      ["BORDERS", "valoria-borders-esteria", "valoria", "esteria"],
      ["BOUND_BY", "valoria-bound-by-daran-accord", "valoria", "daran-accord"],
      ["GOVERNS", "valorian-council-governs-valoria", "valorian-council", "valoria"],
      [
        "OPERATES_FROM",
        "eastern-militant-groups-operates-from-valoria",
        "eastern-militant-groups",
        "valoria",
      ],
      ["OPERATES_FROM", "northern-front-operates-from-valoria", "northern-front", "valoria"],
      ["ORIGINATED_FROM", "border-crossings-originated-from-valoria", "border-crossings", "valoria"],
      ["PARTICIPATES_IN", "valoria-participates-in-lumen-talks", "valoria", "lumen-talks"],
    ]);
    expectCited(rels);
  });

  it("follows direction: OUT and IN split the relationships, BORDERS (symmetric) is in both", async () => {
    const out = await relationshipsOf("valoria", { direction: "OUT" });
    expect(ids(out)).toEqual([
      "valoria-borders-esteria",
      "valoria-bound-by-daran-accord",
      "valoria-participates-in-lumen-talks",
    ]);
    const inward = await relationshipsOf("valoria", { direction: "IN" });
    expect(ids(inward)).toEqual([
      "valoria-borders-esteria",
      "valorian-council-governs-valoria",
      "eastern-militant-groups-operates-from-valoria",
      "northern-front-operates-from-valoria",
      "border-crossings-originated-from-valoria",
    ]);
  });

  it("filters by types, either end", async () => {
    const response = await relationshipsOf("esteria", { types: ["TARGETS", "DESIGNATES"] });
    expect(response.errors).toBeUndefined();
    const rels = response.data!.entity!.relationships;
    expect(rels.map((r) => [r.type, r.from.id, r.to.id])).toEqual([
      ["DESIGNATES", "esteria", "northern-front"],
      ["TARGETS", "eastern-militant-groups", "esteria"],
      ["TARGETS", "northern-front", "esteria"],
    ]);
    expectCited(rels);
  });

  it("returns at most first relationships, the first ones in order", async () => {
    const all = await relationshipsOf("esteria", { first: 100 });
    expect(all.errors).toBeUndefined();
    expect(ids(all)).toEqual([
      "valoria-borders-esteria",
      "esteria-demands-valorian-council",
      "esteria-demands-valorian-council-delegation",
      "esteria-designates-northern-front",
      "corvia-endorses-esteria",
      "daran-endorses-esteria",
      "valorian-council-delegation-endorses-esteria",
      "esteria-participates-in-lumen-talks",
      "esteria-participates-in-lumen-talks-sunday-session",
      "esterian-army-part-of-esteria",
      "esterian-press-office-part-of-esteria",
      "valorian-council-delegation-rejects-esteria",
      "valorian-council-delegation-rejects-esteria-full-acceptance",
      "esterian-delegation-represents-esteria",
      "estra-seat-of-esteria",
      "eastern-militant-groups-targets-esteria",
      "northern-front-targets-esteria",
      "esteria-urges-valorian-council",
    ]);
    expectCited(all.data!.entity!.relationships);
    const two = await relationshipsOf("esteria", { first: 2 });
    expect(ids(two)).toEqual(["valoria-borders-esteria", "esteria-demands-valorian-council"]);
    const one = await relationshipsOf("esteria", { first: 1 });
    expect(ids(one)).toEqual(["valoria-borders-esteria"]);
  });

  it.each([101, 0, -1])("refuses relationships(first: %p) with BAD_USER_INPUT", async (first) => {
    const response = await relationshipsOf("esteria", { first });
    expect(response.data).toEqual({ entity: null });
    expectBadInput(response, "first", `first must be between 1 and 100 (got ${first})`);
    expect(response.errors![0]!.path).toEqual(["entity", "relationships"]);
  });

  describe("after every query above", () => {
    it("leaves the graph exactly as the world was loaded", async () => {
      expect(await snapshotGraph(seeded.driver)).toBe(seeded.snapshot);
    });
  });
});
