import type { QuoteVerdict, WriteChecks } from "../../src/graph/write.repository";
import type { Entity } from "../../src/model/entity";
import type { Relationship } from "../../src/model/relationship";
import type { BatchCursor } from "../../src/services/batch-cursor";
import { commandBatches } from "../../src/services/command-batches";
import type { EditorCommand, EntityInput, RelationshipInput } from "../../src/services/editor-commands";
import { checkEntity, checkRelationship } from "../../src/services/editor-rules";
import { type EntityCommand, entityChecks, planEntities } from "../../src/services/entity-batch";
import {
  type RelationshipCommand,
  planRelationships,
  relationshipChecks,
} from "../../src/services/relationship-batch";

// Batches are planned in memory from one read of the graph (the checks); these run the planning alone.

const entity = (id: string, kind: string): Entity => ({
  id,
  kind,
  name: id,
  aliases: [],
  description: null,
  properties: {},
});

const relationship = (id: string, type: string, from: string, to: string): Relationship => ({
  id,
  type,
  from,
  to,
  evidence: {
    sourceIds: [],
    sourceCount: 0,
    referenceCount: 0,
    citationCount: 0,
    claimants: [],
    claimedBy: null,
    contested: false,
    reference: false,
    since: null,
    until: null,
  },
  properties: {},
});

const checks = (fields: Partial<WriteChecks>): WriteChecks => ({
  entities: new Map(),
  sources: new Map(),
  relationshipsById: new Map(),
  twins: [],
  quotes: new Map(),
  ...fields,
});

const entities = (...list: Entity[]) => new Map(list.map((e) => [e.id, e]));
const found = (start: number | null, text: string | null = null): QuoteVerdict => ({
  sourceKind: "report",
  start,
  text,
});

const borders = (from: string, to: string, quote = "q", extra: Partial<RelationshipInput> = {}) => ({
  type: "BORDERS",
  from,
  to,
  citations: [{ sourceId: "s", quote }],
  ...extra,
});

const relationshipCommands = (...inputs: RelationshipInput[]): RelationshipCommand[] =>
  inputs.map((input, index) => ({ index: index + 10, input, checked: checkRelationship(input) }));

const entityCommands = (...inputs: EntityInput[]): EntityCommand[] =>
  inputs.map((input, index) => ({ index: index + 10, input, checked: checkEntity(input) }));

const COUNTRIES = entities(entity("alpha", "Country"), entity("beta", "Country"));

/** Runs `plan` and returns the refusal's message and the index the cursor names. */
function refusal(plan: (cursor: BatchCursor) => unknown): { index: number; message: string } {
  const cursor = { index: -1 };
  try {
    plan(cursor);
  } catch (error) {
    return { index: cursor.index, message: (error as Error).message };
  }
  throw new Error("expected a refusal");
}

describe("a batch of relationships", () => {
  it("asks for every endpoint, claimant, candidate id, symmetric pair and quote in one request", () => {
    const batch = relationshipCommands(
      borders("alpha", "beta"),
      {
        type: "GOVERNS",
        from: "gov",
        to: "alpha",
        citations: [{ sourceId: "s", quote: "x", start: 4, claimantId: "someone", stance: "REPORTS" }],
      },
      borders("beta", "gamma", "q", { id: "explicit" }),
    );
    expect(relationshipChecks(batch)).toEqual({
      entityIds: ["alpha", "beta", "gov", "someone", "gamma"],
      sourceIds: [],
      relationshipIds: ["beta-borders-alpha", "gov-governs-alpha", "explicit"],
      pairs: [{ a: "alpha", b: "beta", type: "BORDERS" }],
      quotes: [
        { key: "0:0", sourceId: "s", quote: "q", start: null },
        { key: "1:0", sourceId: "s", quote: "x", start: 4 },
        { key: "2:0", sourceId: "s", quote: "q", start: null },
      ],
    });
  });

  it("lands a later symmetric assertion of the same pair on the relationship an earlier one writes", () => {
    const batch = relationshipCommands(borders("alpha", "beta", "q"), borders("beta", "alpha", "r"));
    const quotes = new Map([
      ["0:0", found(0)],
      ["1:0", found(5)],
    ]);
    const plan = planRelationships(batch, checks({ entities: COUNTRIES, quotes }), { index: -1 });
    expect(plan.targets).toEqual([
      { id: "beta-borders-alpha", type: "BORDERS", from: "beta", to: "alpha" },
      { id: "beta-borders-alpha", type: "BORDERS", from: "beta", to: "alpha" },
    ]);
    const written = plan.writes.get("BORDERS")!.get("beta-borders-alpha")!;
    expect([...written.citations.keys()]).toEqual(["beta-borders-alpha@s:0-1", "beta-borders-alpha@s:5-6"]);
    expect(written.index).toBe(10);
  });

  it("lands a symmetric assertion on the twin the graph holds, whatever its id and direction", () => {
    const twin = relationship("old-border", "BORDERS", "alpha", "beta");
    const batch = relationshipCommands(borders("alpha", "beta"));
    const plan = planRelationships(
      batch,
      checks({ entities: COUNTRIES, twins: [twin], quotes: new Map([["0:0", found(0)]]) }),
      { index: -1 },
    );
    expect(plan.targets).toEqual([{ id: "old-border", type: "BORDERS", from: "alpha", to: "beta" }]);
  });

  it("refuses an id an earlier command of the batch gave another fact, naming the later command", () => {
    const batch = relationshipCommands(borders("alpha", "beta", "q", { id: "shared" }), {
      type: "GOVERNS",
      from: "gov",
      to: "alpha",
      id: "shared",
      citations: [{ sourceId: "s", quote: "q" }],
    });
    const all = entities(entity("alpha", "Country"), entity("beta", "Country"), entity("gov", "Government"));
    const quotes = new Map([
      ["0:0", found(0)],
      ["1:0", found(0)],
    ]);
    expect(refusal((cursor) => planRelationships(batch, checks({ entities: all, quotes }), cursor))).toEqual({
      index: 11,
      message:
        'relationship "shared" already exists as beta -BORDERS-> alpha; retract it first or choose another id',
    });
  });

  it("names the field of a missing endpoint, claimant or source and of a quote not found", () => {
    const plan = (input: RelationshipInput, fields: Partial<WriteChecks>) =>
      refusal((cursor) => planRelationships(relationshipCommands(input), checks(fields), cursor));
    const quotes = new Map([["0:0", found(null)]]);
    expect(plan(borders("alpha", "nowhere"), { entities: COUNTRIES, quotes })).toEqual({
      index: 10,
      message: 'input.to: no entity has id "nowhere"',
    });
    expect(plan(borders("alpha", "beta"), { entities: COUNTRIES })).toEqual({
      index: 10,
      message: 'input.sources[0].sourceId: no source has id "s"',
    });
    expect(plan(borders("alpha", "beta", "missing quote"), { entities: COUNTRIES, quotes })).toEqual({
      index: 10,
      message: 'input.sources[0].quote: "missing quote" does not occur verbatim in source "s"',
    });
    const claimed = borders("alpha", "beta", "q", {
      citations: [{ sourceId: "s", quote: "q", claimantId: "ghost", stance: "REPORTS" }],
    });
    expect(plan(claimed, { entities: COUNTRIES, quotes: new Map([["0:0", found(0)]]) })).toEqual({
      index: 10,
      message: 'input.sources[0].claimantId: no entity has id "ghost"',
    });
  });

  it("locates a quote in the text given back when Cypher cannot count its offset as JavaScript does", () => {
    const text = "🙂 before, then the quote";
    const located = (start: number | null) =>
      planRelationships(
        relationshipCommands(
          borders("alpha", "beta", "the quote", {
            citations: [{ sourceId: "s", quote: "the quote", start }],
          }),
        ),
        checks({ entities: COUNTRIES, quotes: new Map([["0:0", found(null, text)]]) }),
        { index: -1 },
      );
    const [citation] = located(null).writes.get("BORDERS")!.get("beta-borders-alpha")!.citations.values();
    expect(citation).toMatchObject({ start: text.indexOf("the quote"), end: text.length });
    expect(refusal(() => located(3)).message).toMatch(/does not occur verbatim in source "s" at offset 3$/);
  });
});

describe("a batch of entities", () => {
  it("asks for the entities and the sources that date them", () => {
    const batch = entityCommands(
      { id: "talks", kind: "Negotiation", name: "Talks", properties: { whenSourceId: "report" } },
      { id: "alpha", kind: "Country", name: "Alpha" },
    );
    expect(entityChecks(batch)).toMatchObject({ entityIds: ["talks", "alpha"], sourceIds: ["report"] });
  });

  it("folds the commands of one id into one upsert with the same effect", () => {
    const batch = entityCommands(
      { id: "alpha", kind: "Country", name: "Alpha", aliases: ["A"], description: "first" },
      { id: "alpha", kind: "Country", aliases: ["B", "A"] },
    );
    const planned = planEntities(batch, checks({}), { index: -1 });
    expect([...planned.values()]).toEqual([
      {
        id: "alpha",
        label: "Country",
        index: 10,
        name: "Alpha",
        aliases: ["A", "B"],
        description: "first",
        properties: {},
      },
    ]);
  });

  it("refuses a kind an earlier command of the batch gave the id another, naming the later command", () => {
    const batch = entityCommands(
      { id: "alpha", kind: "Country", name: "Alpha" },
      { id: "alpha", kind: "Place", name: "Alpha" },
    );
    expect(refusal((cursor) => planEntities(batch, checks({}), cursor))).toEqual({
      index: 11,
      message: `input.kind: "alpha" already names a Country; an entity's kind cannot change`,
    });
  });

  it("needs a name for a new entity only", () => {
    const batch = entityCommands({ id: "alpha", kind: "Country" });
    expect(refusal((cursor) => planEntities(batch, checks({}), cursor))).toEqual({
      index: 10,
      message: "input.name is required for a new entity",
    });
    const known = checks({ entities: entities(entity("alpha", "Country")) });
    expect(planEntities(batch, known, { index: -1 }).get("alpha")?.name).toBeNull();
  });
});

describe("command batches", () => {
  const e = (id: string): EditorCommand => ({ kind: "entity", input: { id, kind: "Country", name: id } });
  const r = (from: string, to: string): EditorCommand => ({ kind: "relationship", input: borders(from, to) });
  const fail = (index: number, error: Error) => new Error(`${index}: ${error.message}`);

  it("groups consecutive entities and relationships, at most `max` each, and keeps others alone", () => {
    const commands: EditorCommand[] = [
      { kind: "source", input: { id: "s", title: "S", kind: "report", text: "q" } },
      e("a"),
      e("b"),
      e("c"),
      r("a", "b"),
      r("b", "c"),
      { kind: "retractRelationship", id: "x" },
      r("a", "c"),
      e("d"),
    ];
    const shape = commandBatches(commands, fail, 2).map((b) =>
      b.kind === "single"
        ? `${b.command.kind}@${b.command.index}`
        : `${b.kind}@${b.commands.map((c) => c.index).join(",")}`,
    );
    expect(shape).toEqual([
      "sources@0",
      "entities@1,2",
      "entities@3",
      "relationships@4,5",
      "retractRelationship@6",
      "relationships@7",
      "entities@8",
    ]);
  });

  it("refuses the first command that breaks a rule needing no database, by its index", () => {
    expect(() => commandBatches([e("a"), r("a", "a"), e("Bad Id")], fail)).toThrow(
      "1: input.to must differ from input.from: a relationship joins two entities",
    );
  });
});
