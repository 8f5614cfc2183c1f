import type { Citation } from "../model/citation";
import type { RelationshipTypeSpec } from "../model/registry";

/** What the summary reads of a citation. */
export type SummarisedCitation = Pick<
  Citation,
  "sourceId" | "sourceKind" | "start" | "stance" | "claimant" | "claimantId" | "properties"
> &
  Partial<Pick<Citation, "since" | "until">>;

const sortedDistinct = (values: readonly (string | null | undefined)[]): string[] =>
  [...new Set(values.filter((v): v is string => typeof v === "string"))].sort();

const bySourceThenOffset = (a: SummarisedCitation, b: SummarisedCitation): number =>
  a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : a.start - b.start;

/**
 * What a relationship's citations add up to, as stored on it (see RELATIONSHIP_PROPERTIES): who
 * supports it and how many independent reports (reference notes counted apart), whether anyone denies it, whether it rests only on
 * reference sources, when it held, and each type property as its first supporting citation gives it
 * (citations in source then offset order). A null removes the property. Writes, seed files and
 * generated graphs all store this, so a relationship looks the same whichever way it came in.
 */
export function summarizeEvidence(
  spec: RelationshipTypeSpec,
  citations: readonly SummarisedCitation[],
): Record<string, unknown> {
  const supporting = [...citations].sort(bySourceThenOffset).filter((c) => c.stance !== "DENIES");
  const sourceIds = sortedDistinct(supporting.map((c) => c.sourceId));
  // A reference note is the project's own outside knowledge: it corroborates nothing a report says.
  const referenceIds = sortedDistinct(
    supporting.filter((c) => c.sourceKind === "reference").map((c) => c.sourceId),
  );
  const ownVoice = supporting.some((c) => c.stance === "STATES");
  const firstClaimant = supporting.find((c) => c.claimant !== null || c.claimantId !== null);
  const since = sortedDistinct(citations.map((c) => c.since));
  const until = sortedDistinct(citations.map((c) => c.until));
  const properties = Object.fromEntries(
    Object.keys(spec.properties).map((key) => [
      key,
      supporting.map((c) => c.properties[key]).find((v) => v !== undefined && v !== null) ?? null,
    ]),
  );
  return {
    ...properties,
    sourceIds,
    sourceCount: sourceIds.length - referenceIds.length,
    referenceCount: referenceIds.length,
    citationCount: citations.length,
    claimants: sortedDistinct(supporting.map((c) => c.claimantId ?? c.claimant)),
    claimedBy: ownVoice || !firstClaimant ? null : (firstClaimant.claimant ?? firstClaimant.claimantId),
    contested: citations.some((c) => c.stance === "DENIES"),
    reference: supporting.length > 0 && supporting.every((c) => c.sourceKind === "reference"),
    since: since[0] ?? null,
    until: until.at(-1) ?? null,
  };
}
