import type { SourceKind } from "./registry";

export interface Source {
  readonly id: string;
  readonly title: string;
  readonly publisher: string | null;
  readonly publishedOn: string | null;
  readonly url: string | null;
  /** The project's copy of its text, relative to the project root. */
  readonly file: string | null;
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
