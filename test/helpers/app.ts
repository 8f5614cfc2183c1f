import pino from "pino";
import { type Config, loadConfig } from "../../src/config";
import { type RunningApp, startApp } from "../../src/index";
import { testUri } from "./neo4j";

export const EDITOR_TOKEN = "test-editor-token";

/** The whole service on a free port over the test Neo4j. */
export function startTestApp(env: Record<string, string> = {}): Promise<RunningApp> {
  return startApp(testConfig(env), pino({ level: "silent" }));
}

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    PORT: "0",
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    NEO4J_URI: testUri(),
    NEO4J_USER: process.env.NEO4J_TEST_USER ?? "neo4j",
    NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? "",
    NEO4J_DATABASE: process.env.NEO4J_TEST_DATABASE ?? "",
    EDITOR_TOKENS: EDITOR_TOKEN,
    SEED_ON_START: "false",
    ...env,
  });
}

export interface GraphqlResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly data?: T | null;
  readonly errors?: readonly { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[];
}

/** A GraphQL request over real HTTP. */
export async function postGraphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphqlResponse<T>> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphqlResponse<T>, "status">;
  return { status: response.status, ...body };
}
