import { SeedSyntaxError, type Token, tokenize } from "./cypher-tokens";

/** A Cypher literal: string, number, boolean, null, list or map. */
export type Literal =
  string | number | boolean | null | readonly Literal[] | { readonly [key: string]: Literal };

export interface NodePattern {
  readonly variable: string;
  readonly labels: readonly string[];
  readonly id: Literal;
  readonly line: number;
}

export interface Assignment {
  readonly variable: string;
  readonly property: string;
  readonly value: Literal;
  readonly line: number;
}

/** The five statement forms a data file may hold. */
export type SeedStatement =
  | { readonly form: "mergeNode"; readonly node: NodePattern; readonly set: readonly Assignment[] }
  | {
      readonly form: "mergeRelationship";
      readonly from: NodePattern;
      readonly to: NodePattern;
      readonly variable: string;
      readonly type: string;
      readonly id: Literal;
      readonly line: number;
      readonly set: readonly Assignment[];
    }
  | { readonly form: "deleteNode"; readonly node: NodePattern }
  | { readonly form: "deleteRelationship"; readonly variable: string; readonly id: Literal };

export const SEED_FORMS = {
  source:
    "MERGE (s:Source {id: '...'}) SET s.title = '...', s.kind = 'report', s.text = '...' (or s.textFile = '...')",
  entity: "MERGE (n:Entity:<Kind> {id: '...'}) SET n.name = '...', n.aliases = ['...'], ...",
  relationship:
    "MATCH (a:<Kind> {id: '...'}), (b:<Kind> {id: '...'}) MERGE (a)-[r:<TYPE> {id: '...'}]->(b) SET r.citations = [{source: '...', quote: '...'}], ...",
  retractSource: "MATCH (s:Source {id: '...'}) DETACH DELETE s",
  retractRelationship: "MATCH ()-[r {id: '...'}]->() DELETE r",
} as const;

const ALL_FORMS = Object.values(SEED_FORMS)
  .map((f) => `  ${f};`)
  .join("\n");

const describe = (t: Token): string =>
  t.kind === "end" ? "the end of the statement" : t.kind === "string" ? "a string" : `"${t.value}"`;

/** Recursive descent over one statement's tokens. */
class StatementParser {
  private index = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private form: string,
  ) {}

  private get token(): Token {
    return this.tokens[this.index]!;
  }

  private fail(message: string, at: Token = this.token): never {
    throw new SeedSyntaxError(at.line, message);
  }

  private expected(what: string): never {
    if (this.token.kind === "parameter") {
      this.fail(
        `${this.token.value}: parameters are not allowed in seed files; write the value as a literal`,
      );
    }
    this.fail(`expected ${what}, found ${describe(this.token)}; the form is: ${this.form}`);
  }

  private isKeyword(word: string): boolean {
    return this.token.kind === "name" && this.token.value.toUpperCase() === word;
  }

  private isPunctuation(p: string, ahead = 0): boolean {
    const t = this.tokens[this.index + ahead];
    return t?.kind === "punctuation" && t.value === p;
  }

  private keyword(word: string): void {
    if (!this.isKeyword(word)) this.expected(word);
    this.index += 1;
  }

  private punctuation(p: string): void {
    if (!this.isPunctuation(p)) this.expected(`"${p}"`);
    this.index += 1;
  }

  private name(what: string): string {
    if (this.token.kind !== "name") this.expected(what);
    return this.tokens[this.index++]!.value;
  }

  private idMap(): Literal {
    if (!this.isPunctuation("{")) this.expected("{id: '...'}");
    this.index += 1;
    if (this.name("id") !== "id")
      this.fail(`expected {id: '...'}; the form is: ${this.form}`, this.tokens[this.index - 1]);
    this.punctuation(":");
    const id = this.literal();
    this.punctuation("}");
    return id;
  }

  nodePattern(): NodePattern {
    const line = this.token.line;
    this.punctuation("(");
    const variable = this.name("a variable");
    const labels: string[] = [];
    while (this.isPunctuation(":")) {
      this.index += 1;
      labels.push(this.name("a label"));
    }
    const id = this.idMap();
    this.punctuation(")");
    return { variable, labels, id, line };
  }

  private assignments(): Assignment[] {
    if (!this.isKeyword("SET")) return [];
    this.index += 1;
    const set: Assignment[] = [];
    do {
      if (set.length > 0) this.index += 1;
      const line = this.token.line;
      const variable = this.name("a variable");
      this.punctuation(".");
      const property = this.name("a property name");
      this.punctuation("=");
      set.push({ variable, property, value: this.literal(), line });
    } while (this.isPunctuation(","));
    return set;
  }

  literal(): Literal {
    const t = this.token;
    if (t.kind === "string") return this.tokens[this.index++]!.value;
    if (t.kind === "number") return Number(this.tokens[this.index++]!.value);
    if (this.isPunctuation("-") && this.tokens[this.index + 1]?.kind === "number") {
      this.index += 2;
      return -Number(this.tokens[this.index - 1]!.value);
    }
    if (this.isKeyword("TRUE") || this.isKeyword("FALSE") || this.isKeyword("NULL")) {
      this.index += 1;
      return t.value.toUpperCase() === "NULL" ? null : t.value.toUpperCase() === "TRUE";
    }
    if (this.isPunctuation("[")) return this.list();
    if (this.isPunctuation("{")) return this.map();
    return this.expected("a literal (a string, number, true, false, null, a list [...] or a map {...})");
  }

  private list(): Literal[] {
    this.punctuation("[");
    const items: Literal[] = [];
    while (!this.isPunctuation("]")) {
      if (items.length > 0) this.punctuation(",");
      items.push(this.literal());
    }
    this.index += 1;
    return items;
  }

  private map(): Record<string, Literal> {
    this.punctuation("{");
    const entries: Record<string, Literal> = {};
    while (!this.isPunctuation("}")) {
      if (Object.keys(entries).length > 0) this.punctuation(",");
      const keyToken = this.token;
      const key = this.name("a key");
      if (Object.hasOwn(entries, key)) this.fail(`the key ${key} appears twice in one map`, keyToken);
      this.punctuation(":");
      entries[key] = this.literal();
    }
    this.index += 1;
    return entries;
  }

  private end(): void {
    if (this.token.kind !== "end")
      this.expected(
        this.form.includes("SET") ? "SET or the end of the statement" : "the end of the statement",
      );
  }

  statement(): SeedStatement {
    if (this.isKeyword("MERGE")) {
      this.index += 1;
      const node = this.nodePattern();
      const set = this.assignments();
      this.end();
      return { form: "mergeNode", node, set };
    }
    if (!this.isKeyword("MATCH")) {
      this.fail(`a seed statement is one of these forms (values are literals):\n${ALL_FORMS}`);
    }
    this.index += 1;
    if (this.isPunctuation("(") && this.isPunctuation(")", 1)) return this.deleteRelationship();
    const first = this.nodePattern();
    if (this.isKeyword("DETACH")) {
      this.form = SEED_FORMS.retractSource;
      this.index += 1;
      this.keyword("DELETE");
      if (this.name("a variable") !== first.variable)
        this.fail(`DETACH DELETE must name ${first.variable}`, this.tokens[this.index - 1]);
      this.end();
      return { form: "deleteNode", node: first };
    }
    this.form = SEED_FORMS.relationship;
    this.punctuation(",");
    return this.mergeRelationship(first);
  }

  private mergeRelationship(first: NodePattern): SeedStatement {
    const second = this.nodePattern();
    this.keyword("MERGE");
    const ends = new Map([first, second].map((n) => [n.variable, n]));
    const endpoint = (): NodePattern => {
      this.punctuation("(");
      const at = this.token;
      const node = ends.get(this.name("a variable"));
      const variables = [...ends.keys()].join(", ");
      if (!node) this.fail(`MERGE must join the variables of the MATCH (${variables})`, at); // cypher-safe: an error message, never sent to Neo4j
      this.punctuation(")");
      return node;
    };
    const from = endpoint();
    this.punctuation("-");
    const line = this.token.line;
    this.punctuation("[");
    const variable = this.name("a variable");
    this.punctuation(":");
    const type = this.name("a relationship type");
    const id = this.idMap();
    this.punctuation("]");
    this.punctuation("-");
    this.punctuation(">");
    const to = endpoint();
    if (to === from) this.fail("a relationship joins two different endpoints");
    const set = this.assignments();
    this.end();
    return { form: "mergeRelationship", from, to, variable, type, id, line, set };
  }

  private deleteRelationship(): SeedStatement {
    this.form = SEED_FORMS.retractRelationship;
    this.punctuation("(");
    this.punctuation(")");
    this.punctuation("-");
    this.punctuation("[");
    const variable = this.name("a variable");
    const id = this.idMap();
    this.punctuation("]");
    this.punctuation("-");
    this.punctuation(">");
    this.punctuation("(");
    this.punctuation(")");
    this.keyword("DELETE");
    if (this.name("a variable") !== variable)
      this.fail(`DELETE must name ${variable}`, this.tokens[this.index - 1]);
    this.end();
    return { form: "deleteRelationship", variable, id };
  }
}

/** Parses one statement of a data file into one of the five forms, or throws SeedSyntaxError at its line. */
export function parseSeedStatement(text: string, line: number): SeedStatement {
  const tokens = tokenize(text, line);
  const form = tokens[0]?.value.toUpperCase() === "MERGE" ? SEED_FORMS.entity : SEED_FORMS.relationship;
  return new StatementParser(tokens, form).statement();
}
