import type { Driver } from "neo4j-driver";
import type { RunningApp } from "../../src/index";
import { WORLD_SOURCE, WORLD_TEXT } from "../fixtures/world";
import { EDITOR_TOKEN, type GraphqlResponse, postGraphql, startTestApp } from "./app";
import { snapshotGraph, testDriver } from "./neo4j";
import { WORLD_LOAD_TIMEOUT_MS, resetFixtureWorld } from "./world";

// What the API integration tests (test/integration/api-*.int.test.ts) share: the fixture world's source
// (test/fixtures/world.ts, fiction), the relationship selection and its citation check, the
// BAD_USER_INPUT checks, and the service lifecycles over the fixture world.

/** The report every citation of the fixture world quotes: a quote must be a substring of it. */
export const SOURCE_TEXT = WORLD_TEXT;

/** The fixture world's Source node, as `source { id title }` returns it. */
export const SOURCE = { id: WORLD_SOURCE.id, title: WORLD_SOURCE.title };

/** Headers that authenticate as the editor `startTestApp` configures, for mutations. */
export const EDITOR = { authorization: `Bearer ${EDITOR_TOKEN}` };

/** A relationship as `REL` selects it. */
export interface Rel {
  id: string;
  type: string;
  from: { id: string };
  to: { id: string };
  sources: { quote: string; source: { id: string; title: string } }[];
}

/** A relationship selected with `claimedBy` as well (`${REL} claimedBy`). */
export type ClaimedRel = Rel & { claimedBy: string | null };

/** The selection of a relationship whose citations `expectCited` checks. */
export const REL = "id type from { id } to { id } sources { quote source { id title } }";

/** Every relationship has at least one citation, each from the world's source and verbatim in its text. */
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

/** Exactly one error, BAD_USER_INPUT naming `argument`, with `message`. */
function expectOneBadInputError(response: GraphqlResponse, argument: string, message: string): void {
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0]!.extensions).toEqual({ code: "BAD_USER_INPUT", argument });
  expect(response.errors![0]!.message).toBe(message);
}

/**
 * One BAD_USER_INPUT error naming `argument`; the field is null (data itself when it is non-null).
 * For queries whose field is nullable, where GraphQL answers `{ field: null }` rather than `null`.
 */
export function expectBadInput(response: GraphqlResponse, argument: string, message: string): void {
  expect(Object.values(response.data ?? {})).toEqual(response.data ? [null] : []);
  expectOneBadInputError(response, argument, message);
}

/**
 * One BAD_USER_INPUT error naming `argument`, and `data` exactly null: stricter than `expectBadInput`,
 * for fields that are non-null, so an error must null the whole answer.
 */
export function expectBadInputNullData(response: GraphqlResponse, argument: string, message: string): void {
  expect(response.data).toBeNull();
  expectOneBadInputError(response, argument, message);
}

/**
 * A mutation is refused with one error of `code` (naming `argument`, when given), no data, and the graph
 * exactly as before; returns the error's message for further checks.
 */
export async function expectRefusedUnchanged(
  driver: Driver,
  send: () => Promise<GraphqlResponse>,
  code: string,
  argument?: string,
): Promise<string> {
  const before = await snapshotGraph(driver);
  const response = await send();
  expect(response.data ?? null).toBeNull();
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0]!.extensions?.code).toBe(code);
  if (argument) expect(response.errors![0]!.extensions?.argument).toBe(argument);
  expect(await snapshotGraph(driver)).toBe(before);
  return response.errors![0]!.message;
}

/** The ids of a list of entities, in their order. */
export const ids = (list: unknown): string[] => (list as { id: string }[]).map((e) => e.id);

/** The ids of a list of nodes or relationships, sorted: for answers whose order is not part of the contract. */
export const sortedIds = (list: readonly { id: string }[]): string[] => list.map((x) => x.id).sort();

/** An entity's typed fields as the API returns them, by field name. */
export type Fields = Record<string, unknown>;

/** Every relationship nested in an edge object (mediates, boundBy, ...) of an entity's fields. */
export const nestedRelationships = (fields: Fields): Rel[] =>
  Object.values(fields).flatMap((v) =>
    Array.isArray(v)
      ? v.flatMap((e) => ((e as { relationship?: Rel }).relationship ? [e.relationship] : []))
      : [],
  );

/**
 * Reads entity `id` with `query` (an `entity(id: $id)` selection), checks it came back without errors and
 * that every nested relationship is cited, and returns its fields: the typed-field tests' one read.
 */
export async function readCitedEntity(url: string, query: string, id: string): Promise<Fields> {
  const response = await postGraphql<{ entity: Fields | null }>(url, query, { id });
  expect(response.errors).toBeUndefined();
  expect(response.data?.entity?.id).toBe(id);
  const fields = response.data!.entity!;
  expectCited(nestedRelationships(fields));
  return fields;
}

/** The running service over a test database that gets the fixture world before every test, for tests that write. */
export interface ReseededApp {
  readonly app: RunningApp;
  readonly driver: Driver;
}

/** The running service over a test database holding the fixture world, for one describe block. */
export interface SeededApp extends ReseededApp {
  /** `snapshotGraph` right after loading the world: read-only tests end by comparing against it. */
  readonly snapshot: string;
}

/** The one lifecycle behind useSeededApp and useReseededApp: the world once, or before every test. */
function useTestApp(reseedEachTest: boolean): SeededApp {
  let app: RunningApp | undefined;
  let driver: Driver | undefined;
  let snapshot: string | undefined;
  beforeAll(async () => {
    driver = testDriver();
    if (!reseedEachTest) {
      await resetFixtureWorld(driver);
      snapshot = await snapshotGraph(driver);
    }
    app = await startTestApp();
  }, WORLD_LOAD_TIMEOUT_MS);
  if (reseedEachTest) {
    // The first test's world is written through the editor's rules; later ones are restored quickly.
    beforeEach(async () => {
      await resetFixtureWorld(driver!);
    }, WORLD_LOAD_TIMEOUT_MS);
  }
  afterAll(async () => {
    await app?.stop();
    // Tests that write leave the world behind them, for the suites that run after.
    if (reseedEachTest && driver) await resetFixtureWorld(driver);
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

/** Registers beforeAll/afterAll that load the fixture world and start the service; read fields inside tests. */
export function useSeededApp(): SeededApp {
  return useTestApp(false);
}

/**
 * Registers beforeAll (start the service), beforeEach (the fixture world again, so every test starts
 * from it) and afterAll (stop, leave the world for later suites, close); read fields inside tests.
 */
export function useReseededApp(): ReseededApp {
  return useTestApp(true);
}
