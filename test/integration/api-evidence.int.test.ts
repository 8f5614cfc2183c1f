import { postGraphql } from "../helpers/app";
import { snapshotGraph } from "../helpers/neo4j";
import { EDITOR, SOURCE_TEXT, useReseededApp } from "../helpers/api";

// Evidence rules of the editor API: quotes must be verbatim, citations accumulate, claims are never blank.

const SOURCE = "lumen-talks-report";
const ASSERT = `mutation ($input: RelationshipInput!) {
  assertRelationship(input: $input) { id claimedBy sources { quote source { id } } }
}`;
const UPSERT = `mutation ($input: EntityInput!) {
  upsertEntity(input: $input) { id ... on Incident { when count } }
}`;

interface Asserted {
  assertRelationship: {
    id: string;
    claimedBy: string | null;
    sources: { quote: string; source: { id: string } }[];
  };
}

describe("evidence on writes", () => {
  const ctx = useReseededApp();
  const assert = (input: Record<string, unknown>) =>
    postGraphql<Asserted>(ctx.app.url, ASSERT, { input }, EDITOR);

  it("refuses a quote that is not verbatim in the source's text, and writes nothing", async () => {
    const before = await snapshotGraph(ctx.driver);
    const response = await assert({
      type: "TARGETS",
      from: "northern-front",
      to: "esteria",
      sources: [{ sourceId: SOURCE, quote: "The NF attacked Esteria." }],
    });
    expect(response.errors?.[0]).toMatchObject({
      message: `input.sources[0].quote: "The NF attacked Esteria." does not occur verbatim in source "${SOURCE}"`,
      extensions: { code: "BAD_USER_INPUT", argument: "input.sources[0].quote" },
    });
    expect(await snapshotGraph(ctx.driver)).toBe(before);
  });

  it("adds a new citation to a relationship's evidence and never repeats one", async () => {
    const seeded = await ctx.driver.executeQuery(
      "MATCH (c:Citation {relationshipId: 'northern-front-targets-esteria'}) RETURN c.quote AS quote ORDER BY c.start",
    );
    const seededQuotes = seeded.records.map((r) => r.get("quote") as string);
    const extra = "decisive action against groups targeting Esteria";
    const input = {
      type: "TARGETS",
      from: "northern-front",
      to: "esteria",
      sources: [{ sourceId: SOURCE, quote: extra }],
    };
    const first = await assert(input);
    expect(first.errors).toBeUndefined();
    expect(first.data?.assertRelationship.id).toBe("northern-front-targets-esteria");
    const expected = [...seededQuotes, extra].sort((a, b) => SOURCE_TEXT.indexOf(a) - SOURCE_TEXT.indexOf(b));
    expect(seededQuotes).toHaveLength(3);
    expect(first.data?.assertRelationship.sources.map((s) => s.quote)).toEqual(expected);
    const again = await assert(input);
    expect(again.data?.assertRelationship.sources.map((s) => s.quote)).toEqual(expected);
  });

  it("stores a blank claimedBy as no claim", async () => {
    const response = await assert({
      type: "HELD_IN",
      from: "lumen-talks-monday-session",
      to: "lumen",
      properties: { claimedBy: "  " },
      sources: [{ sourceId: SOURCE, quote: "held in Lumen" }],
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.assertRelationship.claimedBy).toBeNull();
  });

  it("refuses a relationship from an entity to itself, and writes nothing", async () => {
    const before = await snapshotGraph(ctx.driver);
    const response = await assert({
      type: "BORDERS",
      from: "esteria",
      to: "esteria",
      sources: [{ sourceId: SOURCE, quote: "along the border" }],
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "input.to" });
    expect(await snapshotGraph(ctx.driver)).toBe(before);
  });

  it("updates an entity on upsert: kind properties left out are kept, null ones removed", async () => {
    const input = { id: "border-crossings", kind: "INCIDENT", name: "Border crossings" };
    const upsert = (extra: Record<string, unknown>) =>
      postGraphql<{ upsertEntity: { when: string | null; count: number | null } }>(
        ctx.app.url,
        UPSERT,
        { input: { ...input, ...extra } },
        EDITOR,
      );
    const kept = await upsert({ when: "on Sunday" });
    expect(kept.data?.upsertEntity).toEqual({ id: "border-crossings", when: "on Sunday", count: 2 });
    const removed = await upsert({ count: null });
    expect(removed.data?.upsertEntity).toEqual({ id: "border-crossings", when: "on Sunday", count: null });
  });
});
