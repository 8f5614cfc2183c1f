/**
 * `d` on or after `since` (or `until` on or after `d` with `later`), compared at the shorter precision
 * of the two: each side is cut to the other's length, so "2025-10" holds on "2025-10-24".
 */
const notBefore = (earlier: string, later: string): string =>
  `left(${earlier}, size(${later})) <= left(${later}, size(${earlier}))`; // cypher-safe: fixed variable and parameter names

/**
 * Whether relationship `r` passes `$evidence` (src/model/evidence-filter.ts): one fixed text for every
 * traversal step, values only through the parameter. A null `$evidence` short-circuits the rest.
 */
export const evidenceAllows = (r: string): string =>
  `($evidence IS NULL OR (
    ($evidence.minSources IS NULL OR ${r}.sourceCount >= $evidence.minSources)
    AND ($evidence.claimants IS NULL OR any(k IN ${r}.claimants WHERE toLower(k) IN $evidence.claimants))
    AND ($evidence.excludeClaimants IS NULL OR ${r}.claimedBy IS NULL
      OR any(k IN ${r}.claimants WHERE NOT toLower(k) IN $evidence.excludeClaimants))
    AND NOT ($evidence.excludeContested AND coalesce(${r}.contested, false))
    AND NOT ($evidence.excludeReference AND coalesce(${r}.reference, false))
    AND ($evidence.to IS NULL OR ${r}.since IS NULL OR ${notBefore(`${r}.since`, "$evidence.to")})
    AND ($evidence.from IS NULL OR ${r}.until IS NULL OR ${notBefore("$evidence.from", `${r}.until`)})
  ))`; // cypher-safe: `r` is a variable name written in the statements; the rest is fixed text
