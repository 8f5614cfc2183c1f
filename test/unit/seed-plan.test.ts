import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { InvalidInputError } from "../../src/model/errors";
import type { EditorCommand } from "../../src/services/editor-commands";
import { readSeedFiles } from "../../src/ingest/seed-files";
import { SeedError, planSeedFiles } from "../../src/ingest/seed-plan";

// Every text here is made up (fiction).
const project = mkdtempSync(path.join(os.tmpdir(), "seed-plan-"));
writeFileSync(path.join(project, "package.json"), "{}");
mkdirSync(path.join(project, "seed"));

function files(contents: Record<string, string>) {
  for (const [name, content] of Object.entries(contents))
    writeFileSync(path.join(project, "seed", name), content);
  return readSeedFiles(
    Object.keys(contents).map((n) => `seed/${n}`),
    project,
    project,
  );
}

const accept = (): void => {};

function problems(run: () => unknown): { file: string; line?: number; message: string }[] {
  try {
    run();
  } catch (error) {
    if (error instanceof SeedError)
      return error.problems.map(({ file, line, message }) => ({ file, line, message }));
    throw error;
  }
  throw new Error("expected a SeedError");
}

const SOURCE =
  "MERGE (s:Source {id: 'tale'}) SET s.title = 'A tale', s.kind = 'report', s.text = 'Once upon a time, twice.';\n";
const citing = (quote: string, start = ""): string =>
  `MATCH (a:Country {id: 'a'}), (b:Country {id: 'b'})\nMERGE (a)-[r:BORDERS {id: 'r'}]->(b)\nSET r.citations = [{source: 'tale', quote: '${quote}'${start}}];\n`;

describe("planSeedFiles", () => {
  it("gives each data statement as a command with its line, and schema files as statements", () => {
    const plans = planSeedFiles(
      files({
        "001-schema.cypher": "CREATE INDEX x IF NOT EXISTS FOR (n:Entity) ON (n.name);\n",
        "010-data.cypher": `// fiction\n${SOURCE}\n${citing("upon a time")}`,
      }),
      accept,
    );
    expect(plans[0]).toMatchObject({ kind: "schema", statements: [{ line: 1 }] });
    expect(plans[1]).toMatchObject({
      kind: "data",
      commands: [
        { line: 2, command: { kind: "source" } },
        {
          line: 4,
          command: { kind: "relationship" },
          statement: "MATCH (a:Country {id: 'a'}), (b:Country {id: 'b'})",
        },
      ],
    });
  });

  it("checks quotes against the texts of sources the files define, at start when given, across files", () => {
    const given = files({
      "010-source.cypher": SOURCE,
      "020-cites.cypher": `${citing("upon a time")}${citing("twice", ", start: 18")}${citing("thrice")}${citing("Once", ", start: 3")}`,
    });
    expect(problems(() => planSeedFiles(given, accept))).toEqual([
      {
        file: "seed/020-cites.cypher",
        line: 7,
        message: 'the quote "thrice" does not occur verbatim in source "tale"',
      },
      {
        file: "seed/020-cites.cypher",
        line: 10,
        message: 'the quote "Once" does not occur verbatim at offset 3 in source "tale"',
      },
    ]);
  });

  it("leaves quotes of sources the files do not define to the database", () => {
    expect(planSeedFiles(files({ "030-elsewhere.cypher": citing("anything at all") }), accept)).toHaveLength(
      1,
    );
  });

  it("reports every problem of every file, the editor's static checks at their statement's line", () => {
    const check = (command: EditorCommand): void => {
      if (command.kind === "entity" && command.input.id === "Bad Id") {
        throw new InvalidInputError("input.id must be a kebab-case slug", "input.id");
      }
    };
    const given = files({
      "040-one.cypher":
        "MERGE (n:Entity:Place {id: 'fine'}) SET n.name = 'Fine';\n\nMERGE (n:Entity:Place {id: 'Bad Id'});\n",
      "050-two.cypher": "CREATE (n:Entity:Place {id: 'x'});\nMATCH (n) RETURN n;\n",
      "060-mixed.cypher":
        "MERGE (n:Entity:Place {id: 'p'});\nCREATE CONSTRAINT c IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;\n",
    });
    expect(problems(() => planSeedFiles(given, check))).toEqual([
      { file: "seed/040-one.cypher", line: 3, message: "input.id must be a kebab-case slug" },
      {
        file: "seed/050-two.cypher",
        line: 1,
        message: expect.stringContaining("a seed statement is one of these forms"),
      },
      {
        file: "seed/050-two.cypher",
        line: 2,
        message: expect.stringContaining("expected {id: '...'}, found \")\""),
      },
      {
        file: "seed/060-mixed.cypher",
        line: 1,
        message: "a file holds either schema commands (constraints, indexes) or data statements, not both",
      },
    ]);
  });
});

describe("readSeedFiles", () => {
  it("records paths relative to the project root, with the project root as seed root", () => {
    const [file] = files({ "070-a.cypher": "MATCH ()-[r {id: 'x'}]->() DELETE r;" });
    expect(file).toMatchObject({ path: "seed/070-a.cypher", root: project });
    expect(file!.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it("keeps paths outside the project as given, with their folder as seed root", () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), "seed-outside-"));
    writeFileSync(path.join(outside, "a.cypher"), "");
    const inFolder = readSeedFiles([outside], project, project);
    expect(inFolder).toMatchObject([{ path: path.join(outside, "a.cypher"), root: outside }]);
    const single = readSeedFiles([path.join(outside, "a.cypher")], project, project);
    expect(single).toMatchObject([{ path: path.join(outside, "a.cypher"), root: outside }]);
  });
});
