/**
 * Which relationships a traversal may step along, by the evidence behind them, as the service
 * validated it. Claimants are lower-case; `asOf` arrives as `from` = `to` = that date.
 */
export interface EvidenceFilter {
  /** At least this many independent reports (`sourceCount`: reference sources are not counted). */
  readonly minSources: number | null;
  /** Resting on at least one of these claimants' claims. */
  readonly claimants: readonly string[] | null;
  /** Not resting only on these claimants' claims. */
  readonly excludeClaimants: readonly string[] | null;
  readonly excludeContested: boolean;
  readonly excludeReference: boolean;
  /** Held at some time within [from, to]; ISO year, year-month or day. */
  readonly from: string | null;
  readonly to: string | null;
}
