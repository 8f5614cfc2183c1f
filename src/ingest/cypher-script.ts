/** One statement of a Cypher script, with where it starts in its file. */
export interface ScriptStatement {
  /** The statement as written, without its terminating `;`. */
  readonly text: string;
  /** Same length as `text`, with string contents and comments blanked (newlines kept), for scanning. */
  readonly code: string;
  /** 1-based line of the statement's first character. */
  readonly line: number;
}

/** 1-based line of `offset` within a statement that starts on `startLine`. */
export function lineAt(statement: ScriptStatement, offset: number): number {
  let line = statement.line;
  for (let i = 0; i < offset && i < statement.code.length; i += 1) if (statement.code[i] === "\n") line += 1;
  return line;
}

export class UnterminatedError extends Error {
  constructor(
    readonly line: number,
    what: string,
  ) {
    super(`unterminated ${what}`);
  }
}

/**
 * Splits a script on `;` outside strings, backticks and comments, as cypher-shell does.
 * Comments and string contents are blanked in `code` so that scanners never read them as Cypher.
 */
export function splitCypherScript(script: string): ScriptStatement[] {
  const statements: ScriptStatement[] = [];
  let text = "";
  let code = "";
  let line = 1;
  let startLine = 1;
  let i = 0;
  // A statement starts at its first character of code, after any comments that precede it.
  const push = (): void => {
    const start = code.length - code.trimStart().length;
    const end = code.trimEnd().length;
    if (end > start) {
      const newlines = (code.slice(0, start).match(/\n/g) ?? []).length;
      statements.push({
        text: text.slice(start, end),
        code: code.slice(start, end),
        line: startLine + newlines,
      });
    }
    text = "";
    code = "";
  };
  while (i < script.length) {
    const c = script[i]!;
    const next = script[i + 1];
    if (text === "") startLine = line;
    if (c === "/" && next === "/") {
      const end = script.indexOf("\n", i);
      const stop = end === -1 ? script.length : end;
      text += script.slice(i, stop);
      code += " ".repeat(stop - i);
      i = stop;
      continue;
    }
    if (c === "/" && next === "*") {
      const end = script.indexOf("*/", i + 2);
      if (end === -1) throw new UnterminatedError(line, "comment");
      const chunk = script.slice(i, end + 2);
      text += chunk;
      code += chunk.replace(/[^\n]/g, " ");
      line += (chunk.match(/\n/g) ?? []).length;
      i = end + 2;
      continue;
    }
    if (c === "'" || c === '"' || c === "`") {
      const openLine = line;
      let j = i + 1;
      while (j < script.length && script[j] !== c) {
        if (script[j] === "\\" && c !== "`") j += 1;
        j += 1;
      }
      if (j >= script.length) throw new UnterminatedError(openLine, c === "`" ? "backtick name" : "string");
      const chunk = script.slice(i, j + 1);
      text += chunk;
      // Backticked names stay readable to scanners: they can be labels or types.
      code += c === "`" ? chunk : c + chunk.slice(1, -1).replace(/[^\n]/g, " ") + c;
      line += (chunk.match(/\n/g) ?? []).length;
      i = j + 1;
      continue;
    }
    if (c === ";") {
      push();
      i += 1;
      continue;
    }
    text += c;
    code += c;
    if (c === "\n") line += 1;
    i += 1;
  }
  push();
  return statements;
}
