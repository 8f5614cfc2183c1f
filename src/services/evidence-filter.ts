import type { EvidenceFilter } from "../model/evidence-filter";
import { InvalidInputError } from "../model/errors";
import { assertPartialDate } from "./dates";
import { LIMITS } from "./limits";
import { assertIntInRange, assertMaxItems, assertMaxLength } from "./validate";

/** The `evidence` argument as a client sends it. */
export interface EvidenceFilterInput {
  readonly minSources?: number | null;
  readonly claimants?: readonly string[] | null;
  readonly excludeClaimants?: readonly string[] | null;
  readonly excludeContested?: boolean | null;
  readonly excludeReference?: boolean | null;
  readonly asOf?: string | null;
  readonly from?: string | null;
  readonly to?: string | null;
}

const ARGUMENT = "evidence";

/** Lower-case, trimmed, distinct; an empty list is no list (as `types: []` is every type). */
function claimantList(field: string, values: readonly string[] | null | undefined): string[] | null {
  if (!values || values.length === 0) return null;
  const argument = `${ARGUMENT}.${field}`;
  assertMaxItems(argument, values, LIMITS.EVIDENCE_CLAIMANTS_MAX);
  for (const v of values) assertMaxLength(argument, v, LIMITS.EVIDENCE_CLAIMANT_LENGTH_MAX);
  return [...new Set(values.map((v) => v.trim().toLowerCase()))].sort();
}

function date(field: string, value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : assertPartialDate(`${ARGUMENT}.${field}`, value);
}

/** `a` on or before `b` at the shorter precision of the two, as the traversal statements compare dates. */
const notAfter = (a: string, b: string): boolean => a.slice(0, b.length) <= b.slice(0, a.length);

/**
 * The validated filter, or null when it keeps every relationship (then the statements skip it).
 * Refuses, with BAD_USER_INPUT naming the field: minSources outside 1..EVIDENCE_MIN_SOURCES_MAX, too
 * many or too long claimants, dates that are not ISO year / year-month / day, asOf with from or to,
 * and from after to.
 */
export function evidenceFilter(input: EvidenceFilterInput | null | undefined): EvidenceFilter | null {
  if (!input) return null;
  const minSources =
    input.minSources === null || input.minSources === undefined
      ? null
      : assertIntInRange(`${ARGUMENT}.minSources`, input.minSources, 1, LIMITS.EVIDENCE_MIN_SOURCES_MAX);
  const asOf = date("asOf", input.asOf);
  let from = date("from", input.from);
  let to = date("to", input.to);
  if (asOf !== null && (from !== null || to !== null)) {
    throw new InvalidInputError(
      `${ARGUMENT}.asOf cannot be combined with ${ARGUMENT}.from or ${ARGUMENT}.to: give one date, or a range`,
      `${ARGUMENT}.asOf`,
    );
  }
  if (from !== null && to !== null && !notAfter(from, to)) {
    throw new InvalidInputError(
      `${ARGUMENT}.from must not be after ${ARGUMENT}.to (got ${from} and ${to})`,
      `${ARGUMENT}.from`,
    );
  }
  // Holding on a day is holding at some time in the range from that day to that day.
  if (asOf !== null) [from, to] = [asOf, asOf];
  const filter: EvidenceFilter = {
    minSources,
    claimants: claimantList("claimants", input.claimants),
    excludeClaimants: claimantList("excludeClaimants", input.excludeClaimants),
    excludeContested: input.excludeContested === true,
    excludeReference: input.excludeReference === true,
    from,
    to,
  };
  const keepsAll = Object.values(filter).every((v) => v === null || v === false);
  return keepsAll ? null : filter;
}
