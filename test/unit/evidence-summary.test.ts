import type { Citation } from "../../src/model/citation";
import { relationshipType } from "../../src/model/registry";
import { summarizeEvidence } from "../../src/services/evidence-summary";

const DEMANDS = relationshipType("DEMANDS")!;

const citation = (fields: Partial<Citation>): Citation => ({
  id: "r@s:0-1",
  relationshipId: "r",
  relationshipType: "DEMANDS",
  sourceId: "s",
  sourceKind: "report",
  quote: "q",
  start: 0,
  end: 1,
  stance: "STATES",
  claimant: null,
  claimantId: null,
  when: null,
  since: null,
  until: null,
  properties: {},
  ...fields,
});

describe("a relationship's evidence summary", () => {
  it("counts independent supporting sources, lists claimants, and is contested by a denial", () => {
    const summary = summarizeEvidence(DEMANDS, [
      citation({
        sourceId: "a",
        stance: "REPORTS",
        claimant: "a border official",
        properties: { demand: "x" },
      }),
      citation({
        sourceId: "a",
        start: 9,
        stance: "REPORTS",
        claimantId: "esteria",
        claimant: "the ministry",
      }),
      citation({ sourceId: "b", stance: "REPORTS", claimantId: "esteria", properties: { demand: "y" } }),
      citation({ sourceId: "c", stance: "DENIES", claimantId: "valoria" }),
    ]);
    expect(summary).toEqual({
      demand: "x",
      sourceIds: ["a", "b"],
      sourceCount: 2,
      referenceCount: 0,
      citationCount: 4,
      claimants: ["a border official", "esteria"],
      claimedBy: "a border official",
      contested: true,
      reference: false,
      since: null,
      until: null,
    });
  });

  it("has no claimedBy once a source states it in its own voice", () => {
    const summary = summarizeEvidence(DEMANDS, [
      citation({ sourceId: "a", stance: "REPORTS", claimant: "officials" }),
      citation({ sourceId: "b", stance: "STATES" }),
    ]);
    expect(summary.claimedBy).toBeNull();
    expect(summary.claimants).toEqual(["officials"]);
  });

  it("is reference only when every supporting citation comes from a reference source", () => {
    const ref = citation({ sourceId: "atlas", sourceKind: "reference" });
    expect(summarizeEvidence(DEMANDS, [ref]).reference).toBe(true);
    expect(summarizeEvidence(DEMANDS, [ref, citation({ sourceId: "report" })]).reference).toBe(false);
    expect(
      summarizeEvidence(DEMANDS, [ref, citation({ sourceId: "report", stance: "DENIES" })]).reference,
    ).toBe(true);
  });

  it("counts independent reports in sourceCount and reference sources apart, never as corroboration", () => {
    const ref = citation({ sourceId: "atlas", sourceKind: "reference" });
    const corroborated = summarizeEvidence(DEMANDS, [citation({ sourceId: "report" }), ref]);
    expect([corroborated.sourceIds, corroborated.sourceCount, corroborated.referenceCount]).toEqual([
      ["atlas", "report"],
      1,
      1,
    ]);
    const referenceOnly = summarizeEvidence(DEMANDS, [ref, { ...ref, start: 5 }]);
    expect([referenceOnly.sourceCount, referenceOnly.referenceCount]).toEqual([0, 1]);
    const twoReports = summarizeEvidence(DEMANDS, [
      citation({ sourceId: "a" }),
      citation({ sourceId: "b" }),
      ref,
    ]);
    expect([twoReports.sourceCount, twoReports.referenceCount]).toEqual([2, 1]);
  });

  it("names no claimant for a claim relayed without a speaker, such as a hedge", () => {
    const summary = summarizeEvidence(DEMANDS, [citation({ stance: "REPORTS" })]);
    expect([summary.claimants, summary.claimedBy]).toEqual([[], null]);
  });

  it("holds from the earliest date any citation gives to the latest, and removes values no citation gives", () => {
    const summary = summarizeEvidence(DEMANDS, [
      citation({ since: "2025-10", until: "2025-10-28" }),
      citation({ since: "2024", until: "2025" }),
    ]);
    expect([summary.since, summary.until, summary.demand]).toEqual(["2024", "2025-10-28", null]);
  });

  it("reads citations in source then offset order, whatever order they come in", () => {
    const summary = summarizeEvidence(relationshipType("MEDIATES")!, [
      citation({ sourceId: "b", start: 5, properties: { role: "lead" } }),
      citation({ sourceId: "a", start: 9, properties: { role: "supporting" } }),
      citation({ sourceId: "a", start: 2, properties: {} }),
      citation({ sourceId: "c", stance: "DENIES", properties: { role: "lead" } }),
    ]);
    expect([summary.role, summary.sourceIds, summary.citationCount]).toEqual(["supporting", ["a", "b"], 4]);
  });
});
