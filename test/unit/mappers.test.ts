import neo4j from "neo4j-driver";
import { toEntity, toPlain, toRelationship } from "../../src/graph/mappers";

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

  it("pairs a relationship's quotes with their sources and keeps its own properties", () => {
    const relationship = toRelationship({
      id: "r1",
      type: "MEDIATES",
      from: "turkey",
      to: "talks",
      sourceIds: ["s1", "s2"],
      quotes: ["q1", "q2"],
      claimedBy: null,
      role: "lead",
    });
    expect(relationship).toEqual({
      id: "r1",
      type: "MEDIATES",
      from: "turkey",
      to: "talks",
      citations: [
        { sourceId: "s1", quote: "q1" },
        { sourceId: "s2", quote: "q2" },
      ],
      claimedBy: null,
      properties: { role: "lead" },
    });
  });
});
