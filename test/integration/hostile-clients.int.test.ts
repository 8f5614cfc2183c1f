import os from "node:os";
import type { RunningApp } from "../../src/index";
import { MAX_BODY_BYTES } from "../../src/http/graphql-handler";
import { QUERY_LIMITS } from "../../src/services/limits";
import { type GraphqlResponse, postGraphql, startTestApp } from "../helpers/app";
import { snapshotGraph } from "../helpers/neo4j";
import { useSeededApp } from "../helpers/api";

// What a hostile client sends, and what it gets: refusals before any Cypher runs, nothing written,
// and /health answering throughout.

/** `relationships(first: 100) { to { ... } }` nested `levels` deep under one entity. */
function nestingBomb(levels: number, first = "100"): string {
  let inner = "id";
  for (let i = 0; i < levels; i += 1) inner = `relationships(first: ${first}) { type to { ${inner} } }`;
  return `{ entity(id: "esteria") { ${inner} } }`;
}

const aliasesOf = (n: number, field: string): string =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(" ")} }`;

function expectTooComplex(response: GraphqlResponse, extensions: Record<string, unknown>): string {
  expect(response.status).toBe(400);
  expect(response.data ?? null).toBeNull();
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0]!.extensions).toEqual({ code: "QUERY_TOO_COMPLEX", ...extensions });
  return response.errors![0]!.message;
}

describe("a hostile client", () => {
  const ctx = useSeededApp();

  /** Sends `send()` while polling /health; returns the response, Cypher statements run, and /health answers. */
  async function whileWatchingHealth<T>(
    send: () => Promise<T>,
  ): Promise<{ response: T; statements: number; healthy: number }> {
    const health = ctx.app.url.replace("/graphql", "/health");
    const before = ctx.app.executor.statementsRun;
    let healthy = 0;
    let done = false;
    const poll = (async () => {
      do {
        if ((await fetch(health)).status === 200) healthy += 1;
      } while (!done);
    })();
    let response: T;
    try {
      response = await send();
    } finally {
      done = true;
      await poll;
    }
    // healthy is read once the poll has ended: a refusal can come back before the first /health answer.
    return { response, statements: ctx.app.executor.statementsRun - before, healthy };
  }

  it("has the nesting bomb 5 levels deep refused before any Cypher runs, with its cost and the budget", async () => {
    const { response, statements, healthy } = await whileWatchingHealth(() =>
      postGraphql(ctx.app.url, nestingBomb(5)),
    );
    const cost = Number(response.errors?.[0]?.extensions?.cost);
    const message = expectTooComplex(response, { cost, budget: QUERY_LIMITS.COST_BUDGET });
    expect(cost).toBeGreaterThan(100 ** 5);
    expect(message).toBe(
      `query too complex: its cost is ${cost} and the budget is ${QUERY_LIMITS.COST_BUDGET}; each list multiplies the cost of its selection by its \`first\`, so ask for smaller pages or fewer nested lists`,
    );
    expect(statements).toBe(0);
    expect(healthy).toBeGreaterThanOrEqual(1);
    expect(await snapshotGraph(ctx.driver)).toBe(ctx.snapshot);
  }, 30_000);

  it("has the nesting bomb with first: null refused before any Cypher runs: a null page is the default page", async () => {
    const { response, statements } = await whileWatchingHealth(() =>
      postGraphql(ctx.app.url, nestingBomb(4, "null")),
    );
    const cost = Number(response.errors?.[0]?.extensions?.cost);
    expectTooComplex(response, { cost, budget: QUERY_LIMITS.COST_BUDGET });
    expect(cost).toBeGreaterThan(QUERY_LIMITS.COST_BUDGET);
    expect(statements).toBe(0);
    expect(await snapshotGraph(ctx.driver)).toBe(ctx.snapshot);
  }, 30_000);

  it("has the nesting bomb 10 levels deep refused for its depth before any Cypher runs", async () => {
    const { response, statements, healthy } = await whileWatchingHealth(() =>
      postGraphql(ctx.app.url, nestingBomb(10)),
    );
    // entity, then relationships and to at each level, then id
    expectTooComplex(response, { depth: 1 + 2 * 10 + 1, maxDepth: QUERY_LIMITS.DEPTH_MAX });
    expect(statements).toBe(0);
    expect(healthy).toBeGreaterThanOrEqual(1);
    expect(await snapshotGraph(ctx.driver)).toBe(ctx.snapshot);
  }, 30_000);

  it("has 1,000 aliases of entity refused before any Cypher runs", async () => {
    const { response, statements } = await whileWatchingHealth(() =>
      postGraphql(ctx.app.url, aliasesOf(1000, 'entity(id: "esteria") { id }')),
    );
    const message = expectTooComplex(response, { aliases: 1000, maxAliases: QUERY_LIMITS.ALIASES_MAX });
    expect(message).toBe(
      `query too complex: it has 1000 aliases and the limit is ${QUERY_LIMITS.ALIASES_MAX}`,
    );
    expect(statements).toBe(0);
  }, 30_000);

  it("has one alias past the limit refused", async () => {
    const aliases = QUERY_LIMITS.ALIASES_MAX + 1;
    const { response, statements } = await whileWatchingHealth(() =>
      postGraphql(ctx.app.url, aliasesOf(aliases, 'entity(id: "esteria") { id }')),
    );
    expectTooComplex(response, { aliases, maxAliases: QUERY_LIMITS.ALIASES_MAX });
    expect(statements).toBe(0);
  }, 30_000);

  it("gets aliases up to the limit answered, every one of them, through the request's few connections", async () => {
    const response = await postGraphql<Record<string, { id: string }>>(
      ctx.app.url,
      aliasesOf(QUERY_LIMITS.ALIASES_MAX, 'relationshipsBetween(a: "esteria", b: "valoria") { id }'),
    );
    expect(response.errors).toBeUndefined();
    const answers = Object.values(response.data!);
    expect(answers).toHaveLength(QUERY_LIMITS.ALIASES_MAX);
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
  }, 30_000);

  it("answers fields nested exactly to the depth limit, and refuses one level more", async () => {
    /** entity, `levels` × (relationships, to), then `innermost`. */
    const chain = (levels: number, innermost: string): string => {
      let inner = innermost;
      for (let i = 0; i < levels; i += 1) inner = `relationships(first: 1) { to { ${inner} } }`;
      return `{ entity(id: "esteria") { ${inner} } }`;
    };
    const atLimit = await postGraphql(ctx.app.url, chain(6, "relationships(first: 1) { id }"));
    expect(atLimit.errors).toBeUndefined();
    const depth = QUERY_LIMITS.DEPTH_MAX + 1;
    const message = expectTooComplex(await postGraphql(ctx.app.url, chain(7, "id")), {
      depth,
      maxDepth: QUERY_LIMITS.DEPTH_MAX,
    });
    expect(message).toBe(
      `query too complex: its fields nest ${depth} deep and the limit is ${QUERY_LIMITS.DEPTH_MAX}`,
    );
  }, 30_000);

  it("has a subscription refused as a bad request, not an internal error", async () => {
    const response = await postGraphql(ctx.app.url, 'subscription { entity(id: "northern-front") { id } }');
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: "subscription operations are not supported: send a query or a mutation",
        extensions: { code: "BAD_REQUEST" },
      }),
    ]);
  }, 30_000);

  it("gets 413 with a JSON body for a request body past the limit, and the server keeps serving", async () => {
    const padding = "x".repeat(MAX_BODY_BYTES + 1);
    const response = await fetch(ctx.app.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ serverInfo { apiVersion } } # ${padding}` }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: `request body exceeds ${MAX_BODY_BYTES} bytes`,
          extensions: { code: "PAYLOAD_TOO_LARGE" },
        },
      ],
    });
    const after = await postGraphql(ctx.app.url, '{ entity(id: "northern-front") { id } }');
    expect(after.data).toEqual({ entity: { id: "northern-front" } });
  }, 30_000);
});

describe("a configured cost budget", () => {
  const query = '{ entity(id: "northern-front") { id relationships(first: 3) { id to { id } } } }';
  // entity (1 for the root + 1) + 3 × (relationship + its other end)
  const cost = 2 + 3 * 2;
  const apps: RunningApp[] = [];
  afterAll(async () => {
    await Promise.all(apps.map((a) => a.stop()));
  });

  it("answers an operation that costs exactly the budget, and refuses one that costs one more", async () => {
    const atBudget = await startTestApp({ QUERY_COST_BUDGET: String(cost) });
    apps.push(atBudget);
    const answered = await postGraphql<{ entity: { relationships: unknown[] } }>(atBudget.url, query);
    expect(answered.errors).toBeUndefined();
    expect(answered.data?.entity.relationships).toHaveLength(3);

    const below = await startTestApp({ QUERY_COST_BUDGET: String(cost - 1) });
    apps.push(below);
    const before = below.executor.statementsRun;
    expectTooComplex(await postGraphql(below.url, query), { cost, budget: cost - 1 });
    expect(below.executor.statementsRun).toBe(before);
  }, 60_000);
});

describe("in production", () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ NODE_ENV: "production" });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("does not suggest field names, which would reveal the schema introspection hides", async () => {
    const response = await postGraphql(app.url, '{ entiti(id: "northern-front") { id } }');
    expect(response.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(response.errors?.[0]?.message).not.toMatch(/Did you mean/);
  }, 30_000);
});

describe("where the server listens", () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ HOST: "" });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("is loopback unless HOST says otherwise: another interface's address is refused", async () => {
    expect((await fetch(app.url.replace("/graphql", "/health"))).status).toBe(200);
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((a) => a && a.family === "IPv4" && !a.internal);
    if (external) {
      const elsewhere = `http://${external.address}:${app.port}/health`;
      await expect(fetch(elsewhere, { signal: AbortSignal.timeout(5_000) })).rejects.toThrow();
    }
  }, 30_000);
});
