import type { Entity } from "./entity";
import type { Relationship } from "./relationship";

/** A walk through the graph: nodes[i] and nodes[i+1] are joined by relationships[i]. */
export interface Path {
  readonly nodes: readonly Entity[];
  readonly relationships: readonly Relationship[];
}

export interface Subgraph {
  readonly nodes: readonly Entity[];
  readonly relationships: readonly Relationship[];
  /** The traversal stopped at its cap on expanded paths; the answer may be incomplete. */
  readonly truncated: boolean;
}
