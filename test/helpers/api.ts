import { readFileSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import type { RunningApp } from "../../src/index";
import { type GraphqlResponse, startTestApp } from "./app";
import { PROJECT_ROOT } from "./cli";
import { snapshotGraph, testDriver } from "./neo4j";
import { loadSeed } from "./seed";

/** The report every seeded citation quotes: a quote must be a substring of it. */
export const SOURCE_TEXT = readFileSync(
  path.join(PROJECT_ROOT, "cypher", "sources", "istanbul-talks.txt"),
  "utf8",
);

/** The seeded Source node, as `source { id title }` returns it. */
export const SOURCE = {
  id: "istanbul-talks-report",
  title: "News report: Pakistan–Afghanistan talks in Istanbul",
};

/** A relationship as the API tests select it (`REL`). */
export interface Rel {
  id: string;
  type: string;
  from: { id: string };
  to: { id: string };
  claimedBy?: string | null;
  sources: { quote: string; source: { id: string; title: string } }[];
}

/** The selection of a relationship whose citations `expectCited` checks. */
export const REL = "id type from { id } to { id } sources { quote source { id title } }";

/** Every relationship has at least one citation, each from the seeded source and verbatim in its text. */
export function expectCited(rels: readonly Rel[]): void {
  for (const r of rels) {
    expect({ id: r.id, citations: r.sources.length > 0 }).toEqual({ id: r.id, citations: true });
    for (const c of r.sources) {
      expect({ id: r.id, source: c.source, verbatim: SOURCE_TEXT.includes(c.quote) }).toEqual({
        id: r.id,
        source: SOURCE,
        verbatim: true,
      });
    }
  }
}

/** One BAD_USER_INPUT error naming `argument`; the field is null (data itself when it is non-null). */
export function expectBadInput(response: GraphqlResponse, argument: string, message: string): void {
  expect(Object.values(response.data ?? {})).toEqual(response.data ? [null] : []);
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0]!.extensions).toEqual({ code: "BAD_USER_INPUT", argument });
  expect(response.errors![0]!.message).toBe(message);
}

/** The ids of a list of entities. */
export const ids = (list: unknown): string[] => (list as { id: string }[]).map((e) => e.id);

/** The running service over a freshly seeded test database, for one describe block. */
export interface SeededApp {
  readonly app: RunningApp;
  readonly driver: Driver;
  /** `snapshotGraph` right after seeding: read-only tests end by comparing against it. */
  readonly snapshot: string;
}

/** Registers beforeAll/afterAll that seed the test database and start the service; read fields inside tests. */
export function useSeededApp(): SeededApp {
  let app: RunningApp | undefined;
  let driver: Driver | undefined;
  let snapshot: string | undefined;
  beforeAll(async () => {
    driver = testDriver();
    await loadSeed(driver);
    snapshot = await snapshotGraph(driver);
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.stop();
    await driver?.close();
  });
  return {
    get app() {
      return app!;
    },
    get driver() {
      return driver!;
    },
    get snapshot() {
      return snapshot!;
    },
  };
}
