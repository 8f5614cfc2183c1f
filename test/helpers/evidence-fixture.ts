import { readFileSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { schemaStatements } from "../../src/graph/cypher/schema.cypher";
import { statement } from "../../src/graph/statement";
import { EDITOR_TOKEN, type GraphqlResponse, postGraphql } from "./app";
import { PROJECT_ROOT } from "./cli";
import { clearDatabase, testExecutor } from "./neo4j";

// A small made-up world for evidence tests (test/fixtures/sources/, fiction): three reports about
// Esteria, Valoria and the Northern Front, written through the API as an editor would.

export const EDITOR_HEADERS = { authorization: `Bearer ${EDITOR_TOKEN}` };

/** The text of a fixture source, as its `addSource` stores it. */
export function fixtureText(name: string): string {
  return readFileSync(path.join(PROJECT_ROOT, "test", "fixtures", "sources", `${name}.txt`), "utf8");
}

/** Empties the test database and applies the schema (constraints and indexes). */
export async function emptyDatabaseWithSchema(driver: Driver): Promise<void> {
  await clearDatabase(driver);
  const executor = testExecutor(driver);
  for (const [i, text] of schemaStatements().entries()) await executor.schema(statement(`schema${i}`, text));
}

/** Sends an editor mutation and fails the test with the errors when there are any. */
export async function edit<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response: GraphqlResponse<T> = await postGraphql<T>(url, query, variables, EDITOR_HEADERS);
  if (response.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(response.errors)}`);
  return response.data!;
}

export const ADD_SOURCE = `mutation($input: SourceInput!) { addSource(input: $input) { id } }`;
export const UPSERT_ENTITY = `mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }`;
export const ASSERT = `mutation($input: RelationshipInput!) { assertRelationship(input: $input) { id } }`;

export const FIXTURE_SOURCES = {
  herald: { id: "esteria-herald", title: "Esteria Herald: border talks resume", publishedOn: "2025-10-28" },
  gazette: { id: "valoria-gazette", title: "Valoria Gazette: Esteria repeats its charge" },
  times: { id: "valoria-times", title: "Valoria Times: Valoria rejects the charge" },
} as const;

/** Adds one fixture source (kind report, English). */
export function addFixtureSource(url: string, key: keyof typeof FIXTURE_SOURCES): Promise<unknown> {
  const source = FIXTURE_SOURCES[key];
  return edit(url, ADD_SOURCE, {
    input: { ...source, kind: "REPORT", language: "en", text: fixtureText(source.id) },
  });
}

/** The entities the fixture reports name. */
export async function addFixtureEntities(url: string): Promise<void> {
  const entities = [
    { id: "esteria", kind: "COUNTRY", name: "Esteria" },
    { id: "valoria", kind: "COUNTRY", name: "Valoria" },
    { id: "valoria-government", kind: "GOVERNMENT", name: "Government of Valoria" },
    { id: "northern-front", kind: "ARMED_GROUP", name: "Northern Front" },
  ];
  for (const input of entities) await edit(url, UPSERT_ENTITY, { input });
}
