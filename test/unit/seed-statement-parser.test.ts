import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { SeedSyntaxError } from "../../src/ingest/cypher-tokens";
import { splitCypherScript } from "../../src/ingest/cypher-script";
import { toEditorCommand } from "../../src/ingest/seed-commands";
import { parseSeedStatement } from "../../src/ingest/seed-statement-parser";

// Texts here are made up (fiction); only their shape matters.
const root = mkdtempSync(path.join(os.tmpdir(), "seed-parser-"));
mkdirSync(path.join(root, "seed"));
mkdirSync(path.join(root, "sources"));
writeFileSync(path.join(root, "sources", "harbour.txt"), "The harbour talks opened on Monday.");
writeFileSync(path.join(os.tmpdir(), "outside-seed-root.txt"), "outside");
const at = { folder: path.join(root, "seed"), root };

/** The command of a one-statement script whose statement starts on `line`. */
function command(script: string) {
  const [statement] = splitCypherScript(script);
  return toEditorCommand(parseSeedStatement(statement!.text, statement!.line), statement!.line, at);
}

function errorOf(script: string): { line: number; message: string } {
  try {
    command(script);
  } catch (error) {
    if (error instanceof SeedSyntaxError) return { line: error.line, message: error.message };
    throw error;
  }
  throw new Error("expected a SeedSyntaxError");
}

describe("seed statements", () => {
  it("reads a source with its text inline", () => {
    expect(
      command(
        "MERGE (s:Source {id: 'harbour-report'})\nSET s.title = 'Harbour report', s.kind = 'report', s.language = 'en', s.publishedOn = '2031-04-02', s.text = 'Talks opened.'",
      ),
    ).toEqual({
      kind: "source",
      input: {
        id: "harbour-report",
        title: "Harbour report",
        kind: "report",
        text: "Talks opened.",
        publisher: undefined,
        publishedOn: "2031-04-02",
        url: undefined,
        language: "en",
      },
    });
  });

  it("reads a source's text from a file relative to the seed file, inside the seed root", () => {
    const c = command(
      "MERGE (s:Source {id: 'h'}) SET s.title = 'H', s.kind = 'reference', s.textFile = '../sources/harbour.txt'",
    );
    expect(c).toMatchObject({ kind: "source", input: { text: "The harbour talks opened on Monday." } });
  });

  it("reads an entity: kind label, name, aliases, description and kind properties", () => {
    expect(
      command(
        "MERGE (n:Entity:Negotiation {id: 'harbour-talks'}) SET n.name = 'Harbour talks', n.aliases = ['the talks'], n.description = null, n.when = 'Monday'",
      ),
    ).toEqual({
      kind: "entity",
      input: {
        id: "harbour-talks",
        kind: "Negotiation",
        name: "Harbour talks",
        aliases: ["the talks"],
        description: null,
        properties: { when: "Monday" },
      },
    });
    expect(command("MERGE (n:Country:Entity {id: 'x'})")).toMatchObject({ input: { kind: "Country" } });
  });

  it("reads a relationship with its citations, their fields and the type's own properties", () => {
    const c = command(
      [
        "MATCH (a:Country {id: 'northland'}), (b:Negotiation {id: 'harbour-talks'})",
        "MERGE (a)-[r:MEDIATES {id: 'northland-mediates'}]->(b)",
        "SET r.role = 'lead',",
        "    r.citations = [",
        "      {source: 'h', quote: 'opened', start: 18},",
        "      {source: 'h', quote: 'talks', stance: 'REPORTS', claimant: 'an official', claimantId: 'northland', when: 'Monday', since: '2031', until: '2031-05', role: 'supporting'}",
        "    ]",
      ].join("\n"),
    );
    expect(c).toEqual({
      kind: "relationship",
      input: {
        id: "northland-mediates",
        type: "MEDIATES",
        from: "northland",
        to: "harbour-talks",
        properties: { role: "lead" },
        citations: [
          {
            sourceId: "h",
            quote: "opened",
            start: 18,
            stance: undefined,
            claimant: undefined,
            claimantId: undefined,
            when: undefined,
            since: undefined,
            until: undefined,
            properties: {},
          },
          {
            sourceId: "h",
            quote: "talks",
            start: undefined,
            stance: "REPORTS",
            claimant: "an official",
            claimantId: "northland",
            when: "Monday",
            since: "2031",
            until: "2031-05",
            properties: { role: "supporting" },
          },
        ],
      },
    });
  });

  it("takes the endpoints in the direction the MERGE writes", () => {
    const c = command(
      "MATCH (b:Negotiation {id: 't'}), (a:Country {id: 'c'}) MERGE (a)-[r:PARTICIPATES_IN {id: 'p'}]->(b) SET r.citations = [{source: 's', quote: 'q'}]",
    );
    expect(c).toMatchObject({ input: { from: "c", to: "t" } });
  });

  it("reads retractions", () => {
    expect(command("MATCH (s:Source {id: 'old'}) DETACH DELETE s")).toEqual({
      kind: "retractSource",
      id: "old",
    });
    expect(command("match ()-[r {id: 'gone'}]->() delete r")).toEqual({
      kind: "retractRelationship",
      id: "gone",
    });
  });

  it("decodes Cypher string escapes in single and double quotes", () => {
    const c = command(
      'MERGE (n:Entity:Place {id: \'p\'}) SET n.name = \'It\\\'s \\"here\\"\\t\\\\ \\u00e9\\U0001F600\', n.description = "say \\"hi\\"\\nnow"',
    );
    expect(c).toMatchObject({ input: { name: 'It\'s "here"\t\\ é😀', description: 'say "hi"\nnow' } });
  });

  it("reads numbers, booleans, null, nested lists and maps, and skips comments", () => {
    const statement = parseSeedStatement(
      "MERGE (n:Entity:Incident {id: 'i'}) // comment\nSET n.count = -12, n.x = [1.5, 2e3, true, false, null, [], {a: {b: ['c']}}] /* block */",
      1,
    );
    expect(statement).toMatchObject({
      set: [
        { property: "count", value: -12 },
        { property: "x", value: [1.5, 2000, true, false, null, [], { a: { b: ["c"] } }] },
      ],
    });
  });

  it("refuses an unknown form, listing the accepted ones, at its line", () => {
    const e = errorOf("// header\n\nCREATE (n:Entity:Place {id: 'x'})");
    expect(e.line).toBe(3);
    expect(e.message).toContain("a seed statement is one of these forms");
    expect(e.message).toContain("MATCH ()-[r {id: '...'}]->() DELETE r");
  });

  it("refuses anything beyond a form, saying what was expected", () => {
    const e = errorOf("MERGE (n:Entity:Place {id: 'x'})\nSET n.name = 'X'\nRETURN n");
    expect(e).toEqual({
      line: 3,
      message: expect.stringMatching(/^expected SET or the end of the statement, found "RETURN"/),
    });
  });

  it("refuses $parameters at their line", () => {
    expect(errorOf("MERGE (n:Entity:Place {id: 'x'})\nSET n.name = $name")).toEqual({
      line: 2,
      message: "$name: parameters are not allowed in seed files; write the value as a literal",
    });
  });

  it("refuses an unknown label, an unknown relationship type and an edge the registry does not allow", () => {
    expect(errorOf("MERGE (n:Entity:Spaceship {id: 'x'})")).toMatchObject({
      line: 1,
      message: expect.stringContaining("unknown label :Spaceship; the kinds are Country"),
    });
    const rel = (type: string, a = "Country", b = "Country"): string =>
      `MATCH (a:${a} {id: 'a'}), (b:${b} {id: 'b'})\nMERGE (a)-[r:${type} {id: 'r'}]->(b) SET r.citations = [{source: 's', quote: 'q'}]`;
    expect(errorOf(rel("LOVES"))).toEqual({ line: 2, message: "unknown relationship type :LOVES" });
    expect(errorOf(rel("TARGETS", "Agreement"))).toEqual({
      line: 2,
      message: expect.stringContaining("the registry does not allow :TARGETS from Agreement to Country"),
    });
  });

  it("refuses an entity without :Entity and an endpoint without its kind label", () => {
    expect(errorOf("MERGE (n:Place {id: 'x'})").message).toContain(
      "an entity carries :Entity and exactly one kind label",
    );
    expect(
      errorOf("MATCH (a {id: 'a'}),\n  (b:Country {id: 'b'}) MERGE (a)-[r:BORDERS {id: 'r'}]->(b)"),
    ).toEqual({ line: 1, message: expect.stringContaining("the endpoint (a) needs its kind label") });
  });

  it("refuses unknown properties and citation keys, naming what is accepted", () => {
    expect(errorOf("MERGE (n:Entity:Place {id: 'x'})\nSET n.colour = 'red'").message).toBe(
      "n.colour is not a property of a Place; it has name, aliases, description",
    );
    expect(
      errorOf(
        "MATCH (a:Country {id: 'a'}), (b:Country {id: 'b'}) MERGE (a)-[r:BORDERS {id: 'r'}]->(b)\nSET r.citations = [{source: 's', quote: 'q', page: 3}]",
      ),
    ).toEqual({
      line: 2,
      message: expect.stringContaining("a citation has no key page; its keys are source, quote"),
    });
    expect(
      errorOf("MATCH (a:Country {id: 'a'}), (b:Country {id: 'b'})\nMERGE (a)-[r:BORDERS {id: 'r'}]->(b)"),
    ).toEqual({ line: 2, message: expect.stringContaining("a relationship needs r.citations") });
  });

  it("refuses a source without title or text, and a textFile outside the seed root", () => {
    expect(errorOf("MERGE (s:Source {id: 's'}) SET s.kind = 'report', s.text = 't'").message).toContain(
      "a source needs s.title",
    );
    expect(errorOf("MERGE (s:Source {id: 's'}) SET s.title = 'T', s.kind = 'report'").message).toContain(
      "a source has its text in s.text or in s.textFile",
    );
    expect(
      errorOf(
        "MERGE (s:Source {id: 's'})\nSET s.title = 'T', s.kind = 'report',\n s.textFile = '../../outside-seed-root.txt'",
      ),
    ).toEqual({ line: 3, message: expect.stringContaining("lies outside the seed root") });
  });

  it("refuses an unknown escape and a key given twice", () => {
    expect(errorOf("MERGE (n:Entity:Place {id: 'x'})\nSET n.name = 'a\\qb'")).toEqual({
      line: 2,
      message: expect.stringContaining("unknown escape \\q in a string"),
    });
    expect(errorOf("MERGE (n:Entity:Place {id: 'x'}) SET n.x = {a: 1,\n a: 2}").line).toBe(2);
  });
});
