import { type SummarisedCitation, evidenceSummary } from "../../src/services/generate/evidence-summary";

const citation = (over: Partial<SummarisedCitation>): SummarisedCitation => ({
  sourceId: "gen-report-000000-1",
  sourceKind: "report",
  start: 0,
  stance: "STATES",
  claimant: null,
  claimantId: null,
  properties: {},
  ...over,
});

describe("evidenceSummary", () => {
  it("takes a property from the first supporting citation by source then offset, and counts sources", () => {
    const summary = evidenceSummary(
      [
        citation({ sourceId: "b", start: 5, properties: { role: "lead" } }),
        citation({ sourceId: "a", start: 9, properties: { role: "supporting" } }),
        citation({ sourceId: "a", start: 2, properties: {} }),
        citation({ sourceId: "c", stance: "DENIES", properties: { role: "other" } }),
      ],
      ["role", "status"],
    );
    expect(summary).toEqual({
      role: "supporting",
      status: null,
      sourceIds: ["a", "b"],
      sourceCount: 2,
      citationCount: 4,
      claimants: [],
      claimedBy: null,
      contested: true,
      reference: false,
    });
  });

  it("names the first claimant when no supporting citation states it, and marks reference-only evidence", () => {
    const reported = evidenceSummary(
      [
        citation({ sourceId: "b", stance: "REPORTS", claimant: "a security source" }),
        citation({ sourceId: "a", stance: "REPORTS", claimant: "Pakistan", claimantId: "pakistan" }),
      ],
      [],
    );
    expect(reported).toMatchObject({ claimants: ["a security source", "pakistan"], claimedBy: "Pakistan" });
    const referenced = evidenceSummary([citation({ sourceKind: "reference" })], []);
    expect(referenced).toMatchObject({ reference: true, claimedBy: null, contested: false });
  });
});
