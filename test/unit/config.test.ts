import { ConfigError, loadConfig } from "../../src/config";

describe("loadConfig", () => {
  it("fills documented defaults from an empty environment", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      nodeEnv: "development",
      neo4jUri: undefined,
      localNeo4jPort: 7687,
      localNeo4jData: ".data/neo4j",
      introspection: true,
      editorTokens: [],
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it("treats a blank NEO4J_URI as unset, so the local Neo4j is used", () => {
    expect(loadConfig({ NEO4J_URI: "  " }).neo4jUri).toBeUndefined();
  });

  it("turns introspection off in production unless asked for", () => {
    expect(loadConfig({ NODE_ENV: "production" }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: "production", GRAPHQL_INTROSPECTION: "true" }).introspection).toBe(true);
  });

  it("serves the pages where introspection is on, unless GRAPHQL_PAGES says otherwise", () => {
    expect(loadConfig({}).pages).toBe(true);
    expect(loadConfig({ NODE_ENV: "production" }).pages).toBe(false);
    expect(loadConfig({ NODE_ENV: "production", GRAPHQL_INTROSPECTION: "true" }).pages).toBe(true);
    expect(loadConfig({ NODE_ENV: "production", GRAPHQL_PAGES: "true" }).pages).toBe(true);
    expect(loadConfig({ GRAPHQL_PAGES: "false" }).pages).toBe(false);
  });

  it("gives seeding its own transaction timeout and lock wait, apart from a request's deadline", () => {
    expect(loadConfig({}).seed).toEqual({ transactionTimeoutMs: 300_000, lockWaitMs: 900_000 });
    expect(loadConfig({}).request.timeoutMs).toBe(15_000);
    expect(loadConfig({ SEED_TX_TIMEOUT_MS: "2000", SEED_LOCK_WAIT_MS: "1000" }).seed).toEqual({
      transactionTimeoutMs: 2000,
      lockWaitMs: 1000,
    });
  });

  it("splits editor tokens on commas", () => {
    expect(loadConfig({ EDITOR_TOKENS: "a, b,,c" }).editorTokens).toEqual(["a", "b", "c"]);
  });

  it.each([
    [{ PORT: "http" }, /PORT/],
    [{ PORT: "70000" }, /PORT/],
    [{ NEO4J_URI: "http://localhost:7474" }, /NEO4J_URI must be a Bolt URI/],
    [{ NODE_ENV: "staging" }, /NODE_ENV/],
    [{ LOCAL_NEO4J_PORT: "-1" }, /LOCAL_NEO4J_PORT/],
    [{ SEED_TX_TIMEOUT_MS: "50" }, /SEED_TX_TIMEOUT_MS/],
    [{ SEED_LOCK_WAIT_MS: "soon" }, /SEED_LOCK_WAIT_MS/],
    [{ SEED_LOCK_WAIT_MS: "0" }, /SEED_LOCK_WAIT_MS/],
  ])("rejects %j with a message naming the variable", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
