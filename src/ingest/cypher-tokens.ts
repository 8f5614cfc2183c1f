/** A statement of a seed file did not parse; `line` is 1-based in its file. */
export class SeedSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export type TokenKind = "name" | "string" | "number" | "parameter" | "punctuation" | "end";

export interface Token {
  readonly kind: TokenKind;
  /** Names and punctuation as written; strings decoded; numbers as written. */
  readonly value: string;
  readonly line: number;
}

const PUNCTUATION = new Set(["(", ")", "{", "}", "[", "]", ":", ",", ".", "=", "-", ">", "<"]);
const NAME_START = /[A-Za-z_]/;
const NAME_PART = /[A-Za-z0-9_]/;
const NUMBER = /^\d+(\.\d+)?([eE][+-]?\d+)?/;
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  "\\": "\\",
  "'": "'",
  '"': '"',
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};
const ESCAPES_KNOWN = "\\\\ \\' \\\" \\b \\f \\n \\r \\t \\uXXXX \\UXXXXXXXX";

/** Decodes the body of a Cypher string literal (between its quotes). */
function decodeString(body: string, line: number): string {
  let out = "";
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i]!;
    if (c !== "\\") {
      out += c;
      continue;
    }
    const e = body[i + 1] ?? "";
    if (e in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[e];
      i += 1;
      continue;
    }
    const digits = e === "u" ? 4 : e === "U" ? 8 : 0;
    const hex = body.slice(i + 2, i + 2 + digits);
    if (digits === 0 || !new RegExp(`^[0-9A-Fa-f]{${digits}}$`).test(hex)) {
      throw new SeedSyntaxError(
        line,
        `unknown escape \\${e} in a string; Cypher strings know ${ESCAPES_KNOWN}`,
      );
    }
    out += String.fromCodePoint(parseInt(hex, 16));
    i += 1 + digits;
  }
  return out;
}

/** Tokens of one statement (comments skipped), each with its line in the file. */
export function tokenize(text: string, firstLine: number): Token[] {
  const tokens: Token[] = [];
  let line = firstLine;
  let i = 0;
  const push = (kind: TokenKind, value: string, at: number = line): void => {
    tokens.push({ kind, value, line: at });
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === "\n") line += 1;
    if (/\s/.test(c)) {
      i += 1;
    } else if (text.startsWith("//", i)) {
      const end = text.indexOf("\n", i);
      i = end === -1 ? text.length : end;
    } else if (text.startsWith("/*", i)) {
      const end = text.indexOf("*/", i + 2);
      const stop = end === -1 ? text.length : end + 2;
      line += (text.slice(i, stop).match(/\n/g) ?? []).length;
      i = stop;
    } else if (c === "'" || c === '"' || c === "`") {
      const startLine = line;
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === "\\" && c !== "`" ? 2 : 1;
      const body = text.slice(i + 1, j);
      line += (body.match(/\n/g) ?? []).length;
      push(c === "`" ? "name" : "string", c === "`" ? body : decodeString(body, startLine), startLine);
      i = j + 1;
    } else if (NAME_START.test(c)) {
      let j = i + 1;
      while (j < text.length && NAME_PART.test(text[j]!)) j += 1;
      push("name", text.slice(i, j));
      i = j;
    } else if (/\d/.test(c)) {
      const number = NUMBER.exec(text.slice(i))![0];
      push("number", number);
      i += number.length;
    } else if (c === "$") {
      let j = i + 1;
      while (j < text.length && NAME_PART.test(text[j]!)) j += 1;
      push("parameter", text.slice(i, j));
      i = j;
    } else if (PUNCTUATION.has(c)) {
      push("punctuation", c);
      i += 1;
    } else {
      throw new SeedSyntaxError(line, `unexpected character ${JSON.stringify(c)}`);
    }
  }
  push("end", "end of statement");
  return tokens;
}
