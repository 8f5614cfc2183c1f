import "reflect-metadata";
import { readFileSync } from "node:fs";
import path from "node:path";
import { deriveScript } from "../../src/graph/cypher/derive.cypher";
import { schemaScript } from "../../src/graph/cypher/schema.cypher";
import { buildGraphqlSchema, printSortedSchema } from "../../src/graphql/schema";

const root = path.join(__dirname, "..", "..");
const committed = (file: string): string => readFileSync(path.join(root, file), "utf8");
const STALE = "is stale: run npm run schema:emit and commit the result";

describe("generated files are committed and current", () => {
  it(`schema/schema.graphql equals the SDL the code emits (else it ${STALE})`, async () => {
    expect(committed("schema/schema.graphql")).toBe(printSortedSchema(await buildGraphqlSchema()));
  });

  it(`cypher/schema/001-schema.cypher equals what the registry derives (else it ${STALE})`, () => {
    expect(committed("cypher/schema/001-schema.cypher")).toBe(schemaScript());
  });

  it(`cypher/derive/evidence.cypher is the derivation the loader runs (else it ${STALE})`, () => {
    expect(committed("cypher/derive/evidence.cypher")).toBe(deriveScript());
  });
});
