import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import pino from "pino";
import { loadConfig } from "../../src/config";
import {
  type LocalNeo4j,
  STARTUP_TIMEOUT_MS,
  STOP_TIMEOUT_MS,
  startLocalNeo4j,
} from "../../src/graph/local/local-neo4j";
import { freePort } from "../../src/graph/local/port";
import { type RunningApp, describeStartupError, startApp } from "../../src/index";
import { postGraphql } from "../helpers/app";

/** A refused connection is reported at once; the rest is the HTTP round trip on a busy machine. */
const READY_ANSWER_BOUND_MS = 3_000;

/** A cold Neo4j plans its first query slowly on a saturated machine. */
const READY_RETURN_BOUND_MS = 30_000;

/** Polls /ready until 200; the last body (with its reason) otherwise. */
async function readyWithin(url: string, timeoutMs: number): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(url);
    const body: unknown = await response.json();
    if (response.status === 200 || Date.now() > deadline) return body;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** A second, private Neo4j: these tests stop and restart it. */
describe("the local Neo4j launcher", () => {
  let tempDir: string;
  let dataDir: string;
  let port: number;
  let db: LocalNeo4j | undefined;

  beforeAll(async () => {
    tempDir = mkdtempSync(path.join(os.tmpdir(), "launcher-"));
    dataDir = path.join(tempDir, "neo4j");
    port = await freePort();
    db = await startLocalNeo4j({ port, dataDir });
  }, STARTUP_TIMEOUT_MS + 10_000);
  afterAll(async () => {
    await db?.stop();
    rmSync(tempDir, { recursive: true, force: true });
  }, STOP_TIMEOUT_MS + 10_000);

  it(
    "keeps data across a clean stop and start",
    async () => {
      const driver = neo4j.driver(db!.uri);
      await driver.executeQuery("CREATE (:Probe {id: $id, at: $at})", { id: "kept", at: 42 });
      await driver.close();
      await db!.stop();
      db = await startLocalNeo4j({ port, dataDir });
      const again = neo4j.driver(db!.uri);
      const { records } = await again.executeQuery("MATCH (p:Probe {id: 'kept'}) RETURN p.at AS at");
      await again.close();
      expect(records.map((r) => Number(r.get("at")))).toEqual([42]);
    },
    STOP_TIMEOUT_MS + STARTUP_TIMEOUT_MS + 30_000,
  );

  it(
    "turns /ready to 503 while Neo4j is down and back to 200 when it returns",
    async () => {
      const config = loadConfig({
        NEO4J_URI: db!.uri,
        PORT: "0",
        LOG_LEVEL: "silent",
        SEED_ON_START: "false",
      });
      const app: RunningApp = await startApp(config, pino({ level: "silent" }));
      const ready = app.url.replace("/graphql", "/ready");
      try {
        expect((await fetch(ready)).status).toBe(200);
        await db!.stop();
        // Without the driver's retries the probe answers at once, well inside a load balancer's wait.
        const asked = Date.now();
        const down = await fetch(ready);
        expect(Date.now() - asked).toBeLessThan(READY_ANSWER_BOUND_MS);
        expect(down.status).toBe(503);
        expect(await down.json()).toEqual({
          status: "unavailable",
          reason: `Neo4j at ${db!.uri}: the database cannot be reached; check that Neo4j is running and NEO4J_URI points at it`,
        });
        const query = await postGraphql(app.url, '{ entity(id: "pakistan") { id } }');
        expect(query.errors?.[0]).toMatchObject({
          message: expect.stringMatching(/^the database cannot be reached/),
          extensions: { code: "SERVICE_UNAVAILABLE" },
        });
        expect(JSON.stringify(query.errors)).not.toMatch(/stacktrace|at .*\.js/);
        expect((await fetch(ready)).status).toBe(503);
        db = await startLocalNeo4j({ port, dataDir });
        expect(await readyWithin(ready, READY_RETURN_BOUND_MS)).toEqual({ status: "ready" });
        const back = await postGraphql(app.url, '{ entity(id: "pakistan") { id } }');
        expect(back.errors).toBeUndefined();
        expect(back.data).toEqual({ entity: null });
      } finally {
        await app.stop();
      }
    },
    2 * STARTUP_TIMEOUT_MS + STOP_TIMEOUT_MS + READY_RETURN_BOUND_MS + 30_000,
  );
});

describe("the local Neo4j with a password", () => {
  const password = "local-secret-1";
  let tempDir: string;
  let db: LocalNeo4j | undefined;

  beforeAll(async () => {
    tempDir = mkdtempSync(path.join(os.tmpdir(), "launcher-auth-"));
    db = await startLocalNeo4j({ port: await freePort(), dataDir: path.join(tempDir, "neo4j"), password });
  }, STARTUP_TIMEOUT_MS + 10_000);
  afterAll(async () => {
    await db?.stop();
    rmSync(tempDir, { recursive: true, force: true });
  }, STOP_TIMEOUT_MS + 10_000);

  const configFor = (credentials: Record<string, string>) =>
    loadConfig({
      NEO4J_URI: db!.uri,
      PORT: "0",
      LOG_LEVEL: "silent",
      SEED_ON_START: "false",
      ...credentials,
    });

  it("accepts user neo4j with that password, with no forced change", async () => {
    const app = await startApp(
      configFor({ NEO4J_USER: "neo4j", NEO4J_PASSWORD: password }),
      pino({ level: "silent" }),
    );
    try {
      const response = await postGraphql<{ serverInfo: { database: { edition: string } } }>(
        app.url,
        "{ serverInfo { database { edition } } }",
      );
      expect(response.data?.serverInfo.database.edition).toBe("community");
    } finally {
      await app.stop();
    }
  });

  it.each([
    ["a wrong password", { NEO4J_USER: "neo4j", NEO4J_PASSWORD: "not-the-password" }],
    ["no password", {}],
  ])("refuses %s at start-up with one clear line", async (_what, credentials) => {
    const failure = await startApp(configFor(credentials), pino({ level: "silent" })).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(describeStartupError(failure)).toBe(
      `Neo4j at ${db!.uri}: Neo4j refused the credentials; check NEO4J_USER and NEO4J_PASSWORD`,
    );
  });
});
