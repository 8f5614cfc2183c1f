import antlr4 from "@neo4j-cypher/antlr4-browser";
import { CypherLexer, type Token } from "@neo4j-cypher/antlr4-simple";

/** One statement of a Cypher file, as Neo4j will run it, and where it starts. */
export interface FileStatement {
  /** From its first token to its last: comments before it and its `;` left out. */
  readonly text: string;
  /** 1-based line of its first token. */
  readonly line: number;
  /** A constraint or index command: Neo4j runs those apart from data writes. */
  readonly schema: boolean;
  /** A schema command that drops a constraint or an index. */
  readonly drops: boolean;
  /** A schema command that does nothing when what it creates exists (`IF NOT EXISTS`). */
  readonly idempotent: boolean;
  /** The name a schema command gives what it creates (`CREATE INDEX entity_name …`), when it names it. */
  readonly creates?: string;
}

const names = CypherLexer.symbolicNames;
const TRIVIA = new Set(["SP", "WHITESPACE", "Comment"]);
const isTrivia = (t: Token): boolean => TRIVIA.has(names[t.type] ?? "");
const SCHEMA_VERBS = new Set(["CREATE", "DROP"]);
const SCHEMA_OBJECTS = new Set(["CONSTRAINT", "INDEX"]);
/** Words that follow CONSTRAINT or INDEX in a command that gives no name. */
const UNNAMED = new Set(["IF", "FOR", "ON"]);

function toStatement(script: string, tokens: readonly Token[]): FileStatement | undefined {
  const first = tokens[0];
  const last = tokens.at(-1);
  if (!first || !last) return undefined;
  const words = tokens.map((t) => t.text.toUpperCase());
  const schema = SCHEMA_VERBS.has(words[0]!) && words.slice(0, 6).some((w) => SCHEMA_OBJECTS.has(w));
  const object = words.findIndex((w) => SCHEMA_OBJECTS.has(w));
  const name = schema && words[0] === "CREATE" ? tokens[object + 1] : undefined;
  return {
    text: script.slice(first.start, last.stop + 1),
    line: first.line,
    schema,
    drops: schema && words[0] === "DROP",
    idempotent: words.some((w, i) => w === "IF" && words[i + 1] === "NOT" && words[i + 2] === "EXISTS"),
    ...(name && !UNNAMED.has(name.text.toUpperCase()) ? { creates: name.text.replace(/^`|`$/g, "") } : {}),
  };
}

/**
 * Splits a Cypher script into statements at each `;` token of Neo4j's Cypher lexer (the grammar of
 * Neo4j's own editor support, @neo4j-cypher), so a `;` inside a string, a quoted name or a comment does
 * not end one. Syntax is Neo4j's to judge when the statement runs.
 */
export function cypherStatements(script: string): FileStatement[] {
  const lexer = new CypherLexer(new antlr4.InputStream(script));
  lexer.removeErrorListeners();
  const statements: FileStatement[] = [];
  let current: Token[] = [];
  const flush = (): void => {
    const s = toStatement(script, current);
    if (s) statements.push(s);
    current = [];
  };
  for (const token of lexer.getAllTokens()) {
    if (token.text === ";") flush();
    else if (!isTrivia(token)) current.push(token);
  }
  flush();
  return statements;
}
