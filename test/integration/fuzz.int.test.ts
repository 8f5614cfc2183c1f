import { MAX_BODY_BYTES } from "../../src/http/graphql-handler";
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { buildSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { EDITOR, SOURCE_TEXT, useReseededApp, useSeededApp } from "../helpers/api";
import { PROJECT_ROOT } from "../helpers/cli";
import { type GraphqlRequest, OperationArbitraries, rootTypes } from "../helpers/graphql-arbitraries";
import { HOSTILE_STRINGS, hostilePools, wrongLiterals, wrongVariableValues } from "../helpers/hostile-values";
import { snapshotGraph } from "../helpers/neo4j";

// Hostile clients against the real service: operations generated from the published schema, with the
// fixture world's ids, injection strings and ints around every limit. Every answer is JSON with data and/or
// errors, never a 5xx nor INTERNAL_SERVER_ERROR; refusals change nothing. The seed is fixed so a failure
// reproduces.

const SEED = 20_251_106;
const SCHEMA = buildSchema(readFileSync(path.join(PROJECT_ROOT, "schema", "schema.graphql"), "utf8"));
const ROOTS = rootTypes(SCHEMA);
/** Longer than any answer takes, shorter than every test's timeout. */
const REQUEST_TIMEOUT_MS = 30_000;

interface Answer {
  readonly status: number;
  readonly text: string;
  readonly body: { data?: unknown; errors?: { message: string; extensions?: { code?: unknown } }[] };
}

interface RawRequest {
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly search?: string;
  readonly body?: string;
}

async function sendRaw(url: string, request: RawRequest): Promise<Answer> {
  const response = await fetch(`${url}${request.search ?? ""}`, {
    method: request.method,
    headers: request.headers,
    body: request.body,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await response.text();
  let body: Answer["body"];
  try {
    body = JSON.parse(text) as Answer["body"];
  } catch {
    throw new Error(`HTTP ${response.status}: the body is not JSON: ${text.slice(0, 200)}`);
  }
  return { status: response.status, text, body };
}

const send = (url: string, request: GraphqlRequest, headers: Record<string, string> = {}) =>
  sendRaw(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(request),
  });

const codes = (answer: Answer): unknown[] => (answer.body.errors ?? []).map((e) => e.extensions?.code);

/** The service answered: no 5xx, a JSON object with data and/or errors, every error coded, none internal. */
function expectHandled(answer: Answer): void {
  const problems = [
    answer.status >= 500 && `HTTP ${answer.status}`,
    !(
      answer.body !== null &&
      typeof answer.body === "object" &&
      ("data" in answer.body || "errors" in answer.body)
    ) && "neither data nor errors",
    codes(answer).some((code) => typeof code !== "string") && "an error without extensions.code",
    codes(answer).includes("INTERNAL_SERVER_ERROR") && "INTERNAL_SERVER_ERROR",
  ].filter(Boolean);
  // The answer's own text says what went wrong, next to fast-check's counterexample.
  if (problems.length > 0)
    throw new Error(`${problems.join(", ")}: HTTP ${answer.status} ${answer.text.slice(0, 600)}`);
}

/** Every id the fixture world holds (entities, sources, relationships): arguments that reach real data. */
async function seededIds(driver: Driver): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (n) WHERE n.id IS NOT NULL RETURN n.id AS id
               UNION MATCH ()-[r]->() WHERE r.id IS NOT NULL RETURN r.id AS id }
     RETURN DISTINCT id ORDER BY id`,
    {},
    { database: process.env.NEO4J_TEST_DATABASE },
  );
  return records.map((r) => r.get("id") as string);
}

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);

describe("fuzz: generated operations against the seeded service", () => {
  const seeded = useSeededApp();
  let hostile: OperationArbitraries;
  let wellFormed: OperationArbitraries;
  beforeAll(async () => {
    const ids = await seededIds(seeded.driver);
    hostile = new OperationArbitraries(SCHEMA, hostilePools(ids, SOURCE_TEXT, false));
    wellFormed = new OperationArbitraries(SCHEMA, hostilePools(ids, SOURCE_TEXT, true));
  });

  it("answers valid queries (nested selections, fragments, aliases, hostile arguments) without internal errors", async () => {
    let executed = 0;
    let tooComplex = 0;
    await fc.assert(
      fc.asyncProperty(hostile.operation(ROOTS.query, 3, 3), async (request) => {
        const answer = await send(seeded.app.url, request);
        expectHandled(answer);
        if ("data" in answer.body) executed += 1;
        if (codes(answer).includes("QUERY_TOO_COMPLEX")) tooComplex += 1;
      }),
      { seed: SEED, numRuns: 200 },
    );
    // Most generated operations pass validation and are run or costed past the budget (nested lists
    // of 100 multiply quickly); many reach the resolvers. Otherwise the fuzzing is hollow.
    expect(executed).toBeGreaterThan(60);
    expect(executed + tooComplex).toBeGreaterThan(100);
    expect(await snapshotGraph(seeded.driver)).toBe(seeded.snapshot);
  }, 300_000);

  it("refuses arguments and variables of the wrong type with a client error", async () => {
    const fields = [ROOTS.query, ROOTS.mutation].flatMap((root) => wellFormed.fieldsWithArguments(root));
    const wrongCalls = fields.flatMap((field) =>
      field.args.flatMap((arg) => [
        wellFormed.callWith(
          field,
          arg,
          pick(wrongLiterals(arg.type)).map((literal) => ({ literal })),
        ),
        wellFormed.callWith(
          field,
          arg,
          pick(wrongVariableValues(arg.type)).map((variable) => ({ variable })),
        ),
      ]),
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(...wrongCalls), async (request) => {
        const answer = await send(seeded.app.url, request);
        expectHandled(answer);
        expect(codes(answer).length).toBeGreaterThan(0);
      }),
      { seed: SEED, numRuns: 150 },
    );
    expect(await snapshotGraph(seeded.driver)).toBe(seeded.snapshot);
  }, 300_000);

  it("answers garbage, unbalanced braces, unknown fields and truncated operations with a client error", async () => {
    const valid = hostile.operation(ROOTS.query, 2, 2);
    const corrupted = fc
      .tuple(valid, fc.nat(), pick(["truncate", "open", "close", "drop", "unknownField", "unknownArgument"]))
      .map(([request, at, how]): GraphqlRequest => {
        const q = request.query;
        const i = at % (q.length + 1);
        const edited = {
          truncate: q.slice(0, i),
          open: `${q.slice(0, i)}{${q.slice(i)}`,
          close: `${q.slice(0, i)}}${q.slice(i)}`,
          drop: q.slice(0, i) + q.slice(i + 1),
          unknownField: q.replace("{ ", "{ notAField "),
          unknownArgument: q.replace(/(\w+)( \{|\()/, "$1(notAnArgument: 1)$2"),
        }[how]!;
        return { query: edited, variables: request.variables };
      });
    const garbage = fc.oneof(
      fc.string({ unit: "binary", maxLength: 300 }),
      pick(["", "{", "}", "{{{{", "query {", "mutation", "{ ...Missing }", "fragment F on Nope { a }"]),
      pick(["query ($x: ) { serverInfo { apiVersion } }", "{ entity(id: ) { id } }", "# only a comment"]),
      pick(["{ a } { b }", "query A { serverInfo { apiVersion } } query A { sources { id } }"]),
      pick([
        "{ entity(id: $nope) { id } }",
        "{ __schema { types { name } } }",
        "{ __type(name: 1) { name } }",
      ]),
      pick(HOSTILE_STRINGS),
      pick([
        'subscription { entity(id: "northern-front") { id } }',
        "subscription S { serverInfo { apiVersion } }",
      ]),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          corrupted,
          garbage.map((query): GraphqlRequest => ({ query, variables: {} })),
        ),
        async (request) => expectHandled(await send(seeded.app.url, request)),
      ),
      { seed: SEED, numRuns: 200 },
    );
    expect(await snapshotGraph(seeded.driver)).toBe(seeded.snapshot);
  }, 300_000);

  it("answers malformed HTTP requests (bodies, methods, content types) with a JSON client error", async () => {
    const query = "{ serverInfo { apiVersion } }";
    const json = { "content-type": "application/json" };
    const bodies = fc.oneof(
      fc.json(),
      fc.string({ unit: "binary", maxLength: 200 }),
      pick([
        "[]",
        JSON.stringify([{ query }]),
        "{}",
        '{"query": 5}',
        '{"query": null}',
        JSON.stringify({ query, variables: "x" }),
        JSON.stringify({ query, variables: [1] }),
        JSON.stringify({ query, operationName: 5 }),
        JSON.stringify({ query, operationName: "Nope" }),
        JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: "abc" } } }),
        JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }),
        '{"query": "{ serverInfo { apiVersion } }"',
      ]),
    );
    const oversized = fc
      .integer({ min: 1, max: 4096 })
      .map((extra) => JSON.stringify({ query: `${query} #${"x".repeat(MAX_BODY_BYTES + extra)}` }));
    const requests: fc.Arbitrary<RawRequest> = fc.oneof(
      bodies.map((body) => ({ method: "POST", headers: json, body })),
      oversized.map((body) => ({ method: "POST", headers: json, body })),
      fc
        .tuple(
          pick(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data", "nope"]),
          bodies,
        )
        .map(([type, body]) => ({ method: "POST", headers: { "content-type": type }, body })),
      fc
        .tuple(pick(["PUT", "PATCH", "DELETE"]), bodies)
        .map(([method, body]) => ({ method, headers: json, body })),
      fc.tuple(fc.boolean(), fc.string({ maxLength: 60 })).map(([preflight, text]) => ({
        method: "GET",
        headers: preflight ? { "apollo-require-preflight": "true" } : ({} as Record<string, string>),
        search: `?query=${encodeURIComponent(text)}&variables=${encodeURIComponent(text)}`,
      })),
    );
    await fc.assert(
      fc.asyncProperty(requests, async (request) => expectHandled(await sendRaw(seeded.app.url, request))),
      { seed: SEED, numRuns: 150 },
    );
    expect(await snapshotGraph(seeded.driver)).toBe(seeded.snapshot);
  }, 300_000);

  it("refuses every mutation without an editor token as UNAUTHENTICATED, writing nothing", async () => {
    await fc.assert(
      fc.asyncProperty(wellFormed.operation(ROOTS.mutation, 1, 2), async (request) => {
        const answer = await send(seeded.app.url, request);
        expectHandled(answer);
        expect(answer.body.data ?? null).toBeNull();
        expect(codes(answer)).toEqual(["UNAUTHENTICATED"]);
      }),
      { seed: SEED, numRuns: 80 },
    );
    expect(await snapshotGraph(seeded.driver)).toBe(seeded.snapshot);
  }, 300_000);
});

describe("fuzz: editor mutations with hostile input", () => {
  const reseeded = useReseededApp();

  it("answers every mutation, and a refused one leaves the graph exactly as it was", async () => {
    const ids = await seededIds(reseeded.driver);
    const ops = new OperationArbitraries(SCHEMA, hostilePools(ids, SOURCE_TEXT, false));
    let accepted = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(ops.singleField(ROOTS.mutation), async (request) => {
        const before = await snapshotGraph(reseeded.driver);
        const answer = await send(reseeded.app.url, request, EDITOR);
        expectHandled(answer);
        if (answer.body.errors) {
          refused += 1;
          expect(answer.body.data ?? null).toBeNull();
          expect(await snapshotGraph(reseeded.driver)).toBe(before);
        } else {
          accepted += 1;
        }
      }),
      { seed: SEED, numRuns: 120 },
    );
    // Both paths were exercised: writes that passed every check, and refusals.
    expect({ accepted: accepted > 0, refused: refused > 0 }).toEqual({ accepted: true, refused: true });
  }, 300_000);
});
