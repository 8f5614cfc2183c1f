import { type GraphQLSchema, parse } from "graphql";
import { operationCost } from "../../src/graphql/cost/query-cost";
import { buildGraphqlSchema } from "../../src/graphql/schema";
import { evidenceFilter } from "../../src/services/evidence-filter";
import { runtimeStatements } from "../helpers/runtime-statements";

describe("evidenceFilter", () => {
  it("is null when it keeps every relationship, so the statements skip it", () => {
    expect(evidenceFilter(null)).toBeNull();
    expect(evidenceFilter({})).toBeNull();
    expect(evidenceFilter({ claimants: [], excludeContested: false, minSources: null })).toBeNull();
  });

  it("lower-cases and sorts claimants, and reads asOf as a range of one date", () => {
    expect(
      evidenceFilter({ claimants: ["Pakistan", " a Security Source", "pakistan"], asOf: "2025-10-24" }),
    ).toEqual({
      minSources: null,
      claimants: ["a security source", "pakistan"],
      excludeClaimants: null,
      excludeContested: false,
      excludeReference: false,
      from: "2025-10-24",
      to: "2025-10-24",
    });
  });

  it("accepts a range whose ends differ only in precision", () => {
    expect(evidenceFilter({ from: "2025-10-24", to: "2025-10" })).toMatchObject({
      from: "2025-10-24",
      to: "2025-10",
    });
  });
});

describe("the evidence predicate in the statements", () => {
  const carrying = runtimeStatements()
    .filter((s) => s.text.includes("$evidence"))
    .map((s) => s.name);

  it("is in every traversal statement and every read of an entity's relationships", () => {
    for (const prefix of [
      "neighbors",
      "subgraph",
      "relationshipsAmong",
      "shortestPath",
      "paths",
      "relationshipsOf",
    ]) {
      const names = runtimeStatements()
        .map((s) => s.name)
        // Depth 0 takes no step: its relationships come from relationshipsAmong.
        .filter((n) => n.startsWith(prefix) && n !== "subgraph0");
      expect({ prefix, missing: names.filter((n) => !carrying.includes(n)) }).toEqual({
        prefix,
        missing: [],
      });
      expect(names.length).toBeGreaterThan(0);
    }
    expect(carrying).toContain("relationshipsBetween");
  });

  it("is the same text wherever it appears, short-circuited by a null filter", () => {
    const predicates = new Set(
      runtimeStatements()
        .filter((s) => carrying.includes(s.name))
        .map((s) => /\(\$evidence IS NULL OR \([\s\S]*?\n\s*\)\)/.exec(s.text)?.[0]),
    );
    expect(predicates.size).toBe(1);
    expect([...predicates][0]).toMatch(/^\(\$evidence IS NULL OR /);
  });
});

describe("the cost of a filtered traversal", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildGraphqlSchema();
  });
  const cost = (query: string): number | undefined => operationCost(schema, parse(query), undefined, {});

  it.each([
    ['neighbors(id: "ttp", depth: 2', ") { nodes { id } relationships { id } }"],
    ['paths(from: "qatar", to: "ttp", maxHops: 3', ") { nodes { id } }"],
    ['shortestPath(from: "qatar", to: "ttp"', ") { nodes { id } }"],
    ['subgraph(ids: ["ttp"], depth: 1', ") { nodes { id } }"],
    ['relationshipsBetween(a: "ttp", b: "pakistan"', ") { id }"],
    ['entity(id: "ttp") { relationships(first: 10', ") { id } }"],
  ])("is the unfiltered cost: %s", (head, tail) => {
    const plain = cost(`{ ${head}${tail} }`)!;
    const filtered = cost(`{ ${head}, evidence: { minSources: 2, excludeContested: true }${tail} }`)!;
    expect(plain).toBeGreaterThan(1);
    expect(filtered).toBe(plain);
  });
});
