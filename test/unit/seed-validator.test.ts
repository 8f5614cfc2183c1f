import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { splitCypherScript } from "../../src/services/seed/cypher-script";
import { isSchemaStatement, validateStatement } from "../../src/services/seed/seed-validator";

function problems(script: string): string[] {
  return splitCypherScript(script).flatMap((s) => validateStatement(s).map((p) => `${p.line}: ${p.message}`));
}

const CITED = "r.sourceIds = ['s'], r.quotes = ['q']";

describe("validateStatement", () => {
  it("accepts an entity and a cited edge the registry allows", () => {
    expect(
      problems(
        [
          "MERGE (n:Entity:Country {id: 'turkey'}) SET n.name = 'Turkey';",
          "MATCH (a:Country {id: 'turkey'}), (b:Negotiation {id: 'talks'})",
          `MERGE (a)-[r:MEDIATES {id: 'm'}]->(b) SET r.role = 'lead', ${CITED};`,
        ].join("\n"),
      ),
    ).toEqual([]);
  });

  it("names the line of an unknown label", () => {
    expect(problems("MERGE (n:Entity:Country {id: 'a'});\n\nMERGE (n:Entity:Spaceship {id: 'b'});")).toEqual([
      expect.stringMatching(/^3: unknown label :Spaceship; the registry knows .*Country/),
      expect.stringMatching(/^3: an :Entity node needs exactly one kind label/),
    ]);
  });

  it("catches unknown labels outside patterns and unknown relationship types", () => {
    expect(problems("MATCH (n {id: 'a'}) SET n:Wizard;")).toEqual([
      expect.stringMatching(/^1: unknown label :Wizard/),
    ]);
    expect(problems("MATCH (a:Country), (b:Country)\nMERGE (a)-[r:LOVES {id: 'x'}]->(b);")).toEqual([
      expect.stringMatching(/^2: unknown relationship type :LOVES/),
    ]);
  });

  it("refuses an edge between kinds the registry does not allow, in either written direction", () => {
    const forward = `MATCH (a:Agreement {id: 'd'}), (b:Country {id: 'p'})\nMERGE (a)-[r:TARGETS {id: 'x'}]->(b) SET ${CITED};`;
    const backward = `MATCH (a:Agreement {id: 'd'}), (b:Country {id: 'p'})\nMERGE (b)<-[r:TARGETS {id: 'x'}]-(a) SET ${CITED};`;
    for (const script of [forward, backward]) {
      expect(problems(script)).toEqual(["2: the registry does not allow :TARGETS from Agreement to Country"]);
    }
  });

  it("accepts a symmetric edge written in its stored direction, from the id that sorts last", () => {
    const forward = `MATCH (a:Country {id: 'y'}), (b:Country {id: 'x'})\nMERGE (a)-[r:BORDERS {id: 'b'}]->(b) SET ${CITED};`;
    const backward = `MATCH (a:Country {id: 'y'}), (b:Country {id: 'x'})\nMERGE (b)<-[r:BORDERS {id: 'b'}]-(a) SET ${CITED};`;
    const inline = `MERGE (a:Entity:Country {id: 'y'})-[r:BORDERS {id: 'b'}]->(b:Entity:Country {id: 'x'}) SET ${CITED};`;
    for (const script of [forward, backward, inline]) expect(problems(script)).toEqual([]);
  });

  it("refuses a symmetric edge written against its stored direction, naming the line and the fix", () => {
    const rule = ":BORDERS is symmetric and stored from the id that sorts last to the one that sorts first";
    expect(
      problems(
        `MATCH (a:Country {id: 'x'}), (b:Country {id: 'y'})\n\nMERGE (a)-[r:BORDERS {id: 'b'}]->(b) SET ${CITED};`,
      ),
    ).toEqual([`3: ${rule}: write it from 'y' to 'x'`]);
    expect(
      problems(
        `MATCH (a:Country {id: 'x'}), (b:Country {id: 'y'})\nMERGE (a)-[r:BORDERS {id: 'b'}]-(b) SET ${CITED};`,
      ),
    ).toEqual([`2: ${rule}: write it with a direction, -[...]->`]);
    expect(
      problems(
        `MATCH (a:Country), (b:Country {id: 'y'})\nMERGE (a)-[r:BORDERS {id: 'b'}]->(b) SET ${CITED};`,
      ),
    ).toEqual([
      "2: cannot check the direction of :BORDERS: give both endpoints a literal id, e.g. (a:Country {id: '…'})",
    ]);
  });

  it("leaves the direction of other types to the file", () => {
    expect(
      problems(
        `MATCH (a:Country {id: 'a'}), (b:Country {id: 'b'})\nMERGE (a)-[r:DEMANDS {id: 'd'}]->(b) SET r.demand = 'x', ${CITED};`,
      ),
    ).toEqual([]);
  });

  it("requires citations, kind labels on endpoints, :Entity on entities and no parameters", () => {
    expect(
      problems("MATCH (a:Country {id: 'y'}), (b:Country {id: 'x'})\nMERGE (a)-[r:BORDERS {id: 'b'}]->(b);"),
    ).toEqual(["2: a written :BORDERS needs an id, sourceIds and quotes (its citations)"]);
    expect(
      problems(
        `MATCH (a {id: 'y'}), (b:Country {id: 'x'}) MERGE (a)-[r:BORDERS {id: 'b'}]->(b) SET ${CITED};`,
      ),
    ).toEqual([expect.stringMatching(/cannot check the endpoints of :BORDERS/)]);
    expect(problems("MERGE (n:Country {id: 'x'});")).toEqual([
      "1: an entity node (:Country) must also carry :Entity",
    ]);
    expect(problems("MERGE (n:Entity:Country {id: $id});")).toEqual([
      "1: seed statements take no $parameters: write values as literals",
    ]);
  });

  it("ignores labels and types inside strings and comments", () => {
    expect(
      problems("// MERGE (n:Wizard)\nMERGE (n:Entity:Place {id: 'x'}) SET n.note = ':Wizard -[:LOVES]->';"),
    ).toEqual([]);
  });

  it("tells schema commands from data statements", () => {
    const [schema, data] = splitCypherScript(
      "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\nCREATE (n:Entity:Place {id: 'x'});",
    );
    expect(isSchemaStatement(schema!)).toBe(true);
    expect(isSchemaStatement(data!)).toBe(false);
  });
});

describe("the committed seed and schema files", () => {
  const root = path.join(__dirname, "..", "..", "cypher");
  const files = ["schema", "seed"].flatMap((dir) =>
    readdirSync(path.join(root, dir))
      .filter((f) => f.endsWith(".cypher"))
      .map((f) => path.join(root, dir, f)),
  );

  it.each(files)("%s passes validation", (file) => {
    const found = splitCypherScript(readFileSync(file, "utf8")).flatMap((s) => validateStatement(s));
    expect(found).toEqual([]);
  });
});
