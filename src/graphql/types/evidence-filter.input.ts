import { Field, InputType, Int } from "type-graphql";
import type { EvidenceFilterInput } from "../../services/evidence-filter";
import { LIMITS } from "../../services/limits";

const CLAIMANTS = `An entity id (e.g. "pakistan") or a source's words (e.g. "a security source"), matched ignoring case; at most ${LIMITS.EVIDENCE_CLAIMANTS_MAX} of at most ${LIMITS.EVIDENCE_CLAIMANT_LENGTH_MAX} characters each; an empty list is no filter.`;
const DATE =
  "ISO 8601 year, year-month or day (2025, 2025-10, 2025-10-24), compared at the precision of the coarser of it and the relationship's date";

@InputType("EvidenceFilter", {
  description:
    "The evidence a relationship must rest on for a traversal to use it. Applied inside the traversal: a path that exists only through excluded relationships is not found, and a neighbourhood does not expand through one. Every condition given must hold; none given keeps every relationship.",
})
export class EvidenceFilterInputType implements EvidenceFilterInput {
  @Field((_type) => Int, {
    nullable: true,
    description: `At least this many independent reports support it (sourceCount: reference sources are not counted, so a relationship resting on them alone never passes); 1 to ${LIMITS.EVIDENCE_MIN_SOURCES_MAX}.`,
  })
  minSources?: number | null;

  @Field((_type) => [String], {
    nullable: true,
    description: `Only relationships resting on at least one of these claimants' claims. ${CLAIMANTS}`,
  })
  claimants?: string[] | null;

  @Field((_type) => [String], {
    nullable: true,
    description: `Leave out relationships resting only on these claimants' claims; one a source states in its own voice, or another claimant supports, is kept. ${CLAIMANTS}`,
  })
  excludeClaimants?: string[] | null;

  @Field((_type) => Boolean, { nullable: true, description: "Leave out relationships a citation denies." })
  excludeContested?: boolean | null;

  @Field((_type) => Boolean, {
    nullable: true,
    description: "Leave out reference facts (relationships resting only on reference sources).",
  })
  excludeReference?: boolean | null;

  @Field((_type) => String, {
    nullable: true,
    description: `Only relationships that held on this date: since unknown or on or before it, until unknown or on or after it. ${DATE}. Not with from or to.`,
  })
  asOf?: string | null;

  @Field((_type) => String, {
    nullable: true,
    description: `With to: only relationships whose [since, until] overlaps [from, to] (either end may be left open). ${DATE}.`,
  })
  from?: string | null;

  @Field((_type) => String, {
    nullable: true,
    description: `The end of the range that from begins. ${DATE}.`,
  })
  to?: string | null;
}
