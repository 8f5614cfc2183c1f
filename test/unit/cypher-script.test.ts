import { lineAt, splitCypherScript, UnterminatedError } from "../../src/ingest/cypher-script";

describe("splitCypherScript", () => {
  it("splits on semicolons outside strings and comments, keeping each statement's first line", () => {
    const script = [
      "// header; not a statement",
      "MERGE (a:Entity:Country {id: 'x;y'})",
      "SET a.name = 'It\\'s; fine';",
      "",
      "/* block; comment */",
      "MATCH (n) RETURN n;",
      "RETURN 1",
    ].join("\n");
    const statements = splitCypherScript(script);
    expect(statements.map((s) => s.line)).toEqual([2, 6, 7]);
    expect(statements[0]!.text).toBe("MERGE (a:Entity:Country {id: 'x;y'})\nSET a.name = 'It\\'s; fine'");
    expect(statements[1]!.text).toBe("MATCH (n) RETURN n");
    expect(statements[2]!.text).toBe("RETURN 1");
  });

  it("blanks string contents in code but keeps offsets and newlines", () => {
    const [statement] = splitCypherScript("MATCH (a)\nWHERE a.q = ':Fake\nlabel'\nRETURN a;");
    expect(statement!.code.length).toBe(statement!.text.length);
    expect(statement!.code).not.toContain("Fake");
    expect(lineAt(statement!, statement!.code.indexOf("RETURN"))).toBe(4);
  });

  it("reports an unterminated string with its line", () => {
    expect(() => splitCypherScript("RETURN 1;\nRETURN 'open;")).toThrow(UnterminatedError);
    try {
      splitCypherScript("RETURN 1;\nRETURN 'open;");
    } catch (error) {
      expect((error as UnterminatedError).line).toBe(2);
    }
  });
});
