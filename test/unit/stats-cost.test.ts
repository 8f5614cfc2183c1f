import { type GraphQLSchema, parse } from "graphql";
import { AGGREGATE_WEIGHTS, operationCost } from "../../src/graphql/cost/query-cost";
import { buildGraphqlSchema } from "../../src/graphql/schema";
import { NODE_KINDS, RELATIONSHIP_TYPES } from "../../src/model/registry";
import { QUERY_LIMITS } from "../../src/services/limits";

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildGraphqlSchema();
});

const cost = (query: string): number | undefined => operationCost(schema, parse(query), undefined, {});

describe("the cost of aggregates", () => {
  it("prices the graph's counts at their weight and one object per kind and type", () => {
    expect(cost("{ stats { entities } }")).toBe(1 + AGGREGATE_WEIGHTS.GraphStats! + 1);
    expect(cost("{ stats { entitiesByKind { count } relationshipsByType { count } } }")).toBe(
      1 + AGGREGATE_WEIGHTS.GraphStats! + 1 + NODE_KINDS.length + RELATIONSHIP_TYPES.length,
    );
  });

  it("prices an entity's stats at their weight, its lists at their first or the number of type directions", () => {
    const directions = RELATIONSHIP_TYPES.reduce((n, r) => n + (r.symmetric ? 1 : 2), 0);
    const weight = AGGREGATE_WEIGHTS.EntityStats!;
    expect(cost('{ entity(id: "ttp") { stats { complete } } }')).toBe(2 + weight + 1);
    expect(cost('{ entity(id: "ttp") { stats { byType { count } } } }')).toBe(2 + weight + 1 + directions);
    expect(cost('{ entity(id: "ttp") { stats { sources(first: 5) { source { id } } } } }')).toBe(
      2 + weight + 1 + 5 * 2,
    );
  });

  it("prices what a source supports at its weight once, and one object per type", () => {
    expect(cost('{ source(id: "s") { supports { citations } } }')).toBe(
      2 + AGGREGATE_WEIGHTS.SupportCount! + RELATIONSHIP_TYPES.length,
    );
  });

  it("lets a page of a hundred entities with their stats through, and not a nesting of them", () => {
    const page =
      "{ entities(first: 100) { edges { node { stats { byType { count } sources { sourceId } } } } } }";
    expect(cost(page)).toBeLessThanOrEqual(QUERY_LIMITS.COST_BUDGET);
    const nested =
      '{ entity(id: "ttp") { relationships(first: 100) { to { relationships(first: 100) { to { stats { complete } } } } } } }';
    expect(cost(nested)).toBeGreaterThan(QUERY_LIMITS.COST_BUDGET);
  });
});
