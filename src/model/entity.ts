/** A node of the graph as the product sees it: its kind is its registry label. */
export interface Entity {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly description: string | null;
  /** Kind-specific properties from the registry (e.g. an incident's `when`). */
  readonly properties: Readonly<Record<string, unknown>>;
}
