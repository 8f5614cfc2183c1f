import type { Citation } from "../../src/model/citation";
import type { Entity } from "../../src/model/entity";
import type { Relationship } from "../../src/model/relationship";
import type { Source } from "../../src/model/source";
import {
  EXPLANATION_CITATIONS_READ,
  type ExplanationReader,
  explainRelationships,
} from "../../src/services/explanation";

const entity = (id: string, kind: string, name: string): Entity => ({
  id,
  kind,
  name,
  aliases: [],
  description: null,
  properties: {},
});

const source = (id: string, title: string, publishedOn: string | null): Source => ({
  id,
  title,
  kind: "report",
  publisher: null,
  publishedOn,
  url: null,
  language: "en",
  length: 1000,
});

const relationship = (id: string, type: string, from: string, to: string, properties = {}): Relationship => ({
  id,
  type,
  from,
  to,
  properties,
  evidence: {
    sourceIds: [],
    sourceCount: 1,
    referenceCount: 0,
    citationCount: 1,
    claimants: [],
    claimedBy: null,
    contested: false,
    reference: false,
    since: null,
    until: null,
  },
});

const citation = (relationshipId: string, quote: string, more: Partial<Citation> = {}): Citation => ({
  id: `${relationshipId}-${quote.length}`,
  relationshipId,
  relationshipType: "TARGETS",
  sourceId: "report",
  sourceKind: "report",
  quote,
  start: 0,
  end: quote.length,
  stance: "STATES",
  claimant: null,
  claimantId: null,
  when: null,
  since: null,
  until: null,
  properties: {},
  ...more,
});

/** An in-memory graph that records what the explanation reads. */
function readerOf(citations: Record<string, Citation[]>): ExplanationReader & { reads: string[] } {
  const entities = new Map(
    [
      entity("north", "Country", "Northland"),
      entity("south", "Country", "Southland"),
      entity("front", "ArmedGroup", "Red Front"),
      entity("army", "Organization", "Northland army"),
    ].map((e) => [e.id, e]),
  );
  const sources = new Map([["report", source("report", "A report", "2025-10-28")]]);
  const reads: string[] = [];
  return {
    reads,
    entity: async (id) => (reads.push(`entity ${id}`), entities.get(id) ?? null),
    source: async (id) => (reads.push(`source ${id}`), sources.get(id) ?? null),
    citations: async (id, first) => (reads.push(`citations ${id} ${first}`), citations[id] ?? []),
  };
}

describe("explainRelationships", () => {
  it("words each step in the relationship's stored direction, in path order, with its first supporting citation", async () => {
    // A path north -> front walks TARGETS backwards: front targets north.
    const targets = relationship("front-targets-north", "TARGETS", "front", "north");
    const designates = relationship("north-designates-front", "DESIGNATES", "north", "front", {
      status: "banned",
    });
    const reader = readerOf({
      "front-targets-north": [
        citation("front-targets-north", "the Front denies it", { stance: "DENIES", claimant: "the Front" }),
        citation("front-targets-north", "attacks on Northland", {
          stance: "REPORTS",
          claimant: "a security source",
        }),
      ],
      "north-designates-front": [citation("north-designates-front", "the banned Red Front")],
    });
    const explanation = await explainRelationships([targets, designates], reader);
    expect(explanation.steps.map((s) => s.sentence)).toEqual([
      "The Red Front targets Northland",
      "Northland bans the Red Front",
    ]);
    expect(explanation.steps[0]).toMatchObject({
      quote: "attacks on Northland",
      claimant: "a security source",
      attribution: "according to a security source",
      source: { id: "report", title: "A report" },
      relationship: targets,
      text: "The Red Front targets Northland, according to a security source (“attacks on Northland”, A report, 2025-10-28).",
    });
    expect(explanation.steps[1]).toMatchObject({ claimant: null, attribution: null });
    expect(explanation.text).toBe(
      "The Red Front targets Northland, according to a security source (“attacks on Northland”, A report, 2025-10-28). Northland bans the Red Front (“the banned Red Front”, A report, 2025-10-28).",
    );
    expect(reader.reads).toContain(`citations front-targets-north ${EXPLANATION_CITATIONS_READ}`);
  });

  it("names a claimant given only as an entity, words assessments and hedges", async () => {
    const reports = relationship("a", "TARGETS", "front", "north");
    const assesses = relationship("b", "OPERATES_FROM", "front", "south");
    const hedged = relationship("c", "BORDERS", "north", "south");
    const reader = readerOf({
      a: [citation("a", "q1", { stance: "REPORTS", claimantId: "army" })],
      b: [citation("b", "q2", { stance: "ASSESSES", claimant: "analysts" })],
      c: [citation("c", "q3", { stance: "REPORTS" })],
    });
    const { steps } = await explainRelationships([reports, assesses, hedged], reader);
    expect(steps.map((s) => [s.claimant, s.attribution])).toEqual([
      ["the Northland army", "according to the Northland army"],
      ["analysts", "in the assessment of analysts"],
      [null, "reportedly"],
    ]);
  });

  it("words the sentence with the values the quoted citation supports", async () => {
    const demands = relationship("d", "DEMANDS", "north", "south", { demand: "one thing" });
    const reader = readerOf({ d: [citation("d", "q", { properties: { demand: "another thing" } })] });
    const { steps } = await explainRelationships([demands], reader);
    expect(steps[0]!.sentence).toBe("Northland demands from Southland another thing");
  });

  it("gives the bare sentence when no citation supports it", async () => {
    const denied = relationship("e", "BORDERS", "north", "south");
    const reader = readerOf({ e: [citation("e", "they do not", { stance: "DENIES", claimant: "x" })] });
    const { steps, text } = await explainRelationships([denied], reader);
    expect(steps[0]).toMatchObject({ quote: null, claimant: null, attribution: null, source: null });
    expect(text).toBe("Northland borders Southland.");
    expect(reader.reads.filter((r) => r.startsWith("source"))).toEqual([]);
  });
});
