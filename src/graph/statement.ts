/** A Cypher statement with a name for logs and transaction metadata. Values travel only as $parameters. */
export interface Statement {
  readonly name: string;
  readonly text: string;
}

export function statement(name: string, text: string): Statement {
  return Object.freeze({ name, text: text.trim() });
}
