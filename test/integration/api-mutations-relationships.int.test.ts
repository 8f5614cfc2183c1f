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

const QUOTE = "delegations of Pakistan and Afghanistan are engaged in talks in Türkiye";
const CITATION = { sourceId: "istanbul-talks-report", quote: QUOTE };

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

/** A new, allowed edge the report supports: the Afghan delegation speaks for Afghanistan. */
const REPRESENTS = {
  type: "REPRESENTS",
  from: "afghan-taliban-delegation",
  to: "afghanistan",
  properties: { claimedBy: "ISPR" },
  sources: [CITATION],
};
const REPRESENTS_ID = "afghan-taliban-delegation-represents-afghanistan";

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
      expect(await between("afghanistan", "afghan-taliban-delegation", ["REPRESENTS"])).toEqual([]);
      const expected: Relationship = {
        id: REPRESENTS_ID,
        type: "REPRESENTS",
        from: { id: "afghan-taliban-delegation" },
        to: { id: "afghanistan" },
        claimedBy: "ISPR",
        role: null,
        obligation: null,
        sources: [{ quote: QUOTE, source: SOURCE }],
      };
      const response = await assert(REPRESENTS);
      expect(response.errors).toBeUndefined();
      expect(response.data?.assertRelationship).toEqual(expected);

      expect(await between("afghanistan", "afghan-taliban-delegation")).toContainEqual(expected);
      expect(await between("afghan-taliban-delegation", "afghanistan", ["REPRESENTS"])).toEqual([expected]);
      const of = await postGraphql<{ entity: { relationships: Relationship[] } }>(
        ctx.app.url,
        RELATIONSHIPS_OF,
        {
          id: "afghan-taliban-delegation",
          types: ["REPRESENTS"],
        },
      );
      expect(of.data?.entity.relationships.filter((r) => r.id === REPRESENTS_ID)).toEqual([expected]);

      const stored = await ctx.driver.executeQuery(
        `MATCH (:Entity {id: $from})-[r:REPRESENTS]->(:Entity {id: $to})
         RETURN r.id AS id, r.claimedBy AS claimedBy, r.sourceIds AS sourceIds, r.quotes AS quotes`,
        { from: "afghan-taliban-delegation", to: "afghanistan" },
        { database: process.env.NEO4J_TEST_DATABASE },
      );
      expect(stored.records.map((r) => r.toObject())).toEqual([
        { id: REPRESENTS_ID, claimedBy: "ISPR", sourceIds: ["istanbul-talks-report"], quotes: [QUOTE] },
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
      expect((await between("afghanistan", "afghan-taliban-delegation", ["REPRESENTS"])).length).toBe(1);
    });

    it("stores a role and an obligation where the type has them", async () => {
      const mediates = await assert({
        type: "MEDIATES",
        from: "turkey",
        to: "istanbul-talks-monday-session",
        properties: { role: "lead" },
        sources: [{ sourceId: "istanbul-talks-report", quote: "held in Istanbul with Turkish mediation" }],
      });
      expect(mediates.errors).toBeUndefined();
      expect(mediates.data?.assertRelationship).toMatchObject({ role: "lead", claimedBy: null });
      const bound = await assert({
        type: "BOUND_BY",
        from: "pakistan",
        to: "doha-agreement",
        properties: { obligation: "none stated" },
        sources: [{ sourceId: "istanbul-talks-report", quote: "the Doha Agreement" }],
      });
      expect(bound.errors).toBeUndefined();
      const [stored] = await between("pakistan", "doha-agreement", ["BOUND_BY"]);
      expect(stored).toMatchObject({ id: "pakistan-bound-by-doha-agreement", obligation: "none stated" });
    });

    it("refuses an edge the registry forbids, naming the type and the kinds", async () => {
      const message = await expectRefused(
        () => assert({ type: "TARGETS", from: "doha-agreement", to: "pakistan", sources: [CITATION] }),
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
        "input.sources",
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

    const mediates = { type: "MEDIATES", from: "qatar", to: "istanbul-talks-monday-session" };
    const boundBy = { type: "BOUND_BY", from: "pakistan", to: "doha-agreement" };
    const designates = { type: "DESIGNATES", from: "pakistan", to: "baloch-militant-groups" };
    it.each([
      ["MEDIATES without a role", mediates, {}, "role"],
      ["MEDIATES with a null role", mediates, { role: null }, "role"],
      ["MEDIATES with a role outside lead/supporting", mediates, { role: "co-lead" }, "role"],
      ["BOUND_BY without an obligation", boundBy, {}, "obligation"],
      ["BOUND_BY with a blank obligation", boundBy, { obligation: " " }, "obligation"],
      ["DESIGNATES with an empty status", designates, { status: "" }, "status"],
      ["obligation on MEDIATES", mediates, { role: "lead", obligation: "x" }, "obligation"],
      ["role on REPRESENTS", { ...REPRESENTS, properties: undefined }, { role: "lead" }, "role"],
    ])("refuses %s, naming the property", async (_label, edge, properties, property) => {
      const message = await expectRefused(
        () => assert({ ...edge, properties, sources: [CITATION] }),
        "BAD_USER_INPUT",
        `input.properties.${property}`,
      );
      expect(message).toContain(property);
    });

    it("keeps one BORDERS edge when the border is asserted the other way round", async () => {
      const [seeded] = await between("pakistan", "afghanistan", ["BORDERS"]);
      expect(seeded?.id).toBe("pakistan-borders-afghanistan");
      const response = await assert({
        type: "BORDERS",
        from: "afghanistan",
        to: "pakistan",
        sources: [{ sourceId: "istanbul-talks-report", quote: "heightened tensions along the border" }],
      });
      expect(response.errors).toBeUndefined();
      expect(response.data?.assertRelationship.id).toBe("pakistan-borders-afghanistan");
      expect((await between("afghanistan", "pakistan", ["BORDERS"])).map((r) => r.id)).toEqual([
        "pakistan-borders-afghanistan",
      ]);
      const borders = await storedCount(
        "MATCH (:Entity {id: 'pakistan'})-[r:BORDERS]-(:Entity {id: 'afghanistan'}) RETURN count(r)",
        {},
      );
      expect(borders).toBe(1);
    });

    it("accepts a symmetric edge asserted the other way round under its own id", async () => {
      const response = await assert({
        id: "pakistan-borders-afghanistan",
        type: "BORDERS",
        from: "afghanistan",
        to: "pakistan",
        sources: [{ sourceId: "istanbul-talks-report", quote: "heightened tensions along the border" }],
      });
      expect(response.errors).toBeUndefined();
      expect(response.data?.assertRelationship.id).toBe("pakistan-borders-afghanistan");
      const borders = await storedCount(
        "MATCH (:Entity {id: 'pakistan'})-[r:BORDERS]-(:Entity {id: 'afghanistan'}) RETURN count(r)",
        {},
      );
      expect(borders).toBe(1);
    });

    it.each([
      ["a relationship of another type", "ttp-targets-pakistan"],
      ["a relationship of the same type between other entities", "pakistani-delegation-represents-pakistan"],
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
    it("removes a seeded relationship and reports true", async () => {
      expect((await between("ttp", "pakistan")).map((r) => r.id)).toContain("ttp-targets-pakistan");
      const counts = await countGraph(ctx.driver);
      const response = await postGraphql<{ retractRelationship: boolean }>(
        ctx.app.url,
        RETRACT,
        { id: "ttp-targets-pakistan" },
        EDITOR,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.retractRelationship).toBe(true);
      expect((await between("ttp", "pakistan")).map((r) => r.id)).not.toContain("ttp-targets-pakistan");
      expect((await countGraph(ctx.driver)).relationships).toBe(counts.relationships - 1);
      expect((await countGraph(ctx.driver)).nodes).toBe(counts.nodes);
    });

    it("removes an asserted relationship, which then reads back nowhere", async () => {
      expect((await assert(REPRESENTS)).errors).toBeUndefined();
      const response = await postGraphql(ctx.app.url, RETRACT, { id: REPRESENTS_ID }, EDITOR);
      expect(response.data).toEqual({ retractRelationship: true });
      expect(await between("afghan-taliban-delegation", "afghanistan", ["REPRESENTS"])).toEqual([]);
    });

    it.each(["no-such-relationship", "pakistan", "istanbul-talks-report"])(
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
