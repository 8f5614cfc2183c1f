import { postGraphql } from "../helpers/app";
import { snapshotGraph } from "../helpers/neo4j";
import { type ClaimedRel, expectBadInput, expectCited, REL, sortedIds, useSeededApp } from "../helpers/api";

// neighbors over HTTP against the seed: direction, symmetric types, kinds, depth and its limits.
// relationshipsBetween and shortestPath are in api-traversal.int.test.ts, paths and subgraph in
// api-paths.int.test.ts.

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
      { id: "pakistan", depth: 3 },
      { id: "afghanistan", direction: "OUT", depth: 2 },
      { id: "ttp", types: ["TARGETS", "OPERATES_FROM"], depth: 2 },
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
        { id: "ttp" },
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

  it("finds everything that operates from Afghanistan: ttp and baloch-militant-groups, claimed by Pakistan", async () => {
    const found = await neighbors({ id: "afghanistan", types: ["OPERATES_FROM"], direction: "IN" });
    expect(sortedIds(found.nodes)).toEqual(["afghanistan", "baloch-militant-groups", "ttp"]);
    expect(
      found.relationships
        .map((r) => ({ id: r.id, from: r.from.id, to: r.to.id, claimedBy: r.claimedBy }))
        .sort((a, b) => a.id.localeCompare(b.id)),
    ).toEqual([
      {
        id: "baloch-militant-groups-operates-from-afghanistan",
        from: "baloch-militant-groups",
        to: "afghanistan",
        claimedBy: "Pakistan",
      },
      { id: "ttp-operates-from-afghanistan", from: "ttp", to: "afghanistan", claimedBy: "Pakistan" },
    ]);
  });

  it("gives different, correct answers for OUT, IN and BOTH around afghanistan", async () => {
    const out = await neighbors({ id: "afghanistan", direction: "OUT" });
    expect(sortedIds(out.nodes)).toEqual(["afghanistan", "doha-agreement", "istanbul-talks", "pakistan"]);
    expect(sortedIds(out.relationships)).toEqual([
      "afghanistan-bound-by-doha-agreement",
      "afghanistan-participates-in-istanbul-talks",
      "pakistan-borders-afghanistan",
    ]);
    const inward = await neighbors({ id: "afghanistan", direction: "IN" });
    expect(sortedIds(inward.nodes)).toEqual([
      "afghan-taliban",
      "afghanistan",
      "baloch-militant-groups",
      "infiltration-attempts",
      "pakistan",
      "ttp",
    ]);
    expect(sortedIds(inward.relationships)).toEqual([
      "afghan-taliban-governs-afghanistan",
      "baloch-militant-groups-operates-from-afghanistan",
      "infiltration-attempts-originated-from-afghanistan",
      "pakistan-borders-afghanistan",
      "ttp-operates-from-afghanistan",
    ]);
    const both = await neighbors({ id: "afghanistan", direction: "BOTH" });
    expect(sortedIds(both.nodes)).toEqual(
      [...new Set([...sortedIds(out.nodes), ...sortedIds(inward.nodes)])].sort(),
    );
    expect(sortedIds(both.relationships)).toEqual(
      [...new Set([...sortedIds(out.relationships), ...sortedIds(inward.relationships)])].sort(),
    );
    expect(both.relationships).toHaveLength(7);
    expect(await neighbors({ id: "afghanistan" })).toEqual(both); // BOTH is the default
  });

  it.each([
    ["pakistan", "afghanistan"],
    ["afghanistan", "pakistan"],
  ])("finds BORDERS (symmetric) from %s to %s whatever the direction", async (id, other) => {
    for (const direction of ["OUT", "IN", "BOTH"]) {
      const found = await neighbors({ id, types: ["BORDERS"], direction });
      expect({ direction, nodes: sortedIds(found.nodes) }).toEqual({
        direction,
        nodes: [id, other].sort(),
      });
      expect(found.relationships.map((r) => [r.id, r.from.id, r.to.id])).toEqual([
        ["pakistan-borders-afghanistan", "pakistan", "afghanistan"],
      ]);
    }
  });

  it("keeps only the kinds asked for (the start is always there)", async () => {
    const groups = await neighbors({ id: "afghanistan", kinds: ["ARMED_GROUP"] });
    expect(sortedIds(groups.nodes)).toEqual(["afghanistan", "baloch-militant-groups", "ttp"]);
    expect(groups.relationships.every((r) => r.type === "OPERATES_FROM")).toBe(true);
    // kinds also limits what a walk passes through: from ttp, two steps through countries and groups only
    const through = await neighbors({ id: "ttp", depth: 2, kinds: ["COUNTRY", "ARMED_GROUP"] });
    // (not the talks, delegations or government next to afghanistan and pakistan)
    expect(sortedIds(through.nodes)).toEqual([
      "afghanistan",
      "baloch-militant-groups",
      "pakistan",
      "qatar",
      "ttp",
      "turkey",
    ]);
    expect(sortedIds(through.relationships)).toEqual([
      "baloch-militant-groups-operates-from-afghanistan",
      "baloch-militant-groups-targets-pakistan",
      "pakistan-borders-afghanistan",
      "pakistan-designates-ttp",
      "qatar-endorses-pakistan",
      "ttp-operates-from-afghanistan",
      "ttp-targets-pakistan",
      "turkey-endorses-pakistan",
    ]);
  });

  it("reaches further at depth 2 than at depth 1, exactly the seeded two-step neighbourhood of ttp", async () => {
    const one = await neighbors({ id: "ttp", depth: 1 });
    expect(sortedIds(one.nodes)).toEqual(["afghanistan", "pakistan", "ttp"]);
    expect(sortedIds(one.relationships)).toEqual([
      "pakistan-designates-ttp",
      "ttp-operates-from-afghanistan",
      "ttp-targets-pakistan",
    ]);
    const two = await neighbors({ id: "ttp", depth: 2 });
    expect(sortedIds(two.nodes)).toEqual(
      [
        "afghan-taliban",
        "afghan-taliban-delegation",
        "afghanistan",
        "baloch-militant-groups",
        "doha-agreement",
        "infiltration-attempts",
        "islamabad",
        "ispr",
        "istanbul-talks",
        "istanbul-talks-sunday-session",
        "pakistan",
        "pakistan-military",
        "pakistani-delegation",
        "qatar",
        "ttp",
        "turkey",
      ].sort(),
    );
    // every relationship of afghanistan (7) and pakistan (18), the border counted once
    expect(two.relationships).toHaveLength(24);
    for (const r of two.relationships) {
      expect([r.from.id, r.to.id].some((id) => id === "afghanistan" || id === "pakistan")).toBe(true);
    }
  });

  it("keeps direction at every step: OUT from ttp reaches only what its outgoing chains reach", async () => {
    const out = await neighbors({ id: "ttp", direction: "OUT", depth: 2 });
    expect(sortedIds(out.nodes)).toEqual([
      "afghan-taliban",
      "afghan-taliban-delegation",
      "afghanistan",
      "doha-agreement",
      "istanbul-talks",
      "istanbul-talks-sunday-session",
      "pakistan",
      "ttp",
    ]);
    for (const r of out.relationships) {
      // every step leaves the entity it stands on, except along BORDERS (symmetric)
      expect(r.type === "BORDERS" || ["ttp", "afghanistan", "pakistan"].includes(r.from.id)).toBe(true);
    }
  });

  it("returns the entity alone when nothing matches", async () => {
    expect(await neighbors({ id: "kandahar", types: ["BORDERS"] })).toEqual({
      nodes: [{ id: "kandahar", kind: "PLACE" }],
      relationships: [],
    });
  });

  it("accepts depth 3 (the limit), reaching the whole seeded graph from pakistan", async () => {
    const three = await neighbors({ id: "pakistan", depth: 3 });
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
    expectBadInput(await query(NEIGHBORS, { id: "pakistan", depth }), "depth", message);
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
