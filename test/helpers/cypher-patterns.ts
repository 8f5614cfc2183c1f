import antlr4 from "@neo4j-cypher/antlr4-browser";
import { CypherLexer } from "@neo4j-cypher/antlr4-simple";

/** A statement's text with string contents and comments blanked (newlines kept), for scanning. */
export interface ScannedStatement {
  readonly code: string;
}

// Comments come inside whitespace tokens (SP).
const BLANKED = new Set(["StringLiteral", "Comment", "SP", "WHITESPACE"]);

/** Blanks strings (keeping their quotes) and comments of `text` with Neo4j's Cypher lexer. */
export function blankedStatement(text: string): ScannedStatement {
  const lexer = new CypherLexer(new antlr4.InputStream(text));
  lexer.removeErrorListeners();
  let code = "";
  for (const token of lexer.getAllTokens()) {
    const name = CypherLexer.symbolicNames[token.type] ?? "";
    const raw = text.slice(token.start, token.stop + 1);
    if (!BLANKED.has(name)) code += raw;
    else if (name === "StringLiteral") code += raw[0] + raw.slice(1, -1).replace(/[^\n]/g, " ") + raw.at(-1);
    else code += raw.replace(/[^\n]/g, " ");
  }
  return { code };
}

/** A `(var:Label ...)` pattern found in a statement. */
export interface NodePattern {
  readonly variable: string | undefined;
  readonly labels: readonly string[];
  readonly start: number;
  readonly end: number;
  readonly clause: string | undefined;
}

/** A `-[var:TYPE ...]->` pattern with the node patterns on either side. */
export interface RelationshipPattern {
  readonly variable: string | undefined;
  readonly types: readonly string[];
  readonly start: number;
  readonly direction: "out" | "in" | "both";
  readonly left: NodePattern | undefined;
  readonly right: NodePattern | undefined;
  readonly clause: string | undefined;
  /** The inline property map, blanked, e.g. `{id: '   '}`. */
  readonly inline: string;
}

/** A `:Label` outside any pattern, e.g. `SET n:Country`. */
export interface LabelUse {
  readonly variable: string | undefined;
  readonly label: string;
  readonly start: number;
}

export interface StatementPatterns {
  readonly nodes: readonly NodePattern[];
  readonly relationships: readonly RelationshipPattern[];
  readonly labels: readonly LabelUse[];
}

const IDENT = /[A-Za-z0-9_]/;
const CLAUSES = /^(MATCH|MERGE|CREATE|WITH|UNWIND|RETURN|SET|REMOVE|DELETE|DETACH|WHERE|FOREACH|CALL)$/i;

/** Words after which `(` opens a node pattern rather than a function call's arguments. */
const PATTERN_KEYWORDS = /^(MATCH|MERGE|CREATE|WHERE|AND|OR|XOR|NOT|FOR|ON|RETURN|WITH|DELETE)$/i;

function wordEndingAt(code: string, end: number): string {
  let start = end;
  while (start > 0 && IDENT.test(code[start - 1]!)) start -= 1;
  return code.slice(start, end + 1);
}

function readName(code: string, from: number): { name: string; end: number } {
  let i = from;
  while (code[i] === " " || code[i] === "\n" || code[i] === "\t" || code[i] === "\r") i += 1;
  if (code[i] === "`") {
    const close = code.indexOf("`", i + 1);
    return { name: code.slice(i + 1, close), end: close + 1 };
  }
  const start = i;
  while (i < code.length && IDENT.test(code[i]!)) i += 1;
  return { name: code.slice(start, i), end: i };
}

function skipSpace(code: string, i: number, step: 1 | -1): number {
  while (i >= 0 && i < code.length && /\s/.test(code[i]!)) i += step;
  return i;
}

function matching(code: string, open: number, openChar: string, closeChar: string): number {
  let depth = 0;
  for (let i = open; i < code.length; i += 1) {
    if (code[i] === openChar) depth += 1;
    else if (code[i] === closeChar) {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return code.length - 1;
}

/** Reads `var:A:B` (or `var:A|B` in a relationship) starting right after an opening bracket. */
function readHead(
  code: string,
  from: number,
): { variable: string | undefined; names: string[]; end: number } {
  const first = readName(code, from);
  let i = first.end;
  const names: string[] = [];
  for (;;) {
    const j = skipSpace(code, i, 1);
    if (code[j] !== ":" && code[j] !== "|" && code[j] !== "&") break;
    const next = readName(code, j + 1);
    if (next.name === "") break;
    names.push(next.name);
    i = next.end;
  }
  return { variable: first.name === "" ? undefined : first.name, names, end: i };
}

/** Finds node patterns, relationship patterns and label uses in a statement's blanked code. */
export function scanPatterns(statement: ScannedStatement): StatementPatterns {
  const code = statement.code;
  const nodes: NodePattern[] = [];
  const relationships: Omit<RelationshipPattern, "left" | "right">[] = [];
  const labels: LabelUse[] = [];
  const claimed = new Set<number>();
  let clause: string | undefined;
  let braces = 0;
  for (let i = 0; i < code.length; i += 1) {
    const c = code[i]!;
    if (/[A-Za-z]/.test(c) && (i === 0 || !IDENT.test(code[i - 1]!))) {
      const word = readName(code, i).name;
      if (braces === 0 && CLAUSES.test(word)) clause = word.toUpperCase();
      i += word.length - 1;
      continue;
    }
    if (c === "{") braces += 1;
    else if (c === "}") braces -= 1;
    else if (c === "(" && braces === 0) {
      const before = skipSpace(code, i - 1, -1);
      if (before >= 0 && IDENT.test(code[before]!) && !PATTERN_KEYWORDS.test(wordEndingAt(code, before)))
        continue; // a call
      const head = readHead(code, i + 1);
      for (let k = i; k < head.end; k += 1) claimed.add(k);
      nodes.push({
        variable: head.variable,
        labels: head.names,
        start: i,
        end: matching(code, i, "(", ")"),
        clause,
      });
    } else if (c === "[" && braces === 0) {
      const before = skipSpace(code, i - 1, -1);
      if (before < 0 || code[before] !== "-") continue; // a list, not a relationship
      const head = readHead(code, i + 1);
      const close = matching(code, i, "[", "]");
      for (let k = i; k <= close; k += 1) claimed.add(k);
      const incoming = code[skipSpace(code, before - 1, -1)] === "<";
      const after = skipSpace(code, close + 1, 1);
      const outgoing = code[after] === "-" && code[skipSpace(code, after + 1, 1)] === ">";
      relationships.push({
        variable: head.variable,
        types: head.names,
        start: i,
        direction: outgoing ? "out" : incoming ? "in" : "both",
        clause,
        inline: code.slice(head.end, close),
      });
    } else if (c === ":" && braces === 0 && !claimed.has(i)) {
      const before = skipSpace(code, i - 1, -1);
      if (before < 0 || !IDENT.test(code[before]!)) continue;
      labels.push({ variable: wordEndingAt(code, before), label: readName(code, i + 1).name, start: i });
    }
  }
  const endingAt = (offset: number): NodePattern | undefined => nodes.find((n) => n.end === offset);
  const startingAt = (offset: number): NodePattern | undefined => nodes.find((n) => n.start === offset);
  return {
    nodes,
    labels,
    relationships: relationships.map((r) => {
      let left = skipSpace(code, r.start - 1, -1); // the '-'
      left = skipSpace(code, left - 1, -1);
      if (code[left] === "<") left = skipSpace(code, left - 1, -1);
      const close = matching(code, r.start, "[", "]");
      let right = skipSpace(code, close + 1, 1); // the '-'
      right = skipSpace(code, right + 1, 1);
      if (code[right] === ">") right = skipSpace(code, right + 1, 1);
      return { ...r, left: endingAt(left), right: startingAt(right) };
    }),
  };
}
