import { postGraphql } from "../helpers/app";
import { snapshotGraph } from "../helpers/neo4j";
import { EDITOR, useReseededApp } from "../helpers/api";

// Evidence rules of the editor API: quotes must be verbatim, citations accumulate, claims are never blank.

const SOURCE = "istanbul-talks-report";
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
      from: "ttp",
      to: "pakistan",
      sources: [{ sourceId: SOURCE, quote: "The TTP attacked Pakistan." }],
    });
    expect(response.errors?.[0]).toMatchObject({
      message: `input.sources: the quote "The TTP attacked Pakistan." does not occur verbatim in source "${SOURCE}"`,
      extensions: { code: "BAD_USER_INPUT", argument: "input.sources" },
    });
    expect(await snapshotGraph(ctx.driver)).toBe(before);
  });

  it("adds a new citation to a relationship's evidence and never repeats one", async () => {
    const seeded = await ctx.driver.executeQuery(
      "MATCH ()-[r {id: 'ttp-targets-pakistan'}]->() RETURN r.quotes AS quotes",
    );
    const seededQuotes = seeded.records[0]!.get("quotes") as string[];
    const extra = "decisive action against groups targeting Pakistan";
    const input = {
      type: "TARGETS",
      from: "ttp",
      to: "pakistan",
      sources: [{ sourceId: SOURCE, quote: extra }],
    };
    const first = await assert(input);
    expect(first.errors).toBeUndefined();
    expect(first.data?.assertRelationship.id).toBe("ttp-targets-pakistan");
    const expected = seededQuotes.includes(extra) ? seededQuotes : [...seededQuotes, extra];
    expect(first.data?.assertRelationship.sources.map((s) => s.quote)).toEqual(expected);
    const again = await assert(input);
    expect(again.data?.assertRelationship.sources.map((s) => s.quote)).toEqual(expected);
  });

  it("stores a blank claimedBy as no claim", async () => {
    const response = await assert({
      type: "HELD_IN",
      from: "istanbul-talks-monday-session",
      to: "istanbul",
      properties: { claimedBy: "  " },
      sources: [{ sourceId: SOURCE, quote: "held in Istanbul" }],
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.assertRelationship.claimedBy).toBeNull();
  });

  it("refuses a relationship from an entity to itself, and writes nothing", async () => {
    const before = await snapshotGraph(ctx.driver);
    const response = await assert({
      type: "BORDERS",
      from: "pakistan",
      to: "pakistan",
      sources: [{ sourceId: SOURCE, quote: "along the border" }],
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "input.to" });
    expect(await snapshotGraph(ctx.driver)).toBe(before);
  });

  it("replaces an entity on upsert: kind properties left out are cleared", async () => {
    const input = { id: "infiltration-attempts", kind: "INCIDENT", name: "Infiltration attempts" };
    const response = await postGraphql<{ upsertEntity: { when: string | null; count: number | null } }>(
      ctx.app.url,
      UPSERT,
      { input: { ...input, when: "Sunday" } },
      EDITOR,
    );
    expect(response.data?.upsertEntity).toEqual({ id: "infiltration-attempts", when: "Sunday", count: null });
  });
});
