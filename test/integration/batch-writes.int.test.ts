import { type Driver, isInt } from "neo4j-driver";
import type { Executor } from "../../src/graph/executor";
import { WriteRepository } from "../../src/graph/write.repository";
import { CommandFailure, type EditorCommand } from "../../src/services/editor-commands";
import { EditorService } from "../../src/services/editor.service";
import { emptyDatabaseWithSchema } from "../helpers/evidence-fixture";
import { snapshotGraph, testDriver, testExecutor } from "../helpers/neo4j";

// Validated writes go to Neo4j in batches: a batch costs a fixed number of statements, whatever its size,
// and a refusal anywhere in it names its command and leaves the graph as it was.

const PREFIX = "batch-";
const COUNTRIES = 51;
const country = (i: number): string => `${PREFIX}country-${String(i).padStart(3, "0")}`;
const GOVERNMENT = `${PREFIX}government`;
const SOURCE = `${PREFIX}report`;
/** A sentence per country, so each relationship quotes its own; an emoji first, counted twice in UTF-16. */
const SENTENCES = Array.from({ length: COUNTRIES }, (_, i) => `The government administers ${country(i)}.`);
const TEXT = `🙂 Report. ${SENTENCES.join(" ")} ${SENTENCES[0]}`;

const governs = (i: number, quote = SENTENCES[i]!, start?: number): EditorCommand => ({
  kind: "relationship",
  input: {
    type: "GOVERNS",
    from: GOVERNMENT,
    to: country(i),
    citations: [{ sourceId: SOURCE, quote, start }],
  },
});
const borders = (a: number, b: number, quote: string, id?: string): EditorCommand => ({
  kind: "relationship",
  input: { id, type: "BORDERS", from: country(a), to: country(b), citations: [{ sourceId: SOURCE, quote }] },
});

describe("validated writes in batches", () => {
  let driver: Driver;
  let executor: Executor;
  let editor: EditorService;

  const plain = (v: unknown): unknown => (isInt(v) ? v.toNumber() : Array.isArray(v) ? v.map(plain) : v);
  const cypher = async (text: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(text, params, { database: process.env.NEO4J_TEST_DATABASE })).records.map(
      (r) => Object.fromEntries(Object.entries(r.toObject()).map(([k, v]) => [k, plain(v)])),
    );
  /** Statements `write` sends to Neo4j. */
  const statementsOf = async (write: () => Promise<unknown>): Promise<number> => {
    const before = executor.statementsRun;
    await write();
    return executor.statementsRun - before;
  };
  /** The refusal of `commands`: its index and message; the graph must be unchanged by it. */
  const refusal = async (commands: readonly EditorCommand[]) => {
    const before = await snapshotGraph(driver);
    const error = await editor.apply("refused", commands).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(await snapshotGraph(driver)).toBe(before);
    expect(error).toBeInstanceOf(CommandFailure);
    const failure = error as CommandFailure;
    return { index: failure.index, message: failure.cause.message };
  };

  beforeAll(async () => {
    driver = testDriver();
    await emptyDatabaseWithSchema(driver);
    executor = testExecutor(driver);
    editor = new EditorService(new WriteRepository(executor));
    await editor.apply("world", [
      { kind: "source", input: { id: SOURCE, title: "A report", kind: "report", text: TEXT } },
      { kind: "entity", input: { id: GOVERNMENT, kind: "Government", name: "The government" } },
      ...Array.from({ length: COUNTRIES }, (_, i): EditorCommand => ({
        kind: "entity",
        input: { id: country(i), kind: "Country", name: `Country ${i}` },
      })),
    ]);
  }, 60_000);
  afterAll(async () => {
    await driver.close();
  });

  it("writes 5 or 50 relationships of one type with the same 3 statements: check, write, summaries", async () => {
    const five = await statementsOf(() =>
      editor.apply(
        "five",
        Array.from({ length: 5 }, (_, i) => governs(i + 1)),
      ),
    );
    const fifty = await statementsOf(() =>
      editor.apply(
        "fifty",
        Array.from({ length: 50 }, (_, i) => governs(i + 1)),
      ),
    );
    expect(five).toBe(3);
    expect(fifty).toBe(3);
    const [stored] = await cypher(
      `MATCH (:Entity {id: $government})-[r:GOVERNS]->(:Entity)
       MATCH (c:Citation {relationshipId: r.id})
       RETURN count(DISTINCT r) AS relationships, count(c) AS citations, collect(DISTINCT r.citationCount) AS counts`,
      { government: GOVERNMENT },
    );
    expect(stored).toMatchObject({ relationships: 50, citations: 50, counts: [1] });
  });

  it("adds two statements per further relationship type, and checks a batch of entities in one", async () => {
    const mixed = [governs(1), borders(1, 2, SENTENCES[2]!), governs(2), borders(3, 4, SENTENCES[4]!)];
    expect(await statementsOf(() => editor.apply("mixed", mixed))).toBe(5);
    const entities = Array.from({ length: 40 }, (_, i): EditorCommand => ({
      kind: "entity",
      input: { id: country(i), kind: "Country", aliases: [`Alias ${i}`] },
    }));
    expect(await statementsOf(() => editor.apply("entities", entities))).toBe(2);
  });

  it("asserts one relationship with 3 statements and upserts one entity with 2", async () => {
    const input = {
      type: "GOVERNS",
      from: GOVERNMENT,
      to: country(7),
      citations: [{ sourceId: SOURCE, quote: SENTENCES[7]! }],
    };
    expect(await statementsOf(() => editor.assertRelationship(input))).toBe(3);
    expect(
      await statementsOf(() =>
        editor.upsertEntity({ id: country(7), kind: "Country", description: "Seventh" }),
      ),
    ).toBe(2);
  });

  it("counts offsets as JavaScript does, after characters Cypher counts differently", async () => {
    const relationship = await editor.assertRelationship({
      type: "BORDERS",
      from: country(10),
      to: country(11),
      citations: [
        { sourceId: SOURCE, quote: SENTENCES[10]! },
        { sourceId: SOURCE, quote: SENTENCES[0]!, start: TEXT.lastIndexOf(SENTENCES[0]!) },
      ],
    });
    const citations = await cypher(
      "MATCH (c:Citation {relationshipId: $id}) RETURN c.start AS start, c.end AS end ORDER BY c.start",
      { id: relationship.id },
    );
    expect(citations.map((c) => [Number(c.start), Number(c.end)])).toEqual([
      [TEXT.indexOf(SENTENCES[10]!), TEXT.indexOf(SENTENCES[10]!) + SENTENCES[10]!.length],
      [TEXT.lastIndexOf(SENTENCES[0]!), TEXT.length],
    ]);
  });

  it("lands a->b and b->a of a symmetric type in one batch on one relationship with both citations", async () => {
    await editor.apply("both ways", [borders(20, 21, SENTENCES[20]!), borders(21, 20, SENTENCES[21]!)]);
    const stored = await cypher(
      `MATCH (:Entity {id: $a})-[r:BORDERS]-(:Entity {id: $b})
       RETURN r.id AS id, startNode(r).id AS from, r.citationCount AS citations`,
      { a: country(20), b: country(21) },
    );
    expect(stored).toEqual([
      { id: `${country(21)}-borders-${country(20)}`, from: country(21), citations: 2 },
    ]);
  });

  it("refuses a quote not at its offset by the index of its command, writing nothing of the file", async () => {
    const commands = [governs(30), borders(31, 32, SENTENCES[31]!), governs(33, SENTENCES[33]!, 3)];
    expect(await refusal(commands)).toEqual({
      index: 2,
      message: `input.sources[0].quote: "${SENTENCES[33]}" does not occur verbatim in source "${SOURCE}" at offset 3`,
    });
  });

  it("refuses an id an earlier command of the same batch gave another pair, naming the later command", async () => {
    const commands = [
      borders(40, 41, SENTENCES[40]!, "shared-id"),
      borders(42, 43, SENTENCES[42]!, "shared-id"),
    ];
    expect(await refusal(commands)).toEqual({
      index: 1,
      message: `relationship "shared-id" already exists as ${country(41)} -BORDERS-> ${country(40)}; retract it first or choose another id`,
    });
  });

  it("refuses a kind an earlier command of the same batch gave the id another, naming the later command", async () => {
    const commands: EditorCommand[] = [
      { kind: "entity", input: { id: `${PREFIX}new`, kind: "Country", name: "New" } },
      { kind: "entity", input: { id: `${PREFIX}new`, kind: "Place", name: "New" } },
    ];
    expect(await refusal(commands)).toEqual({
      index: 1,
      message: `input.kind: "${PREFIX}new" already names a Country; an entity's kind cannot change`,
    });
  });

  it("writes a run of sources with one statement, which keeps each stored text and refuses another", async () => {
    const source = (id: string, text: string): EditorCommand => ({
      kind: "source",
      input: { id, title: id, kind: "report", text },
    });
    const three = [source(`${PREFIX}a`, "A."), source(`${PREFIX}b`, "B."), source(SOURCE, TEXT)];
    expect(await statementsOf(() => editor.apply("sources", three))).toBe(1);
    const conflict = (id: string) =>
      `source "${id}" already exists with another text; its citations' offsets depend on it: retract it first or choose another id`;
    expect(await refusal([source(`${PREFIX}c`, "C."), source(SOURCE, "Another text.")])).toEqual({
      index: 1,
      message: conflict(SOURCE),
    });
    expect(await refusal([source(`${PREFIX}d`, "D."), source(`${PREFIX}d`, "Not D.")])).toEqual({
      index: 1,
      message: conflict(`${PREFIX}d`),
    });
  });

  it("refuses a relationship to an entity no command wrote, after a batch that wrote others", async () => {
    const commands: EditorCommand[] = [
      { kind: "entity", input: { id: `${PREFIX}fresh`, kind: "Country", name: "Fresh" } },
      borders(44, 45, SENTENCES[44]!),
      {
        kind: "relationship",
        input: {
          type: "BORDERS",
          from: `${PREFIX}fresh`,
          to: `${PREFIX}nowhere`,
          citations: [{ sourceId: SOURCE, quote: "Report." }],
        },
      },
    ];
    expect(await refusal(commands)).toEqual({
      index: 2,
      message: `input.to: no entity has id "${PREFIX}nowhere"`,
    });
  });
});
