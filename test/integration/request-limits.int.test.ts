import type { Driver } from "neo4j-driver";
import type { RunningApp } from "../../src/index";
import { postGraphql, startTestApp } from "../helpers/app";
import { testDriver } from "../helpers/neo4j";

// One request, bounded work: one deadline for all its statements, a few connections at a time, and
// nothing more started once its client has gone.

const PREFIX = "request-limits-";
const NODES = 150;
const ALIASES = 40;

/** A dense web of borders, where a depth-3 neighbourhood is real work for Neo4j. */
async function createDenseFixture(driver: Driver): Promise<void> {
  await driver.executeQuery(
    `UNWIND range(1, $n) AS i
     CREATE (:Entity:Country {id: $prefix + i, name: 'Fixture country ' + i, aliases: []})`,
    { n: NODES, prefix: PREFIX },
  );
  await driver.executeQuery(
    `UNWIND range(1, $n) AS i
     UNWIND range(1, 12) AS k
     WITH i, (i * 7 + k * 13) % $n + 1 AS j WHERE i < j
     MATCH (a:Entity {id: $prefix + i}), (b:Entity {id: $prefix + j})
     MERGE (a)-[:BORDERS {id: $prefix + i + '-' + j, sourceIds: ['fixture'], quotes: ['fixture']}]->(b)`,
    { n: NODES, prefix: PREFIX },
  );
}

async function deleteFixture(driver: Driver): Promise<void> {
  await driver.executeQuery("MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n", {
    prefix: PREFIX,
  });
}

const neighbourhoods = (): string =>
  `{ ${Array.from({ length: ALIASES }, (_, i) => `n${i}: neighbors(id: "${PREFIX}${i + 1}", depth: 3) { truncated }`).join(" ")} }`;

describe("a request's Neo4j work", () => {
  let driver: Driver;
  const apps: RunningApp[] = [];
  const start = async (env: Record<string, string>): Promise<RunningApp> => {
    const app = await startTestApp(env);
    apps.push(app);
    return app;
  };

  beforeAll(async () => {
    driver = testDriver();
    await deleteFixture(driver);
    await createDenseFixture(driver);
  }, 60_000);
  afterAll(async () => {
    await Promise.all(apps.map((a) => a.stop()));
    await deleteFixture(driver);
    await driver.close();
  }, 60_000);

  it("stops at one deadline for all its statements, not one timeout each", async () => {
    const app = await start({ REQUEST_TIMEOUT_MS: "300", REQUEST_MAX_CONNECTIONS: "1" });
    const before = app.executor.statementsRun;
    const response = await postGraphql(app.url, neighbourhoods());
    const started = app.executor.statementsRun - before;
    const timedOut = (response.errors ?? []).filter((e) => e.extensions?.code === "QUERY_TIMEOUT");
    expect(timedOut.length).toBeGreaterThan(0);
    for (const error of timedOut) {
      expect(error.message).toBe("the request ran past its deadline of 0.3 s and was stopped");
    }
    expect(response.errors?.filter((e) => e.extensions?.code !== "QUERY_TIMEOUT")).toEqual([]);
    // neighbors is non-null, so the first timeout ends the answer; the work queued behind it never
    // reaches Neo4j, then or later.
    expect(response.data ?? null).toBeNull();
    expect(started).toBeLessThan(ALIASES);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(app.executor.statementsRun - before).toBe(started);
  }, 60_000);

  it("answers every part when the deadline allows, a few statements at a time", async () => {
    const app = await start({ REQUEST_MAX_CONNECTIONS: "2" });
    const response = await postGraphql<Record<string, { truncated: boolean }>>(app.url, neighbourhoods());
    expect(response.errors).toBeUndefined();
    expect(Object.keys(response.data!)).toHaveLength(ALIASES);
  }, 120_000);

  it("starts nothing more once the client has gone", async () => {
    const app = await start({ REQUEST_MAX_CONNECTIONS: "1" });
    const gone = new AbortController();
    const before = app.executor.statementsRun;
    const sent = fetch(app.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: neighbourhoods() }),
      signal: gone.signal,
    }).catch((error: unknown) => error);
    // Wait until the request is under way in Neo4j, then leave.
    while (app.executor.statementsRun === before) await new Promise((resolve) => setTimeout(resolve, 5));
    gone.abort();
    expect(await sent).toMatchObject({ name: "AbortError" });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const afterLeaving = app.executor.statementsRun;
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(app.executor.statementsRun).toBe(afterLeaving);
    expect(afterLeaving - before).toBeLessThan(ALIASES);
    // The service itself is unaffected.
    const next = await postGraphql(app.url, `{ entity(id: "${PREFIX}1") { id } }`);
    expect(next.data).toEqual({ entity: { id: `${PREFIX}1` } });
  }, 60_000);
});
