import { type GraphqlResponse, postGraphql } from "../helpers/app";
import { snapshotGraph } from "../helpers/neo4j";
import { EDITOR, SOURCE_TEXT, useReseededApp } from "../helpers/api";

// Mutations sent at the same instant: each checks and writes in one transaction, and symmetric
// relationships are stored in one direction, so races end as one sequential order would.

const SOURCE = "lumen-talks-report";
const TENSIONS = "heightened tensions along the border";
const MANAGEMENT = "effective border management";
const INFILTRATION = "foiling two border crossings";

const ASSERT = `mutation ($input: RelationshipInput!) {
  assertRelationship(input: $input) { id type from { id } to { id } sources { quote } }
}`;
const UPSERT = `mutation ($input: EntityInput!) { upsertEntity(input: $input) { id kind name } }`;
const DELETE = `mutation ($id: ID!) { deleteEntity(id: $id) { deleted detached { id } } }`;

interface Asserted {
  assertRelationship: {
    id: string;
    type: string;
    from: { id: string };
    to: { id: string };
    sources: { quote: string }[];
  };
}

interface Stored {
  id: string;
  from: string;
  to: string;
  quotes: string[];
}

const borders = (from: string, to: string, quote: string) => ({
  type: "BORDERS",
  from,
  to,
  sources: [{ sourceId: SOURCE, quote }],
});

describe("concurrent mutations over HTTP", () => {
  const ctx = useReseededApp();
  const send = <T>(query: string, variables: Record<string, unknown>) =>
    postGraphql<T>(ctx.app.url, query, variables, EDITOR);
  const assert = (input: Record<string, unknown>) => send<Asserted>(ASSERT, { input });
  const cypher = async (text: string, params: Record<string, unknown> = {}) =>
    (await ctx.driver.executeQuery(text, params, { database: process.env.NEO4J_TEST_DATABASE })).records;
  /** Countries of the test's own making, beyond the world. */
  const countries = (ids: readonly string[]) =>
    cypher("UNWIND $ids AS id CREATE (:Entity:Country {id: id, name: id, aliases: []})", { ids });
  const storedBetween = async (a: string, b: string, type: string): Promise<Stored[]> =>
    (
      await cypher(
        `MATCH (x:Entity {id: $a})-[r]-(y:Entity {id: $b}) WHERE type(r) = $type
         WITH DISTINCT r
         OPTIONAL MATCH (c:Citation {relationshipId: r.id})
         WITH r, c ORDER BY c.start
         RETURN r.id AS id, startNode(r).id AS from, endNode(r).id AS to, collect(c.quote) AS quotes`,
        { a, b, type },
      )
    ).map((r) => r.toObject() as Stored);
  const expectNoErrors = (responses: readonly GraphqlResponse<unknown>[]) =>
    expect(responses.map((r) => r.errors ?? [])).toEqual(responses.map(() => []));

  it("the quotes used are verbatim in the world's source", () => {
    for (const quote of [TENSIONS, MANAGEMENT, INFILTRATION]) expect(SOURCE_TEXT).toContain(quote);
  });

  it("stores one BORDERS relationship with both citations when a->b and b->a race, every time", async () => {
    const trials = 10;
    const pairs = Array.from({ length: trials }, (_, i) => [`race-north-${i}`, `race-south-${i}`] as const);
    await countries(pairs.flat());
    for (const [a, b] of pairs) {
      const responses = await Promise.all([
        assert(borders(a, b, TENSIONS)),
        assert(borders(b, a, MANAGEMENT)),
      ]);
      expectNoErrors(responses);
      const stored = await storedBetween(a, b, "BORDERS");
      // Canonical direction: from the id that sorts last ("race-south-…") to the one that sorts first.
      expect(stored).toEqual([
        { id: `${b}-borders-${a}`, from: b, to: a, quotes: expect.arrayContaining([TENSIONS, MANAGEMENT]) },
      ]);
      expect(stored[0]!.quotes).toHaveLength(2);
      for (const response of responses) {
        expect(response.data?.assertRelationship).toMatchObject({
          id: `${b}-borders-${a}`,
          from: { id: b },
          to: { id: a },
        });
      }
    }
  }, 60_000);

  it("stores a symmetric relationship asserted from the smaller id in the canonical direction", async () => {
    await countries(["canon-alpha", "canon-beta"]);
    const response = await assert(borders("canon-alpha", "canon-beta", TENSIONS));
    expect(response.errors).toBeUndefined();
    expect(response.data?.assertRelationship).toEqual({
      id: "canon-beta-borders-canon-alpha",
      type: "BORDERS",
      from: { id: "canon-beta" },
      to: { id: "canon-alpha" },
      sources: [{ quote: TENSIONS }],
    });
    const again = await assert(borders("canon-beta", "canon-alpha", MANAGEMENT));
    expect(again.data?.assertRelationship.sources).toEqual([{ quote: TENSIONS }, { quote: MANAGEMENT }]);
    expect(await storedBetween("canon-alpha", "canon-beta", "BORDERS")).toEqual([
      {
        id: "canon-beta-borders-canon-alpha",
        from: "canon-beta",
        to: "canon-alpha",
        quotes: [TENSIONS, MANAGEMENT],
      },
    ]);
  });

  it("never duplicates a citation when identical assertions race, in either direction", async () => {
    await countries(["twin-east", "twin-west"]);
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        assert(
          i % 2 ? borders("twin-east", "twin-west", TENSIONS) : borders("twin-west", "twin-east", TENSIONS),
        ),
      ),
    );
    expectNoErrors(responses);
    expect(await storedBetween("twin-east", "twin-west", "BORDERS")).toEqual([
      { id: "twin-west-borders-twin-east", from: "twin-west", to: "twin-east", quotes: [TENSIONS] },
    ]);
  }, 30_000);

  it("keeps every new citation when different citations of one existing relationship race", async () => {
    await countries(["many-east", "many-west"]);
    expect((await assert(borders("many-east", "many-west", TENSIONS))).errors).toBeUndefined();
    // Sentences of the report, each a verbatim quote of its own.
    const quotes = SOURCE_TEXT.split(/(?<=\.)\s+/)
      .map((q) => q.trim())
      .filter((q) => q.length > 20 && q.length < 300 && !q.includes(TENSIONS) && !q.includes("\n"))
      .slice(0, 8);
    expect(quotes).toHaveLength(8);
    const responses = await Promise.all(
      quotes.map((quote, i) =>
        assert(i % 2 ? borders("many-east", "many-west", quote) : borders("many-west", "many-east", quote)),
      ),
    );
    expectNoErrors(responses);
    const [stored] = await storedBetween("many-east", "many-west", "BORDERS");
    const inTextOrder = [TENSIONS, ...quotes].sort((a, b) => SOURCE_TEXT.indexOf(a) - SOURCE_TEXT.indexOf(b));
    expect(stored!.quotes).toEqual(inTextOrder);
  }, 30_000);

  it("lets one kind win when upserts of one new id with different kinds race; the other is told why", async () => {
    for (let trial = 0; trial < 5; trial += 1) {
      const id = `contested-kind-${trial}`;
      const responses = await Promise.all(
        ["PLACE", "COUNTRY"].map((kind) =>
          send<{ upsertEntity: { kind: string } }>(UPSERT, { input: { id, kind, name: id } }),
        ),
      );
      const winners = responses.filter((r) => !r.errors);
      const losers = responses.filter((r) => r.errors);
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      const won = winners[0]!.data!.upsertEntity.kind;
      const label = won === "PLACE" ? "Place" : "Country";
      expect(losers[0]!.errors).toEqual([
        expect.objectContaining({
          message: `input.kind: "${id}" already names a ${label}; an entity's kind cannot change`,
          extensions: { code: "BAD_USER_INPUT", argument: "input.kind" },
        }),
      ]);
      const nodes = await cypher("MATCH (n:Entity {id: $id}) RETURN labels(n) AS labels", { id });
      expect(nodes.map((r) => [...(r.get("labels") as string[])].sort())).toEqual([["Entity", label].sort()]);
    }
  }, 30_000);

  it("either writes before a concurrent delete of an endpoint or is refused naming it; nothing dangles", async () => {
    const outcomes = new Set<string>();
    for (let trial = 0; trial < 10; trial += 1) {
      const [keep, gone] = [`keep-${trial}`, `gone-${trial}`];
      await countries([keep, gone]);
      const [asserted, deleted] = await Promise.all([
        assert(borders(keep, gone, TENSIONS)),
        send<{ deleteEntity: { deleted: boolean; detached: { id: string }[] } }>(DELETE, { id: gone }),
      ]);
      expect(deleted.errors).toBeUndefined();
      expect(deleted.data?.deleteEntity.deleted).toBe(true);
      if (asserted.errors) {
        expect(asserted.errors).toEqual([
          expect.objectContaining({
            message: `input.to: no entity has id "${gone}"`,
            extensions: { code: "BAD_USER_INPUT", argument: "input.to" },
          }),
        ]);
        expect(deleted.data?.deleteEntity.detached).toEqual([]);
        outcomes.add("refused");
      } else {
        expect(deleted.data?.deleteEntity.detached).toEqual([{ id: `${keep}-borders-${gone}` }]);
        outcomes.add("written, then detached");
      }
      expect(await cypher("MATCH (n:Entity {id: $gone}) RETURN n", { gone })).toEqual([]);
      expect(await cypher("MATCH (:Entity {id: $keep})-[r]-() RETURN r", { keep })).toEqual([]);
    }
    expect(outcomes.size).toBeGreaterThanOrEqual(1);
  }, 30_000);

  it("refuses an assertion whose endpoint was deleted before it, and changes nothing", async () => {
    await countries(["lone-east", "lone-west"]);
    await send(DELETE, { id: "lone-west" });
    const before = await snapshotGraph(ctx.driver);
    const response = await assert(borders("lone-east", "lone-west", TENSIONS));
    expect(response.data).toBeNull();
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: 'input.to: no entity has id "lone-west"',
        extensions: { code: "BAD_USER_INPUT", argument: "input.to" },
      }),
    ]);
    expect(await snapshotGraph(ctx.driver)).toBe(before);
  });
});
