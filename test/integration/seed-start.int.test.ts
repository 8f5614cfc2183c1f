import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { Driver, Session, Transaction } from "neo4j-driver";
import { freePort } from "../../src/graph/local/port";
import { DEFAULT_SEED_PATHS, readSeedFiles } from "../../src/ingest/seed-files";
import { SeedLockTimeoutError } from "../../src/ingest/seed-loader";
import { postGraphql } from "../helpers/app";
import { API_START_WAIT_MS, API_STOP_WAIT_MS, stopApiProcess } from "../helpers/api-process";
import { PROJECT_ROOT } from "../helpers/cli";
import { clearDatabase, snapshotGraph, testDriver, testUri } from "../helpers/neo4j";
import { type TrackedProcess, spawnTracked } from "../helpers/processes";
import { SEED_LOAD_TIMEOUT_MS, loadSeed, testSeedLoader } from "../helpers/seed";

/** Every seed file, in the order a start applies them. */
const SEED_FILES = readSeedFiles([...DEFAULT_SEED_PATHS], PROJECT_ROOT).map((f) => f.path);
const SCHEMA_FILE = SEED_FILES[0]!;
const SOURCES_FILE = "cypher/seed/010-sources.cypher";
const ENTITIES_FILE = "cypher/seed/020-entities.cypher";
/** An entity 020-entities.cypher writes: a transaction holding it keeps that file waiting. */
const HELD_ENTITY = "turkey";
/** The line of the statement that writes the held entity: where the file's transaction waits. */
const HELD_LINE =
  readFileSync(path.join(PROJECT_ROOT, ENTITIES_FILE), "utf8")
    .split("\n")
    .findIndex((l) => l.includes(`{id: '${HELD_ENTITY}'}`)) + 1;
const TURKEY = '{ entity(id: "turkey") { name } }';

/** The test Neo4j, as a pipeline's API replica would use it. */
function neo4jEnv(): Record<string, string> {
  return {
    NEO4J_URI: testUri(),
    NEO4J_USER: process.env.NEO4J_TEST_USER ?? "neo4j",
    NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? "",
    NEO4J_DATABASE: process.env.NEO4J_TEST_DATABASE ?? "",
  };
}

function startApi(env: Record<string, string> = {}): TrackedProcess {
  return spawnTracked(process.execPath, [path.join(PROJECT_ROOT, "dist", "src", "index.js")], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: "0", ...neo4jEnv(), ...env },
  });
}

async function ready(api: TrackedProcess): Promise<string> {
  return (await api.waitFor(/"url":"(http:\/\/localhost:\d+\/graphql)"/, API_START_WAIT_MS))[1]!;
}

function runSeedCli(args: readonly string[]): TrackedProcess {
  return spawnTracked(process.execPath, [path.join(PROJECT_ROOT, "dist", "src", "cli", "seed.js"), ...args], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...neo4jEnv() },
  });
}

/**
 * An open transaction that has written the entity `id`: a seed file writing it waits until the
 * transaction ends. Its own timeout outlasts every test here.
 */
async function holdEntity(driver: Driver, id: string): Promise<{ session: Session; tx: Transaction }> {
  const session = driver.session({ database: process.env.NEO4J_TEST_DATABASE });
  const tx = session.beginTransaction({ timeout: SEED_LOAD_TIMEOUT_MS * 2 });
  await tx.run("MERGE (n:Entity {id: $id}) SET n.heldByTest = true", { id });
  return { session, tx };
}

async function release(held: { session: Session; tx: Transaction } | undefined): Promise<void> {
  if (!held) return;
  if (held.tx.isOpen()) await held.tx.rollback();
  await held.session.close();
}

/** The schema applied (and recorded) first, so a held entity blocks the data files and not the schema. */
async function databaseWithSchema(driver: Driver): Promise<void> {
  await clearDatabase(driver);
  await testSeedLoader(driver).load(readSeedFiles([DEFAULT_SEED_PATHS[0]], PROJECT_ROOT));
}

async function statesOf(driver: Driver): Promise<string[]> {
  const files = readSeedFiles([...DEFAULT_SEED_PATHS], PROJECT_ROOT);
  return (await testSeedLoader(driver).status(files)).map((s) => `${s.file}: ${s.state}`);
}

const allApplied = SEED_FILES.map((f) => `${f}: applied`);
const withoutTimes = (snapshot: string): string => snapshot.replace(/appliedAt:"[^"]*"/g, 'appliedAt:""');
const TEST_TIMEOUT = 2 * API_START_WAIT_MS + API_STOP_WAIT_MS + SEED_LOAD_TIMEOUT_MS;

describe("npm start and seeding", () => {
  let driver: Driver;
  /** The graph `npm run seed` makes of the whole seed, without the times files were applied. */
  let wholeSeed: string;
  beforeAll(async () => {
    driver = testDriver();
    await loadSeed(driver);
    wholeSeed = withoutTimes(await snapshotGraph(driver));
  }, SEED_LOAD_TIMEOUT_MS);
  afterAll(async () => {
    await driver.close();
  });

  it(
    "stops with one line naming the file, the cause and the remedy when a file runs past SEED_TX_TIMEOUT_MS; the next start applies the rest",
    async () => {
      await databaseWithSchema(driver);
      let held: Awaited<ReturnType<typeof holdEntity>> | undefined;
      try {
        held = await holdEntity(driver, HELD_ENTITY);
        const first = startApi({ SEED_TX_TIMEOUT_MS: "2000" });
        expect(await first.exited).toBe(1);
        const errors = first
          .output()
          .split("\n")
          .filter((l) => l.startsWith("error:"));
        expect(errors).toEqual([
          `error: seeding stopped at ${ENTITIES_FILE}:${HELD_LINE}: the transaction was stopped while it waited for a lock another ` +
            "transaction held: it ran past its timeout, or was terminated; " +
            `its transaction ran past SEED_TX_TIMEOUT_MS (2000 ms) and nothing of ${ENTITIES_FILE} was written: ` +
            `raise SEED_TX_TIMEOUT_MS, then start again (or run npm run seed); applied before it: ${SOURCES_FILE}`,
        ]);
        expect(first.output()).not.toContain("API ready");
      } finally {
        await release(held);
      }
      expect(await statesOf(driver)).toEqual(
        SEED_FILES.map((f) => `${f}: ${f === SCHEMA_FILE || f === SOURCES_FILE ? "applied" : "pending"}`),
      );

      const second = startApi();
      try {
        const url = await ready(second);
        for (const file of SEED_FILES.slice(2)) expect(second.output()).toContain(`seeding: applied ${file}`);
        expect(second.output()).not.toContain(`seeding: applying ${SOURCES_FILE}`);
        expect((await postGraphql(url, TURKEY)).data).toEqual({ entity: { name: "Turkey" } });
        expect(await statesOf(driver)).toEqual(allApplied);
        expect(withoutTimes(await snapshotGraph(driver))).toBe(wholeSeed);
      } finally {
        await stopApiProcess(second);
      }
    },
    TEST_TIMEOUT,
  );

  it(
    "serves the whole graph after a start killed during seeding is started again",
    async () => {
      await databaseWithSchema(driver);
      let held: Awaited<ReturnType<typeof holdEntity>> | undefined;
      try {
        held = await holdEntity(driver, HELD_ENTITY);
        const killed = startApi();
        await killed.waitFor(new RegExp(`seeding: applying ${ENTITIES_FILE}`), API_START_WAIT_MS);
        killed.child.kill("SIGKILL");
        await killed.exited;
      } finally {
        await release(held);
      }
      const again = startApi();
      try {
        const url = await ready(again);
        expect((await postGraphql(url, TURKEY)).data).toEqual({ entity: { name: "Turkey" } });
        expect(await statesOf(driver)).toEqual(allApplied);
        expect(withoutTimes(await snapshotGraph(driver))).toBe(wholeSeed);
      } finally {
        await stopApiProcess(again);
      }
    },
    TEST_TIMEOUT,
  );

  it(
    "seeds one empty database once when two loads run at the same time: the second waits, then writes nothing",
    async () => {
      await databaseWithSchema(driver);
      let held: Awaited<ReturnType<typeof holdEntity>> | undefined;
      let first: TrackedProcess | undefined;
      let second: TrackedProcess | undefined;
      try {
        held = await holdEntity(driver, HELD_ENTITY);
        first = runSeedCli(["--json"]);
        await first.waitFor(new RegExp(`applying ${ENTITIES_FILE}`), API_START_WAIT_MS);
        second = runSeedCli(["--json"]);
        await second.waitFor(/another process is seeding this database: waiting for it/, API_START_WAIT_MS);
      } finally {
        await release(held);
      }
      expect(await first.exited).toBe(0);
      expect(await second.exited).toBe(0);
      const summary = (p: TrackedProcess): { applied: number; unchanged: number } =>
        JSON.parse(
          p
            .output()
            .split("\n")
            .find((l) => l.startsWith("{"))!,
        ) as {
          applied: number;
          unchanged: number;
        };
      expect(summary(first)).toMatchObject({ applied: SEED_FILES.length - 1, unchanged: 1 });
      expect(summary(second)).toMatchObject({ applied: 0, unchanged: SEED_FILES.length });
      expect(second.output()).not.toMatch(/^applying /m);
      expect(withoutTimes(await snapshotGraph(driver))).toBe(wholeSeed);
    },
    TEST_TIMEOUT,
  );

  it(
    "gives up after SEED_LOCK_WAIT_MS while another load holds the lock, having written nothing",
    async () => {
      await databaseWithSchema(driver);
      const seedFiles = readSeedFiles([...DEFAULT_SEED_PATHS], PROJECT_ROOT);
      let held: Awaited<ReturnType<typeof holdEntity>> | undefined;
      let first: Promise<unknown> | undefined;
      try {
        held = await holdEntity(driver, HELD_ENTITY);
        let applying!: () => void;
        const blocked = new Promise<void>((resolve) => (applying = resolve));
        first = testSeedLoader(driver).load(seedFiles, {
          onProgress: (p) => {
            if (p.event === "applying" && p.file === ENTITIES_FILE) applying();
          },
        });
        await blocked;
        const impatient = testSeedLoader(driver, { lockWaitMs: 1000 });
        const events: string[] = [];
        await expect(impatient.load(seedFiles, { onProgress: (p) => events.push(p.event) })).rejects.toThrow(
          new SeedLockTimeoutError(
            "another process has been seeding this database for longer than SEED_LOCK_WAIT_MS (1000 ms): " +
              "wait for it to finish, or raise SEED_LOCK_WAIT_MS",
          ),
        );
        // It gave up before it read or wrote anything, so it never saw a file.
        expect(events.filter((e) => e !== "waiting")).toEqual([]);
      } finally {
        await release(held);
        await first;
      }
      expect(await statesOf(driver)).toEqual(allApplied);
      expect(withoutTimes(await snapshotGraph(driver))).toBe(wholeSeed);
    },
    TEST_TIMEOUT,
  );

  it("refuses a busy PORT in one line, before the bundled Neo4j starts", async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
    const port = (holder.address() as net.AddressInfo).port;
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "busy-port-"));
    try {
      const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, "dist", "src", "index.js")], {
        cwd: PROJECT_ROOT,
        encoding: "utf8",
        timeout: 60_000,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          PORT: String(port),
          LOCAL_NEO4J_PORT: String(await freePort()),
          LOCAL_NEO4J_DATA: path.join(dataDir, "neo4j"),
        },
      });
      expect(result.status).toBe(1);
      expect(result.stderr.trim().split("\n")).toEqual([
        `error: PORT ${port} is already in use on 127.0.0.1: stop what listens there, or set PORT to a free port (PORT=0 picks one)`,
      ]);
      expect(existsSync(path.join(dataDir, "neo4j"))).toBe(false);
    } finally {
      holder.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
