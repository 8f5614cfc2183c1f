import { type GraphQLSchema, parse } from "graphql";
import { operationCost } from "../../src/graphql/cost/query-cost";
import { buildGraphqlSchema } from "../../src/graphql/schema";
import { LIMITS } from "../../src/services/limits";

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildGraphqlSchema();
});

const cost = (query: string): number => operationCost(schema, parse(query), undefined, {})!;

describe("the cost of explanations", () => {
  const betweenBase = () => cost('{ relationshipsBetween(a: "ttp", b: "pakistan") { id } }');
  const pathsBase = () => cost('{ paths(from: "qatar", to: "ttp", maxHops: 2, first: 1) { length } }');

  it("prices a relationship's explanation at one step that reads its citation and source", () => {
    const explained = cost('{ relationshipsBetween(a: "ttp", b: "pakistan") { id explanation { text } } }');
    // each of the 100 relationships: its explanation (1) + its step's citation and source, read whatever is selected (2)
    expect(explained - betweenBase()).toBe(LIMITS.FIRST_MAX * 3);
    const withSource = cost(
      '{ relationshipsBetween(a: "ttp", b: "pakistan") { id explanation { steps { quote source { title } } } } }',
    );
    expect(withSource - betweenBase()).toBe(LIMITS.FIRST_MAX * (3 + 2));
  });

  it("prices a path's explanation at a step per hop the longest path may have", () => {
    const explained = cost(
      '{ paths(from: "qatar", to: "ttp", maxHops: 2, first: 1) { explanation { text } } }',
    );
    expect(explained - pathsBase()).toBe(1 + LIMITS.MAX_HOPS_MAX * 2);
    // each step costs its object and its source on top of its reads
    const withSource = cost(
      '{ paths(from: "qatar", to: "ttp", maxHops: 2, first: 1) { explanation { steps { source { id } } } } }',
    );
    expect(withSource - pathsBase()).toBe(1 + LIMITS.MAX_HOPS_MAX * (2 + 2));
  });
});
