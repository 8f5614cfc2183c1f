import type { SourceKind, Stance } from "../../model/registry";

/** What the summary reads of a citation. */
export interface SummarisedCitation {
  readonly sourceId: string;
  readonly sourceKind: SourceKind;
  readonly start: number;
  readonly stance: Stance;
  readonly claimant: string | null;
  readonly claimantId: string | null;
  readonly properties: Readonly<Record<string, unknown>>;
}

const sortedDistinct = (values: Iterable<string>): string[] => [...new Set(values)].sort();

/**
 * A relationship's evidence summary and its type's property values, from its citations: the same
 * rules the editor applies on every write, so a generated relationship looks like an edited one.
 */
export function evidenceSummary(
  citations: readonly SummarisedCitation[],
  propertyNames: readonly string[],
): Record<string, unknown> {
  const ordered = [...citations].sort((a, b) =>
    a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : a.start - b.start,
  );
  const supporting = ordered.filter((c) => c.stance !== "DENIES");
  const sourceIds = sortedDistinct(supporting.map((c) => c.sourceId));
  const first = supporting[0];
  const properties: Record<string, unknown> = {};
  for (const name of propertyNames)
    properties[name] = supporting.find((c) => c.properties[name] != null)?.properties[name] ?? null;
  return {
    ...properties,
    sourceIds,
    sourceCount: sourceIds.length,
    citationCount: citations.length,
    claimants: sortedDistinct(
      supporting.flatMap((c) =>
        (c.claimantId ?? c.claimant) !== null ? [(c.claimantId ?? c.claimant)!] : [],
      ),
    ),
    claimedBy:
      first && !supporting.some((c) => c.stance === "STATES") ? (first.claimant ?? first.claimantId) : null,
    contested: citations.some((c) => c.stance === "DENIES"),
    reference: supporting.length > 0 && supporting.every((c) => c.sourceKind === "reference"),
  };
}
