import "reflect-metadata";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deriveScript } from "../graph/cypher/derive.cypher";
import { schemaScript } from "../graph/cypher/schema.cypher";
import { buildGraphqlSchema, printSortedSchema } from "../graphql/schema";
import { projectRoot } from "../project-root";

export const GRAPHQL_SDL_FILE = "schema/schema.graphql";
export const CYPHER_SCHEMA_FILE = "cypher/schema/001-schema.cypher";
export const CYPHER_DERIVE_FILE = "cypher/derive/evidence.cypher";

const HELP = `Usage: npm run schema:emit

Writes the generated files that are committed and checked by tests:
  ${GRAPHQL_SDL_FILE}          the GraphQL SDL emitted by type-graphql, sorted
  ${CYPHER_SCHEMA_FILE}   constraints and indexes derived from src/model/registry.ts
  ${CYPHER_DERIVE_FILE}   the evidence derivation the loader runs after each seed file
`;

async function main(): Promise<void> {
  if (process.argv.includes("--help") || process.argv.includes("-h")) {
    process.stdout.write(HELP);
    return;
  }
  const root = projectRoot();
  writeFileSync(path.join(root, GRAPHQL_SDL_FILE), printSortedSchema(await buildGraphqlSchema()));
  writeFileSync(path.join(root, CYPHER_SCHEMA_FILE), schemaScript());
  mkdirSync(path.join(root, path.dirname(CYPHER_DERIVE_FILE)), { recursive: true });
  writeFileSync(path.join(root, CYPHER_DERIVE_FILE), deriveScript());
  process.stdout.write(`wrote ${GRAPHQL_SDL_FILE}, ${CYPHER_SCHEMA_FILE} and ${CYPHER_DERIVE_FILE}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
