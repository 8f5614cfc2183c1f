import { type GraphqlResponse, postGraphql } from "../helpers/app";
import { countGraph, snapshotGraph } from "../helpers/neo4j";
import {
  type ClaimedRel,
  EDITOR,
  expectRefusedUnchanged,
  SOURCE,
  SOURCE_TEXT,
  useReseededApp,
} from "../helpers/api";

// assertRelationship and retractRelationship over HTTP (entity mutations: api-mutations.int.test.ts).

const QUOTE = "delegations of Esteria and Valoria are engaged in talks in Córvia";
const CITATION = { sourceId: "lumen-talks-report", quote: QUOTE };

const RELATIONSHIP_FIELDS = `id type from { id } to { id } claimedBy role obligation
  sources { quote source { id title } }`;
const ASSERT = `
mutation ($input: RelationshipInput!) { assertRelationship(input: $input) { ${RELATIONSHIP_FIELDS} } }`;
const RETRACT = `mutation ($id: ID!) { retractRelationship(id: $id) }`;
const BETWEEN = `
query ($a: ID!, $b: ID!, $types: [RelationshipType!]) {
  relationshipsBetween(a: $a, b: $b, types: $types) { ${RELATIONSHIP_FIELDS} }
}`;
const RELATIONSHIPS_OF = `
query ($id: ID!, $types: [RelationshipType!]) {
  entity(id: $id) { relationships(types: $types) { ${RELATIONSHIP_FIELDS} } }
}`;

type Relationship = ClaimedRel & { role: string | null; obligation: string | null };

/** A new, allowed edge the report supports: the Valorian delegation speaks for Valoria. */
const REPRESENTS = {
  type: "REPRESENTS",
  from: "valorian-council-delegation",
  to: "valoria",
  properties: { claimedBy: "EPO" },
  sources: [CITATION],
};
const REPRESENTS_ID = "valorian-council-delegation-represents-valoria";

describe("relationship mutations over HTTP", () => {
  const ctx = useReseededApp();
  const assert = (input: Record<string, unknown>) =>
    postGraphql<{ assertRelationship: Relationship }>(ctx.app.url, ASSERT, { input }, EDITOR);
  const between = async (a: string, b: string, types?: string[]) => {
    const response = await postGraphql<{ relationshipsBetween: Relationship[] }>(ctx.app.url, BETWEEN, {
      a,
      b,
      types,
    });
    expect(response.errors).toBeUndefined();
    return response.data!.relationshipsBetween;
  };
  const storedCount = async (cypher: string, params: Record<string, unknown>) => {
    const { records } = await ctx.driver.executeQuery(cypher, params, {
      database: process.env.NEO4J_TEST_DATABASE,
    });
    return Number(records[0]!.get(0));
  };
  const expectRefused = (send: () => Promise<GraphqlResponse>, code: string, argument?: string) =>
    expectRefusedUnchanged(ctx.driver, send, code, argument);

  describe("assertRelationship", () => {
    it("asserts a new allowed edge with one citation that reads back everywhere", async () => {
      expect(SOURCE_TEXT).toContain(QUOTE);
      expect(await between("valoria", "valorian-council-delegation", ["REPRESENTS"])).toEqual([]);
      const expected: Relationship = {
        id: REPRESENTS_ID,
        type: "REPRESENTS",
        from: { id: "valorian-council-delegation" },
        to: { id: "valoria" },
        claimedBy: "EPO",
        role: null,
        obligation: null,
        sources: [{ quote: QUOTE, source: SOURCE }],
      };
      const response = await assert(REPRESENTS);
      expect(response.errors).toBeUndefined();
      expect(response.data?.assertRelationship).toEqual(expected);

      expect(await between("valoria", "valorian-council-delegation")).toContainEqual(expected);
      expect(await between("valorian-council-delegation", "valoria", ["REPRESENTS"])).toEqual([expected]);
      const of = await postGraphql<{ entity: { relationships: Relationship[] } }>(
        ctx.app.url,
        RELATIONSHIPS_OF,
        {
          id: "valorian-council-delegation",
          types: ["REPRESENTS"],
        },
      );
      expect(of.data?.entity.relationships.filter((r) => r.id === REPRESENTS_ID)).toEqual([expected]);

      const stored = await ctx.driver.executeQuery(
        `MATCH (:Entity {id: $from})-[r:REPRESENTS]->(:Entity {id: $to})
         MATCH (c:Citation {relationshipId: r.id})
         RETURN r.id AS id, r.claimedBy AS claimedBy, r.sourceIds AS sourceIds, r.quotes AS quotes,
                collect(c {.quote, .stance, .claimant}) AS citations`,
        { from: "valorian-council-delegation", to: "valoria" },
        { database: process.env.NEO4J_TEST_DATABASE },
      );
      expect(stored.records.map((r) => r.toObject())).toEqual([
        {
          id: REPRESENTS_ID,
          claimedBy: "EPO",
          sourceIds: ["lumen-talks-report"],
          quotes: null,
          citations: [{ quote: QUOTE, stance: "REPORTS", claimant: "EPO" }],
        },
      ]);
    });

    it("is idempotent: asserting the same edge again changes nothing and keeps its id", async () => {
      const first = await assert(REPRESENTS);
      expect(first.errors).toBeUndefined();
      const afterFirst = await snapshotGraph(ctx.driver);
      const second = await assert(REPRESENTS);
      expect(second.errors).toBeUndefined();
      expect(second.data?.assertRelationship.id).toBe(first.data?.assertRelationship.id);
      expect(await snapshotGraph(ctx.driver)).toBe(afterFirst);
      expect((await between("valoria", "valorian-council-delegation", ["REPRESENTS"])).length).toBe(1);
    });

    it("stores a role and an obligation where the type has them", async () => {
      const mediates = await assert({
        type: "MEDIATES",
        from: "corvia",
        to: "lumen-talks-monday-session",
        properties: { role: "lead" },
        sources: [{ sourceId: "lumen-talks-report", quote: "held in Lumen with Corvian mediation" }],
      });
      expect(mediates.errors).toBeUndefined();
      expect(mediates.data?.assertRelationship).toMatchObject({ role: "lead", claimedBy: null });
      const bound = await assert({
        type: "BOUND_BY",
        from: "esteria",
        to: "daran-accord",
        properties: { obligation: "none stated" },
        sources: [{ sourceId: "lumen-talks-report", quote: "the Daran Accord" }],
      });
      expect(bound.errors).toBeUndefined();
      const [stored] = await between("esteria", "daran-accord", ["BOUND_BY"]);
      expect(stored).toMatchObject({ id: "esteria-bound-by-daran-accord", obligation: "none stated" });
    });

    it("refuses an edge the registry forbids, naming the type and the kinds", async () => {
      const message = await expectRefused(
        () => assert({ type: "TARGETS", from: "daran-accord", to: "esteria", sources: [CITATION] }),
        "BAD_USER_INPUT",
        "input.type",
      );
      expect(message).toContain("TARGETS");
      expect(message).toContain("Agreement");
      expect(message).toContain("Country");
    });

    it("refuses an edge without a citation", async () => {
      await expectRefused(() => assert({ ...REPRESENTS, sources: [] }), "BAD_USER_INPUT", "input.sources");
    });

    it("refuses a citation of an unknown source, naming it", async () => {
      const message = await expectRefused(
        () => assert({ ...REPRESENTS, sources: [CITATION, { sourceId: "no-such-source", quote: QUOTE }] }),
        "BAD_USER_INPUT",
        "input.sources[1].sourceId",
      );
      expect(message).toContain("no-such-source");
    });

    it.each([
      ["from", { from: "no-such-delegation" }, "no-such-delegation"],
      ["to", { to: "no-such-country" }, "no-such-country"],
    ])("refuses an unknown %s endpoint, naming its id", async (end, override, id) => {
      const message = await expectRefused(
        () => assert({ ...REPRESENTS, ...override }),
        "BAD_USER_INPUT",
        `input.${end}`,
      );
      expect(message).toContain(id);
    });

    const mediates = { type: "MEDIATES", from: "daran", to: "lumen-talks-monday-session" };
    const boundBy = { type: "BOUND_BY", from: "esteria", to: "daran-accord" };
    const designates = { type: "DESIGNATES", from: "esteria", to: "eastern-militant-groups" };
    it.each([
      // A required value is checked on each citation, once the relationship's values are defaulted onto it.
      ["MEDIATES without a role", mediates, {}, "sources[0].properties.role"],
      ["MEDIATES with a null role", mediates, { role: null }, "sources[0].properties.role"],
      ["MEDIATES with a role outside lead/supporting", mediates, { role: "co-lead" }, "properties.role"],
      ["BOUND_BY without an obligation", boundBy, {}, "sources[0].properties.obligation"],
      ["BOUND_BY with a blank obligation", boundBy, { obligation: " " }, "sources[0].properties.obligation"],
      ["DESIGNATES with an empty status", designates, { status: "" }, "sources[0].properties.status"],
      ["obligation on MEDIATES", mediates, { role: "lead", obligation: "x" }, "properties.obligation"],
      ["role on REPRESENTS", { ...REPRESENTS, properties: undefined }, { role: "lead" }, "properties.role"],
    ])("refuses %s, naming the property", async (_label, edge, properties, argument) => {
      const property = argument.split(".").at(-1)!;
      const message = await expectRefused(
        () => assert({ ...edge, properties, sources: [CITATION] }),
        "BAD_USER_INPUT",
        `input.${argument}`,
      );
      expect(message).toContain(property);
    });

    it("keeps one BORDERS edge when the border is asserted the other way round", async () => {
      const [seeded] = await between("esteria", "valoria", ["BORDERS"]);
      expect(seeded?.id).toBe("valoria-borders-esteria");
      const response = await assert({
        type: "BORDERS",
        from: "esteria",
        to: "valoria",
        sources: [{ sourceId: "lumen-talks-report", quote: "heightened tensions along the border" }],
      });
      expect(response.errors).toBeUndefined();
      expect(response.data?.assertRelationship.id).toBe("valoria-borders-esteria");
      expect((await between("valoria", "esteria", ["BORDERS"])).map((r) => r.id)).toEqual([
        "valoria-borders-esteria",
      ]);
      const borders = await storedCount(
        "MATCH (:Entity {id: 'esteria'})-[r:BORDERS]-(:Entity {id: 'valoria'}) RETURN count(r)",
        {},
      );
      expect(borders).toBe(1);
    });

    it("accepts a symmetric edge asserted the other way round under its own id", async () => {
      const response = await assert({
        id: "valoria-borders-esteria",
        type: "BORDERS",
        from: "esteria",
        to: "valoria",
        sources: [{ sourceId: "lumen-talks-report", quote: "heightened tensions along the border" }],
      });
      expect(response.errors).toBeUndefined();
      expect(response.data?.assertRelationship.id).toBe("valoria-borders-esteria");
      const borders = await storedCount(
        "MATCH (:Entity {id: 'esteria'})-[r:BORDERS]-(:Entity {id: 'valoria'}) RETURN count(r)",
        {},
      );
      expect(borders).toBe(1);
    });

    it.each([
      ["a relationship of another type", "northern-front-targets-esteria"],
      ["a relationship of the same type between other entities", "esterian-delegation-represents-esteria"],
    ])("refuses with CONFLICT an explicit id that belongs to %s", async (_label, id) => {
      const message = await expectRefused(() => assert({ ...REPRESENTS, id }), "CONFLICT");
      expect(message).toContain(id);
    });

    it("creates exactly one relationship when 10 identical assertions race", async () => {
      const responses = await Promise.all(Array.from({ length: 10 }, () => assert(REPRESENTS)));
      for (const response of responses) {
        if (response.errors) expect(response.errors.map((e) => e.extensions?.code)).toEqual(["CONFLICT"]);
        else expect(response.data?.assertRelationship.id).toBe(REPRESENTS_ID);
      }
      expect(responses.some((r) => !r.errors)).toBe(true);
      const stored = await storedCount("MATCH ()-[r]->() WHERE r.id = $id RETURN count(r)", {
        id: REPRESENTS_ID,
      });
      expect(stored).toBe(1);
    });
  });

  describe("retractRelationship", () => {
    it("removes a relationship of the world and its citations, and reports true", async () => {
      expect((await between("northern-front", "esteria")).map((r) => r.id)).toContain(
        "northern-front-targets-esteria",
      );
      const counts = await countGraph(ctx.driver);
      const response = await postGraphql<{ retractRelationship: boolean }>(
        ctx.app.url,
        RETRACT,
        { id: "northern-front-targets-esteria" },
        EDITOR,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.retractRelationship).toBe(true);
      expect((await between("northern-front", "esteria")).map((r) => r.id)).not.toContain(
        "northern-front-targets-esteria",
      );
      expect((await countGraph(ctx.driver)).relationships).toBe(counts.relationships - 1);
      // Its three citations go with it; no entity or source does.
      expect((await countGraph(ctx.driver)).nodes).toBe(counts.nodes - 3);
    });

    it("removes an asserted relationship, which then reads back nowhere", async () => {
      expect((await assert(REPRESENTS)).errors).toBeUndefined();
      const response = await postGraphql(ctx.app.url, RETRACT, { id: REPRESENTS_ID }, EDITOR);
      expect(response.data).toEqual({ retractRelationship: true });
      expect(await between("valorian-council-delegation", "valoria", ["REPRESENTS"])).toEqual([]);
    });

    it.each(["no-such-relationship", "esteria", "lumen-talks-report"])(
      "reports false for %s, which names no relationship, and changes nothing",
      async (id) => {
        const before = await snapshotGraph(ctx.driver);
        const response = await postGraphql(ctx.app.url, RETRACT, { id }, EDITOR);
        expect(response.errors).toBeUndefined();
        expect(response.data).toEqual({ retractRelationship: false });
        expect(await snapshotGraph(ctx.driver)).toBe(before);
      },
    );
  });
});
