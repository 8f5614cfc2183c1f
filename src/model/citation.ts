import type { SourceKind, Stance } from "./registry";

/** One piece of evidence for (or against) a relationship: a verbatim quote of a source, with who says it. */
export interface Citation {
  readonly id: string;
  readonly relationshipId: string;
  readonly relationshipType: string;
  readonly sourceId: string;
  readonly sourceKind: SourceKind;
  /** Verbatim substring of the source's text, at [start, end). */
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  readonly stance: Stance;
  /** Who makes the claim, in the source's words ("a security source"). */
  readonly claimant: string | null;
  /** The entity that makes the claim, when the graph has it. */
  readonly claimantId: string | null;
  /** When it held: the source's words, and dates (ISO 8601, year to day) where known. */
  readonly when: string | null;
  readonly since: string | null;
  readonly until: string | null;
  /** Values of the relationship type's properties this citation supports (a demand, a message). */
  readonly properties: Readonly<Record<string, unknown>>;
}

/** A citation as an editor or a seed file gives it; the rest is derived from the source's text. */
export interface CitationInput {
  readonly sourceId: string;
  readonly quote: string;
  /** Which occurrence of the quote, by offset, when it occurs more than once; the first otherwise. */
  readonly start?: number | null;
  readonly stance?: Stance | null;
  readonly claimant?: string | null;
  readonly claimantId?: string | null;
  readonly when?: string | null;
  readonly since?: string | null;
  readonly until?: string | null;
  /** Values this citation supports; the relationship's own properties apply where it gives none. */
  readonly properties?: Readonly<Record<string, unknown>>;
}
