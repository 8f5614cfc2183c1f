import type { SourceKind } from "./registry";

/** Where evidence comes from. Its text is stored with it, read separately (it may be long). */
export interface Source {
  readonly id: string;
  readonly title: string;
  readonly kind: SourceKind;
  readonly publisher: string | null;
  /** ISO 8601 date (year, year-month or day), only when known. */
  readonly publishedOn: string | null;
  readonly url: string | null;
  readonly language: string | null;
  /** Length of its text in characters. */
  readonly length: number;
}

export interface SourceInput {
  readonly id: string;
  readonly title: string;
  readonly kind: SourceKind;
  readonly text: string;
  readonly publisher?: string | null;
  readonly publishedOn?: string | null;
  readonly url?: string | null;
  readonly language?: string | null;
}

/** What retracting a source removed. */
export interface SourceRetraction {
  readonly id: string;
  readonly retracted: boolean;
  readonly citationsRemoved: number;
  /** Relationships left without a citation, removed with it. */
  readonly relationshipsRemoved: readonly string[];
  /** Relationships that kept other citations; their evidence summary was recomputed. */
  readonly relationshipsUpdated: number;
}
