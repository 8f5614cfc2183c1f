import type { CitationInput } from "../model/citation";
import type { SourceInput } from "../model/source";

export interface EntityInput {
  readonly id: string;
  /** Registry label, e.g. Country. */
  readonly kind: string;
  /** Required when the entity is new; left as it is when omitted. */
  readonly name?: string | null;
  /** Added to the entity's aliases (a union: none is ever dropped by adding others). */
  readonly aliases?: readonly string[] | null;
  /** The entity's own description; left as it is when omitted or null. */
  readonly description?: string | null;
  /** Kind-specific properties (e.g. a negotiation's `when`); omitted ones are kept, null ones removed. */
  readonly properties?: Readonly<Record<string, unknown>>;
}

export interface RelationshipInput {
  readonly id?: string | null;
  readonly type: string;
  readonly from: string;
  readonly to: string;
  /** Values of the type's properties, for every citation that gives none of its own. */
  readonly properties?: Readonly<Record<string, unknown>>;
  readonly citations: readonly CitationInput[];
}

/**
 * One write, as a mutation or a seed file statement gives it. Both routes apply commands through the
 * same rules (src/services/editor.service.ts), so they have the same meaning.
 */
export type EditorCommand =
  | { readonly kind: "source"; readonly input: SourceInput }
  | { readonly kind: "entity"; readonly input: EntityInput }
  | { readonly kind: "relationship"; readonly input: RelationshipInput }
  | { readonly kind: "retractSource"; readonly id: string }
  | { readonly kind: "retractRelationship"; readonly id: string };

/** What applying commands changed. */
export interface ApplyCounts {
  readonly sourcesWritten: number;
  readonly entitiesWritten: number;
  readonly relationshipsWritten: number;
  readonly citationsWritten: number;
  readonly sourcesRetracted: number;
  readonly relationshipsRemoved: number;
}

/** Command `index` of a batch failed; nothing of the batch was written. `cause` is the product error. */
export class CommandFailure extends Error {
  constructor(
    readonly index: number,
    override readonly cause: Error,
  ) {
    super(cause.message);
  }
}
