// The parts of @neo4j-cypher's grammar packages the seed loader uses; they ship no type declarations.
declare module "@neo4j-cypher/antlr4-browser" {
  const antlr4: { readonly InputStream: new (input: string) => unknown };
  export default antlr4; // eslint-disable-line import-x/no-default-export -- the package's own shape
}

declare module "@neo4j-cypher/antlr4-simple" {
  export interface Token {
    readonly type: number;
    /** 1-based. */
    readonly line: number;
    /** Offsets in the input (UTF-16 code units), `stop` inclusive. */
    readonly start: number;
    readonly stop: number;
    readonly text: string;
  }
  export class CypherLexer {
    static readonly symbolicNames: readonly (string | null)[];
    constructor(input: unknown);
    removeErrorListeners(): void;
    getAllTokens(): Token[];
  }
}
