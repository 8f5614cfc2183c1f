import neo4j from "neo4j-driver";
import { toCitation, toEntity, toPlain, toRelationship } from "../../src/graph/mappers";

describe("mapping driver values to plain values", () => {
  it("turns Integers into numbers inside lists and maps, and keeps strings, booleans and floats", () => {
    const row = {
      total: neo4j.int(12),
      entities: [{ id: "a", count: neo4j.int(3), aliases: ["x", "y"], share: 0.5, ok: true }],
      none: null,
    };
    expect(toPlain(row)).toEqual({
      total: 12,
      entities: [{ id: "a", count: 3, aliases: ["x", "y"], share: 0.5, ok: true }],
      none: null,
    });
  });

  it("writes temporal values as ISO strings", () => {
    const date = new neo4j.types.Date(2025, 10, 7);
    const at = new neo4j.types.LocalDateTime(2025, 10, 7, 9, 30, 0, 0);
    expect(toPlain({ on: date, at: [at] })).toEqual({ on: "2025-10-07", at: ["2025-10-07T09:30:00"] });
  });

  it("reads an entity's kind from its labels and keeps properties beyond the common ones", () => {
    const entity = toEntity(
      toPlain({
        id: "raid",
        name: "A raid",
        aliases: [],
        labels: ["Entity", "Incident"],
        count: neo4j.int(2),
        when: "October",
      }),
    );
    expect(entity).toEqual({
      id: "raid",
      kind: "Incident",
      name: "A raid",
      aliases: [],
      description: null,
      properties: { count: 2, when: "October" },
    });
  });

  it("reads a relationship's evidence summary apart from its own properties", () => {
    const relationship = toRelationship({
      id: "r1",
      type: "MEDIATES",
      from: "turkey",
      to: "talks",
      sourceIds: ["atlas", "s1", "s2"],
      sourceCount: 2,
      referenceCount: 1,
      citationCount: 3,
      claimants: ["a security source", "pakistan"],
      claimedBy: "a security source",
      contested: true,
      reference: false,
      since: "2025-10",
      role: "lead",
      writeLock: true,
    });
    expect(relationship).toEqual({
      id: "r1",
      type: "MEDIATES",
      from: "turkey",
      to: "talks",
      evidence: {
        sourceIds: ["atlas", "s1", "s2"],
        sourceCount: 2,
        referenceCount: 1,
        citationCount: 3,
        claimants: ["a security source", "pakistan"],
        claimedBy: "a security source",
        contested: true,
        reference: false,
        since: "2025-10",
        until: null,
      },
      properties: { role: "lead" },
    });
  });

  it("reads a citation's values apart from its own fields", () => {
    const citation = toCitation({
      id: "r1@s1:4-9",
      relationshipId: "r1",
      relationshipType: "DEMANDS",
      sourceId: "s1",
      sourceKind: "report",
      quote: "talks",
      start: 4,
      end: 9,
      stance: "REPORTS",
      claimant: "officials",
      demand: "written assurances",
    });
    expect(citation).toEqual({
      id: "r1@s1:4-9",
      relationshipId: "r1",
      relationshipType: "DEMANDS",
      sourceId: "s1",
      sourceKind: "report",
      quote: "talks",
      start: 4,
      end: 9,
      stance: "REPORTS",
      claimant: "officials",
      claimantId: null,
      when: null,
      since: null,
      until: null,
      properties: { demand: "written assurances" },
    });
  });
});
