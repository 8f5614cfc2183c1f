/** What a relationship's citations add up to, kept on the relationship so traversals can filter on it. */
export interface EvidenceSummary {
  /** Sources with a citation supporting it, sorted. */
  readonly sourceIds: readonly string[];
  /** Independent reports supporting it (denials and reference sources not counted). */
  readonly sourceCount: number;
  /** Reference sources supporting it: outside knowledge, never corroboration of a report. */
  readonly referenceCount: number;
  readonly citationCount: number;
  /** Who makes the claims it rests on: entity ids, or a source's words for unnamed speakers; sorted. */
  readonly claimants: readonly string[];
  /** Who asserts it, when no source states it in its own voice. */
  readonly claimedBy: string | null;
  /** A citation denies it. */
  readonly contested: boolean;
  /** Every supporting citation comes from a reference source. */
  readonly reference: boolean;
  /** ISO 8601 dates (year, year-month or day) it is said to hold from and until. */
  readonly since: string | null;
  readonly until: string | null;
}

/** A typed edge with the summary of its evidence; `from`/`to` are entity ids in stored direction. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly evidence: EvidenceSummary;
  /** Type-specific properties from the registry (role, status, obligation, ...), as its citations support them. */
  readonly properties: Readonly<Record<string, unknown>>;
}
