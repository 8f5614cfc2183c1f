import { type GraphQLSchema, parse } from "graphql";
import { operationCost } from "../../src/graphql/cost/query-cost";
import { buildGraphqlSchema } from "../../src/graphql/schema";
import { LIMITS, QUERY_LIMITS } from "../../src/services/limits";
import { readmeExamples } from "../helpers/readme";

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildGraphqlSchema();
});

const cost = (query: string, variables: Record<string, unknown> = {}): number | undefined =>
  operationCost(schema, parse(query), undefined, variables);

/** `relationships(first: n) { to { ... } }` nested `levels` deep under entity: the nesting bomb. */
function nested(levels: number, first = 100): string {
  let inner = "id";
  for (let i = 0; i < levels; i += 1) inner = `relationships(first: ${first}) { type to { ${inner} } }`;
  return `{ entity(id: "pakistan") { ${inner} } }`;
}

describe("operationCost", () => {
  it("costs one object per entity and nothing for scalars", () => {
    expect(cost('{ entity(id: "ttp") { id name aliases kind } }')).toBe(2);
  });

  it("multiplies a list's selection by its first", () => {
    const one = cost('{ entity(id: "ttp") { relationships(first: 1) { id to { id } } } }')!;
    const ten = cost('{ entity(id: "ttp") { relationships(first: 10) { id to { id } } } }')!;
    // entity (1 + 1 for the root) + first × (relationship + its `to`)
    expect(one).toBe(2 + 1 * 2);
    expect(ten).toBe(2 + 10 * 2);
  });

  it("multiplies a connection's page by its first", () => {
    const page = (n: number) =>
      cost(`{ entities(first: ${n}) { edges { node { id relationships(first: 5) { id } } } } }`)!;
    // root weight 1 + first × (connection + edge + node + 5 relationships)
    expect(page(1)).toBe(1 + 1 * (1 + 1 + 1 + 5));
    expect(page(20)).toBe(1 + 20 * (1 + 1 + 1 + 5));
  });

  it("costs a first past its limit at the limit, so the argument error names first instead", () => {
    const atLimit = cost(`{ entities(first: ${LIMITS.FIRST_MAX}) { edges { node { id } } } }`);
    expect(cost("{ entities(first: 1000000) { edges { node { id } } } }")).toBe(atLimit);
  });

  it("takes first from variables and from the schema's default", () => {
    const query = 'query ($n: Int) { search(text: "ttp", first: $n) { entity { id } } }';
    expect(cost(query, { n: 3 })).toBe(10 + 3 * 2);
    expect(cost('{ search(text: "ttp") { entity { id } } }')).toBe(10 + 10 * 2);
  });

  it("prices first: null as the default page the resolver then returns, so nulls cannot nest past the budget", () => {
    const nulls = (levels: number): string => nested(levels).replaceAll("first: 100", "first: null");
    const defaults = (levels: number): string => nested(levels).replaceAll("(first: 100)", "");
    for (const levels of [1, 2, 4, 6]) expect(cost(nulls(levels))).toBe(cost(defaults(levels)));
    expect(cost(nulls(1))).toBeGreaterThan(cost(nested(1, 1))!);
    expect(cost(nulls(4))).toBeGreaterThan(QUERY_LIMITS.COST_BUDGET);
    const query = 'query ($n: Int) { search(text: "ttp", first: $n) { entity { id } } }';
    expect(cost(query, { n: null })).toBe(cost('{ search(text: "ttp") { entity { id } } }'));
  });

  it("prices depth: null and maxHops: null as their defaults", () => {
    expect(cost('{ neighbors(id: "ttp", depth: null) { truncated } }')).toBe(
      cost('{ neighbors(id: "ttp") { truncated } }'),
    );
    expect(cost('{ paths(from: "a", to: "b", maxHops: null) { length } }')).toBe(
      cost('{ paths(from: "a", to: "b") { length } }'),
    );
  });

  it("prices a source's text by the most it may hold, so pages of texts do not fit the budget", () => {
    const oneText = cost('{ source(id: "istanbul-talks-report") { id text } }')!;
    const noText = cost('{ source(id: "istanbul-talks-report") { id } }')!;
    expect(oneText - noText).toBe(Math.ceil(LIMITS.SOURCE_TEXT_MAX / 100));
    expect(oneText).toBeLessThanOrEqual(QUERY_LIMITS.COST_BUDGET / 4);
    const page = '{ source(id: "x") { citations(first: 100) { quote source { text } } } }';
    expect(cost(page)).toBeGreaterThan(QUERY_LIMITS.COST_BUDGET);
    // Ten sources' texts at the most they hold: about 3 MB of text, within the budget.
    const ten = Array.from({ length: 10 }, (_, i) => `s${i}: source(id: "s${i}") { text }`).join(" ");
    expect(cost(`{ ${ten} }`)).toBeLessThanOrEqual(QUERY_LIMITS.COST_BUDGET);
  });

  it("counts every alias", () => {
    const aliases = Array.from({ length: 7 }, (_, i) => `e${i}: entity(id: "ttp") { id }`).join(" ");
    expect(cost(`{ ${aliases} }`)).toBe(7 * 2);
  });

  it("weighs traversals by depth and hops", () => {
    const depth1 = cost('{ neighbors(id: "ttp", depth: 1) { truncated } }')!;
    const depth3 = cost('{ neighbors(id: "ttp", depth: 3) { truncated } }')!;
    expect(depth3).toBeGreaterThan(depth1);
    const hops2 = cost('{ paths(from: "a", to: "b", maxHops: 2) { length } }')!;
    const hops10 = cost('{ paths(from: "a", to: "b", maxHops: 10) { length } }')!;
    expect(hops10).toBeGreaterThan(hops2);
  });

  it("prices a neighbourhood's nodes and relationships at their caps, each separately", () => {
    const nodes = cost('{ neighbors(id: "ttp", depth: 2) { nodes { id } } }')!;
    const both = cost('{ neighbors(id: "ttp", depth: 2) { nodes { id } relationships { id } } }')!;
    // root weight 20 per level + the subgraph + its nodes at the cap
    expect(nodes).toBe(20 * 2 + 1 + LIMITS.SUBGRAPH_NODES_MAX);
    expect(both - nodes).toBe(LIMITS.SUBGRAPH_RELATIONSHIPS_MAX);
  });

  it("costs introspection nothing", () => {
    expect(cost("{ __schema { types { name fields { name type { name ofType { name } } } } } }")).toBe(0);
  });

  it("prices the nesting bomb far past the budget, from two levels of 100 on", () => {
    expect(cost(nested(1))).toBeLessThan(QUERY_LIMITS.COST_BUDGET);
    expect(cost(nested(3))).toBeGreaterThan(QUERY_LIMITS.COST_BUDGET);
    expect(cost(nested(5))).toBeGreaterThan(QUERY_LIMITS.COST_BUDGET * 1000);
  });

  it("leaves every README example a quarter of the budget or less", () => {
    const examples = readmeExamples();
    expect(examples.length).toBeGreaterThanOrEqual(4);
    for (const { query } of examples) expect(cost(query)).toBeLessThanOrEqual(QUERY_LIMITS.COST_BUDGET / 4);
  });

  it("fits the analyst's usual questions within the budget", () => {
    const questions = [
      // an entity with all its relationships, their other ends and their evidence
      '{ entity(id: "pakistan") { name relationships(first: 50) { type from { id name } to { id name } sources { quote source { title } } } } }',
      // a page of entities with their relationships and both ends
      "{ entities(first: 20) { edges { node { id relationships(first: 50) { type from { id } to { id } } } } } }",
      // a search with each hit's neighbourhood
      '{ search(text: "taliban") { score entity { id name relationships(first: 20) { type to { id name } } } } }',
      // a two-hop neighbourhood drawn with its evidence
      '{ neighbors(id: "ttp", depth: 2) { nodes { id name kind } relationships { id type from { id } to { id } sources { quote } } } }',
      // the longest paths question
      '{ paths(from: "qatar", to: "ttp", maxHops: 10, first: 50) { nodes { id name } relationships { type from { id } to { id } } } }',
    ];
    for (const q of questions) expect(cost(q)).toBeLessThanOrEqual(QUERY_LIMITS.COST_BUDGET);
  });

  it("leaves variables that do not fit their types to execution (undefined)", () => {
    expect(cost('query ($n: Int) { search(text: "x", first: $n) { score } }', { n: "many" })).toBeUndefined();
  });
});
