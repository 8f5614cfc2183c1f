import type { RunningApp } from "../../src/index";
import { postGraphql, startTestApp } from "../helpers/app";
import { testUri } from "../helpers/neo4j";

describe("in production", () => {
  let production: RunningApp;
  beforeAll(async () => {
    production = await startTestApp({ NODE_ENV: "production" });
  });
  afterAll(async () => {
    await production.stop();
  });

  it("turns introspection off and does not serve Sandbox", async () => {
    const introspection = await postGraphql(production.url, "{ __schema { queryType { name } } }");
    expect(introspection.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const page = await (await fetch(production.url, { headers: { accept: "text/html" } })).text();
    expect(page).not.toContain("new window.EmbeddedSandbox(");
  });

  it("can have introspection turned back on by configuration", async () => {
    const open = await startTestApp({ NODE_ENV: "production", GRAPHQL_INTROSPECTION: "true" });
    try {
      const introspection = await postGraphql(open.url, "{ __schema { queryType { name } } }");
      expect(introspection.errors).toBeUndefined();
    } finally {
      await open.stop();
    }
  });
});

describe("the HTTP server", () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.stop();
  });

  it("answers a GraphQL request over HTTP with the Neo4j version read over Bolt", async () => {
    const response = await postGraphql<{
      serverInfo: { apiVersion: string; database: Record<string, string> };
    }>(app.url, "{ serverInfo { apiVersion database { name version edition } } }");
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data?.serverInfo.database.name).toBe("Neo4j Kernel");
    expect(response.data?.serverInfo.database.version).toMatch(/^5\.26\.\d+$/);
    expect(response.data?.serverInfo.apiVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("reports /health and /ready", async () => {
    const base = app.url.replace("/graphql", "");
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  it("keeps /ready at 503 when Bolt connects but a read fails, with the reason", async () => {
    // Connecting to a database that does not exist succeeds; only a read finds out.
    const missing = await startTestApp({ NEO4J_DATABASE: "no-such-database" });
    try {
      const ready = await fetch(missing.url.replace("/graphql", "/ready"));
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({
        status: "unavailable",
        reason: `Neo4j at ${testUri()}: Graph not found: no-such-database; check NEO4J_DATABASE`,
      });
    } finally {
      await missing.stop();
    }
  });

  it("answers unknown routes with 404 and points at /graphql", async () => {
    const base = app.url.replace("/graphql", "");
    const response = await fetch(`${base}/nope`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: string }).error).toContain("/graphql");
  });

  it("refuses a body that is not JSON with 400 and a code", async () => {
    const response = await fetch(app.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe("BAD_REQUEST");
  });

  it("serves Apollo Sandbox as the landing page in development, with introspection on", async () => {
    const page = await fetch(app.url, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("new window.EmbeddedSandbox(");
    const introspection = await postGraphql<{ __schema: { queryType: { name: string } } }>(
      app.url,
      "{ __schema { queryType { name } } }",
    );
    expect(introspection.data?.__schema.queryType.name).toBe("Query");
  });

  it("rejects a query for a field that does not exist with GRAPHQL_VALIDATION_FAILED", async () => {
    const response = await postGraphql(app.url, "{ nothingHere }");
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});
