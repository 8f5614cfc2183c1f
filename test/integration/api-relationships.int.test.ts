import { type GraphqlResponse, postGraphql } from "../helpers/app";
import { snapshotGraph } from "../helpers/neo4j";
import { expectBadInput, expectCited, type Rel, REL, useSeededApp } from "../helpers/api";

// Entity.relationships over HTTP against the seed: order, direction, types, first and its limit.
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

  it("gives every relationship of afghanistan by default, ordered by type then id, all cited", async () => {
    const response = await relationshipsOf("afghanistan");
    expect(response.errors).toBeUndefined();
    const rels = response.data!.entity!.relationships;
    expect(rels.map((r) => [r.type, r.id, r.from.id, r.to.id])).toEqual([
      ["BORDERS", "pakistan-borders-afghanistan", "pakistan", "afghanistan"],
      ["BOUND_BY", "afghanistan-bound-by-doha-agreement", "afghanistan", "doha-agreement"],
      ["GOVERNS", "afghan-taliban-governs-afghanistan", "afghan-taliban", "afghanistan"],
      [
        "OPERATES_FROM",
        "baloch-militant-groups-operates-from-afghanistan",
        "baloch-militant-groups",
        "afghanistan",
      ],
      ["OPERATES_FROM", "ttp-operates-from-afghanistan", "ttp", "afghanistan"],
      [
        "ORIGINATED_FROM",
        "infiltration-attempts-originated-from-afghanistan",
        "infiltration-attempts",
        "afghanistan",
      ],
      ["PARTICIPATES_IN", "afghanistan-participates-in-istanbul-talks", "afghanistan", "istanbul-talks"],
    ]);
    expectCited(rels);
  });

  it("follows direction: OUT and IN split the relationships, BORDERS (symmetric) is in both", async () => {
    const out = await relationshipsOf("afghanistan", { direction: "OUT" });
    expect(ids(out)).toEqual([
      "pakistan-borders-afghanistan",
      "afghanistan-bound-by-doha-agreement",
      "afghanistan-participates-in-istanbul-talks",
    ]);
    const inward = await relationshipsOf("afghanistan", { direction: "IN" });
    expect(ids(inward)).toEqual([
      "pakistan-borders-afghanistan",
      "afghan-taliban-governs-afghanistan",
      "baloch-militant-groups-operates-from-afghanistan",
      "ttp-operates-from-afghanistan",
      "infiltration-attempts-originated-from-afghanistan",
    ]);
  });

  it("filters by types, either end", async () => {
    const response = await relationshipsOf("pakistan", { types: ["TARGETS", "DESIGNATES"] });
    expect(response.errors).toBeUndefined();
    const rels = response.data!.entity!.relationships;
    expect(rels.map((r) => [r.type, r.from.id, r.to.id])).toEqual([
      ["DESIGNATES", "pakistan", "ttp"],
      ["TARGETS", "baloch-militant-groups", "pakistan"],
      ["TARGETS", "ttp", "pakistan"],
    ]);
    expectCited(rels);
  });

  it("returns at most first relationships, the first ones in order", async () => {
    const all = await relationshipsOf("pakistan", { first: 100 });
    expect(all.errors).toBeUndefined();
    expect(ids(all)).toEqual([
      "pakistan-borders-afghanistan",
      "pakistan-demands-afghan-taliban",
      "pakistan-demands-afghan-taliban-delegation",
      "pakistan-designates-ttp",
      "afghan-taliban-delegation-endorses-pakistan",
      "qatar-endorses-pakistan",
      "turkey-endorses-pakistan",
      "pakistan-participates-in-istanbul-talks",
      "pakistan-participates-in-istanbul-talks-sunday-session",
      "ispr-part-of-pakistan",
      "pakistan-military-part-of-pakistan",
      "afghan-taliban-delegation-rejects-pakistan",
      "afghan-taliban-delegation-rejects-pakistan-full-acceptance",
      "pakistani-delegation-represents-pakistan",
      "islamabad-seat-of-pakistan",
      "baloch-militant-groups-targets-pakistan",
      "ttp-targets-pakistan",
      "pakistan-urges-afghan-taliban",
    ]);
    expectCited(all.data!.entity!.relationships);
    const two = await relationshipsOf("pakistan", { first: 2 });
    expect(ids(two)).toEqual(["pakistan-borders-afghanistan", "pakistan-demands-afghan-taliban"]);
    const one = await relationshipsOf("pakistan", { first: 1 });
    expect(ids(one)).toEqual(["pakistan-borders-afghanistan"]);
  });

  it.each([101, 0, -1])("refuses relationships(first: %p) with BAD_USER_INPUT", async (first) => {
    const response = await relationshipsOf("pakistan", { first });
    expect(response.data).toEqual({ entity: null });
    expectBadInput(response, "first", `first must be between 1 and 100 (got ${first})`);
    expect(response.errors![0]!.path).toEqual(["entity", "relationships"]);
  });

  describe("after every query above", () => {
    it("leaves the graph exactly as the seed wrote it", async () => {
      expect(await snapshotGraph(seeded.driver)).toBe(seeded.snapshot);
    });
  });
});
