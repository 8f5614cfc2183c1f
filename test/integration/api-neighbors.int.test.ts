import { postGraphql } from "../helpers/app";
import { snapshotGraph } from "../helpers/neo4j";
import { type ClaimedRel, expectBadInput, expectCited, sortedIds, useSeededApp } from "../helpers/api";

// neighbors over HTTP against the fixture world (test/fixtures/world.ts): direction, symmetric types,
// kinds, depth and its limits.
// relationshipsBetween and shortestPath are in api-traversal.int.test.ts, paths and subgraph in
// api-paths.int.test.ts.

/**
 * A relationship with one page of its citations, as large as the most any relationship of the world has:
 * a whole neighbourhood of relationships times the default page (50) would pass the cost budget.
 */
const REL = "id type from { id } to { id } sources(first: 3) { quote source { id title } }";

const NEIGHBORS = `
query ($id: ID!, $types: [RelationshipType!], $direction: Direction, $depth: Int, $kinds: [EntityKind!]) {
  neighbors(id: $id, types: $types, direction: $direction, depth: $depth, kinds: $kinds) {
    nodes { id kind }
    relationships { ${REL} claimedBy }
  }
}`;
interface Subgraph {
  nodes: { id: string; kind: string }[];
  relationships: ClaimedRel[];
}

describe("neighbors over HTTP", () => {
  const seeded = useSeededApp();
  const query = <T>(q: string, variables: Record<string, unknown>) =>
    postGraphql<T>(seeded.app.url, q, variables);
  const neighbors = async (variables: Record<string, unknown>): Promise<Subgraph> => {
    const response = await query<{ neighbors: Subgraph }>(NEIGHBORS, variables);
    expect(response.errors).toBeUndefined();
    expectCited(response.data!.neighbors.relationships);
    return response.data!.neighbors;
  };

  it("gives the same entities whether or not relationships are asked for", async () => {
    for (const variables of [
      { id: "esteria", depth: 3 },
      { id: "valoria", direction: "OUT", depth: 2 },
      { id: "northern-front", types: ["TARGETS", "OPERATES_FROM"], depth: 2 },
    ]) {
      const full = await neighbors(variables);
      const bare = await query<{ neighbors: { nodes: { id: string }[] } }>(
        `query ($id: ID!, $types: [RelationshipType!], $direction: Direction, $depth: Int) {
          neighbors(id: $id, types: $types, direction: $direction, depth: $depth) { nodes { id } }
        }`,
        variables,
      );
      expect(bare.errors).toBeUndefined();
      expect(sortedIds(bare.data!.neighbors.nodes)).toEqual(sortedIds(full.nodes));
    }
  });

  it("answers ids and kinds alone or with the whole entities, the same either way", async () => {
    type Node = { id: string; kind: string; __typename: string; name?: string; aliases?: string[] };
    const ask = async (fields: string) => {
      const response = await query<{ neighbors: { nodes: Node[] } }>(
        `query ($id: ID!) { neighbors(id: $id, depth: 2) { nodes { ${fields} } } }`,
        { id: "northern-front" },
      );
      expect(response.errors).toBeUndefined();
      return response.data!.neighbors.nodes;
    };
    const bare = await ask("id kind __typename");
    const whole = await ask("id kind __typename name aliases");
    expect(bare).toEqual(whole.map(({ id, kind, __typename }) => ({ id, kind, __typename })));
    // the whole entities are the ones `entity` answers, names and aliases included
    for (const node of whole) {
      const one = await query<{ entity: Node }>(
        "query ($id: ID!) { entity(id: $id) { id kind __typename name aliases } }",
        { id: node.id },
      );
      expect(one.data!.entity).toEqual(node);
    }
    expect(whole.some((n) => n.name !== n.id)).toBe(true);
  });

  it("finds everything that operates from Valoria: northern-front and eastern-militant-groups, claimed by Esteria", async () => {
    const found = await neighbors({ id: "valoria", types: ["OPERATES_FROM"], direction: "IN" });
    expect(sortedIds(found.nodes)).toEqual(["eastern-militant-groups", "northern-front", "valoria"]);
    expect(
      found.relationships
        .map((r) => ({ id: r.id, from: r.from.id, to: r.to.id, claimedBy: r.claimedBy }))
        .sort((a, b) => a.id.localeCompare(b.id)),
    ).toEqual([
      {
        id: "eastern-militant-groups-operates-from-valoria",
        from: "eastern-militant-groups",
        to: "valoria",
        claimedBy: "Esteria",
      },
      {
        id: "northern-front-operates-from-valoria",
        from: "northern-front",
        to: "valoria",
        claimedBy: "Esteria",
      },
    ]);
  });

  it("gives different, correct answers for OUT, IN and BOTH around valoria", async () => {
    const out = await neighbors({ id: "valoria", direction: "OUT" });
    expect(sortedIds(out.nodes)).toEqual(["daran-accord", "esteria", "lumen-talks", "valoria"]);
    expect(sortedIds(out.relationships)).toEqual([
      "valoria-borders-esteria",
      "valoria-bound-by-daran-accord",
      "valoria-participates-in-lumen-talks",
    ]);
    const inward = await neighbors({ id: "valoria", direction: "IN" });
    expect(sortedIds(inward.nodes)).toEqual([
      "border-crossings",
      "eastern-militant-groups",
      "esteria",
      "northern-front",
      "valoria",
      "valorian-council",
    ]);
    expect(sortedIds(inward.relationships)).toEqual([
      "border-crossings-originated-from-valoria",
      "eastern-militant-groups-operates-from-valoria",
      "northern-front-operates-from-valoria",
      "valoria-borders-esteria",
      "valorian-council-governs-valoria",
    ]);
    const both = await neighbors({ id: "valoria", direction: "BOTH" });
    expect(sortedIds(both.nodes)).toEqual(
      [...new Set([...sortedIds(out.nodes), ...sortedIds(inward.nodes)])].sort(),
    );
    expect(sortedIds(both.relationships)).toEqual(
      [...new Set([...sortedIds(out.relationships), ...sortedIds(inward.relationships)])].sort(),
    );
    expect(both.relationships).toHaveLength(7);
    expect(await neighbors({ id: "valoria" })).toEqual(both); // BOTH is the default
  });

  it.each([
    ["esteria", "valoria"],
    ["valoria", "esteria"],
  ])("finds BORDERS (symmetric) from %s to %s whatever the direction", async (id, other) => {
    for (const direction of ["OUT", "IN", "BOTH"]) {
      const found = await neighbors({ id, types: ["BORDERS"], direction });
      expect({ direction, nodes: sortedIds(found.nodes) }).toEqual({
        direction,
        nodes: [id, other].sort(),
      });
      expect(found.relationships.map((r) => [r.id, r.from.id, r.to.id])).toEqual([
        ["valoria-borders-esteria", "valoria", "esteria"],
      ]);
    }
  });

  it("keeps only the kinds asked for (the start is always there)", async () => {
    const groups = await neighbors({ id: "valoria", kinds: ["ARMED_GROUP"] });
    expect(sortedIds(groups.nodes)).toEqual(["eastern-militant-groups", "northern-front", "valoria"]);
    expect(groups.relationships.every((r) => r.type === "OPERATES_FROM")).toBe(true);
    // kinds also limits what a walk passes through: from northern-front, two steps through countries and groups only
    const through = await neighbors({ id: "northern-front", depth: 2, kinds: ["COUNTRY", "ARMED_GROUP"] });
    // (not the talks, delegations or government next to valoria and esteria)
    expect(sortedIds(through.nodes)).toEqual([
      "corvia",
      "daran",
      "eastern-militant-groups",
      "esteria",
      "northern-front",
      "valoria",
    ]);
    expect(sortedIds(through.relationships)).toEqual([
      "corvia-endorses-esteria",
      "daran-endorses-esteria",
      "eastern-militant-groups-operates-from-valoria",
      "eastern-militant-groups-targets-esteria",
      "esteria-designates-northern-front",
      "northern-front-operates-from-valoria",
      "northern-front-targets-esteria",
      "valoria-borders-esteria",
    ]);
  });

  it("reaches further at depth 2 than at depth 1, exactly the seeded two-step neighbourhood of northern-front", async () => {
    const one = await neighbors({ id: "northern-front", depth: 1 });
    expect(sortedIds(one.nodes)).toEqual(["esteria", "northern-front", "valoria"]);
    expect(sortedIds(one.relationships)).toEqual([
      "esteria-designates-northern-front",
      "northern-front-operates-from-valoria",
      "northern-front-targets-esteria",
    ]);
    const two = await neighbors({ id: "northern-front", depth: 2 });
    expect(sortedIds(two.nodes)).toEqual(
      [
        "valorian-council",
        "valorian-council-delegation",
        "valoria",
        "eastern-militant-groups",
        "daran-accord",
        "border-crossings",
        "estra",
        "esterian-press-office",
        "lumen-talks",
        "lumen-talks-sunday-session",
        "esteria",
        "esterian-army",
        "esterian-delegation",
        "daran",
        "northern-front",
        "corvia",
      ].sort(),
    );
    // every relationship of valoria (7) and esteria (18), the border counted once
    expect(two.relationships).toHaveLength(24);
    for (const r of two.relationships) {
      expect([r.from.id, r.to.id].some((id) => id === "valoria" || id === "esteria")).toBe(true);
    }
  });

  it("keeps direction at every step: OUT from northern-front reaches only what its outgoing chains reach", async () => {
    const out = await neighbors({ id: "northern-front", direction: "OUT", depth: 2 });
    expect(sortedIds(out.nodes)).toEqual([
      "daran-accord",
      "esteria",
      "lumen-talks",
      "lumen-talks-sunday-session",
      "northern-front",
      "valoria",
      "valorian-council",
      "valorian-council-delegation",
    ]);
    for (const r of out.relationships) {
      // every step leaves the entity it stands on, except along BORDERS (symmetric)
      expect(r.type === "BORDERS" || ["northern-front", "valoria", "esteria"].includes(r.from.id)).toBe(true);
    }
  });

  it("returns the entity alone when nothing matches", async () => {
    expect(await neighbors({ id: "kessel", types: ["BORDERS"] })).toEqual({
      nodes: [{ id: "kessel", kind: "PLACE" }],
      relationships: [],
    });
  });

  it("accepts depth 3 (the limit), reaching the whole seeded graph from esteria", async () => {
    const three = await neighbors({ id: "esteria", depth: 3 });
    const [counted] = (
      await seeded.driver.executeQuery(
        "MATCH (n:Entity) RETURN count(n) AS n",
        {},
        { database: process.env.NEO4J_TEST_DATABASE },
      )
    ).records;
    expect(three.nodes).toHaveLength(Number(counted!.get("n")));
  });

  it.each([
    [4, "depth must be between 1 and 3 (got 4)"],
    [0, "depth must be between 1 and 3 (got 0)"],
    [-1, "depth must be between 1 and 3 (got -1)"],
  ])("refuses depth %p with BAD_USER_INPUT", async (depth, message) => {
    expectBadInput(await query(NEIGHBORS, { id: "esteria", depth }), "depth", message);
  });

  it("refuses an unknown id with BAD_USER_INPUT naming it", async () => {
    expectBadInput(await query(NEIGHBORS, { id: "nope" }), "id", 'id: no entity has id "nope"');
  });

  describe("after every query above", () => {
    it("leaves the graph exactly as the seed wrote it", async () => {
      expect(await snapshotGraph(seeded.driver)).toBe(seeded.snapshot);
    });
  });
});
