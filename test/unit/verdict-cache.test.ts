import { type DocumentNode, GraphQLError, type GraphQLSchema, parse } from "graphql";
import type { GraphQLRequestContextDidResolveOperation } from "@apollo/server";
import { queryLimitsPlugin } from "../../src/graphql/cost/query-limits.plugin";
import { VerdictCache } from "../../src/graphql/cost/verdict-cache";
import { buildGraphqlSchema } from "../../src/graphql/schema";

describe("VerdictCache", () => {
  const document = parse("{ a }");

  it("measures a document's shape once and each set of variables once", () => {
    const cache = new VerdictCache<string, number>();
    let shapes = 0;
    let costs = 0;
    for (let i = 0; i < 3; i += 1) {
      expect(cache.shape(document, () => `shape ${++shapes}`)).toBe("shape 1");
      expect(cache.cost(document, "x", () => ++costs)).toBe(1);
      expect(cache.cost(document, "y", () => ++costs * 10)).toBe(20);
    }
    expect([shapes, costs]).toEqual([1, 2]);
  });

  it("forgets the least recently used set of variables past its bound", () => {
    const cache = new VerdictCache<string, string>(2);
    cache.cost(document, "a", () => "a1");
    cache.cost(document, "b", () => "b1");
    cache.cost(document, "a", () => "a2");
    cache.cost(document, "c", () => "c1");
    // b was the least recently used: measured again; a was kept.
    expect(cache.cost(document, "b", () => "b2")).toBe("b2");
    expect(cache.cost(document, "c", () => "c2")).toBe("c1");
    expect(cache.cost(document, "a", () => "a3")).toBe("a3");
  });
});

describe("query limits on a query asked again", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildGraphqlSchema();
  });

  /** Runs the plugin's check as Apollo does; returns the refusal's code and message, or "allowed". */
  async function check(
    plugin: ReturnType<typeof queryLimitsPlugin>,
    document: DocumentNode,
    variables: Record<string, unknown>,
  ): Promise<string> {
    const listener = await plugin.requestDidStart!({} as never);
    const operation = document.definitions[0] as never;
    try {
      await listener!.didResolveOperation!({
        schema,
        document,
        operation,
        operationName: null,
        request: { variables },
      } as unknown as GraphQLRequestContextDidResolveOperation<never>);
      return "allowed";
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      return `${String(error.extensions.code)}: ${error.message}`;
    }
  }

  it("costs the same document anew for other variables", async () => {
    const plugin = queryLimitsPlugin({ costBudget: 500, maxDepth: 15, maxAliases: 50 });
    const document = parse(
      'query ($n: Int) { entity(id: "ttp") { relationships(first: $n) { to { relationships(first: $n) { id } } } } }',
    );
    expect(await check(plugin, document, { n: 5 })).toBe("allowed");
    expect(await check(plugin, document, { n: 30 })).toMatch(
      /^QUERY_TOO_COMPLEX: query too complex: its cost is \d+ and the budget is 500/,
    );
    expect(await check(plugin, document, { n: 5 })).toBe("allowed");
    expect(await check(plugin, document, { n: 30 })).toMatch(/its cost is \d+ and the budget is 500/);
  });

  it("refuses a document past the depth limit every time it is asked", async () => {
    const plugin = queryLimitsPlugin({ costBudget: 50_000, maxDepth: 3, maxAliases: 50 });
    const document = parse('{ entity(id: "ttp") { relationships { to { relationships { id } } } } }');
    const first = await check(plugin, document, {});
    expect(first).toMatch(
      /^QUERY_TOO_COMPLEX: query too complex: its fields nest \d+ deep and the limit is 3/,
    );
    expect(await check(plugin, document, {})).toBe(first);
  });
});
