export interface Citation {
  readonly sourceId: string;
  /** Verbatim substring of the source's text. */
  readonly quote: string;
}

/** A typed edge with its evidence; `from`/`to` are entity ids in stored direction. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly citations: readonly Citation[];
  readonly claimedBy: string | null;
  /** Type-specific properties from the registry (role, status, obligation, ...). */
  readonly properties: Readonly<Record<string, unknown>>;
}
