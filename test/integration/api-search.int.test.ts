import { type GraphqlResponse, postGraphql } from "../helpers/app";
import { snapshotGraph } from "../helpers/neo4j";
import { expectBadInputNullData, useSeededApp } from "../helpers/api";

// search over HTTP: ranking against the fixture world's names and aliases, kinds, limits, and text that is
// Lucene syntax (which must never reach Lucene as syntax).

const SEARCH = `
query ($text: String!, $kinds: [EntityKind!], $first: Int) {
  search(text: $text, kinds: $kinds, first: $first) { score entity { id kind name } }
}`;

interface Hit {
  score: number;
  entity: { id: string; kind: string; name: string };
}
type Hits = GraphqlResponse<{ search: Hit[] }>;

/** Hits come best first: scores never increase. */
function expectRanked(hits: readonly Hit[]): void {
  for (let i = 1; i < hits.length; i += 1) expect(hits[i]!.score).toBeLessThanOrEqual(hits[i - 1]!.score);
}

describe("search over HTTP", () => {
  const seeded = useSeededApp();
  const search = (text: string, args: Record<string, unknown> = {}): Promise<Hits> =>
    postGraphql(seeded.app.url, SEARCH, { text, ...args });
  const hits = async (text: string, args: Record<string, unknown> = {}): Promise<Hit[]> => {
    const response = await search(text, args);
    expect(response.errors).toBeUndefined();
    expectRanked(response.data!.search);
    return response.data!.search;
  };

  describe("ranking", () => {
    it.each([
      ["Córvia", "corvia"],
      ["córvia", "corvia"],
      ["CÓRVIA", "corvia"],
      ["Corvia", "corvia"],
      ["northern", "northern-front"],
      ["NF", "northern-front"],
      ["High Council of Valoria", "valorian-council"],
      ["Daran", "daran"],
      ["Accord", "daran-accord"],
      ["EPO", "esterian-press-office"],
      ["Kessel", "kessel"],
    ])("puts the right entity first for %p", async (text, id) => {
      const found = await hits(text);
      expect(found[0]?.entity.id).toBe(id);
      expect(found[0]!.score).toBeGreaterThan(0);
    });

    it.each([
      ["Corva", "corvia"],
      ["Darran", "daran"],
      ["Valria", "valoria"],
      ["Kesel", "kessel"],
    ])("still finds the entity through the misspelling %p", async (text, id) => {
      const found = await hits(text);
      expect(found[0]?.entity.id).toBe(id);
    });

    it("finds both words of a two-word query, the one that has both first", async () => {
      const found = await hits("Eastern militant");
      expect(found[0]?.entity).toEqual({
        id: "eastern-militant-groups",
        kind: "ARMED_GROUP",
        name: "Eastern militant groups",
      });
    });

    it("treats a decomposed accent (NFD, as some keyboards send it) exactly like a composed one", async () => {
      const composed = "Córvia".normalize("NFC");
      const decomposed = "Córvia".normalize("NFD");
      expect(decomposed).not.toBe(composed);
      const expected = await hits(composed);
      expect(expected[0]?.entity.id).toBe("corvia");
      expect(await hits(decomposed)).toEqual(expected);
    });

    it("returns an empty list, not an error, when nothing matches", async () => {
      expect(await hits("zzyzx")).toEqual([]);
    });
  });

  describe("kinds", () => {
    it("finds the NF, the Council government and its delegation for Council, and filters them by kind", async () => {
      const all = (await hits("Council")).map((h) => h.entity.id);
      expect(all).toEqual(
        expect.arrayContaining(["northern-front", "valorian-council", "valorian-council-delegation"]),
      );
      const groups = await hits("Council", { kinds: ["ARMED_GROUP"] });
      expect(groups.map((h) => h.entity)).toEqual([
        { id: "northern-front", kind: "ARMED_GROUP", name: "Northern Front" },
      ]);
      const sides = await hits("Council", { kinds: ["GOVERNMENT", "DELEGATION"] });
      expect(sides.map((h) => h.entity.id).sort()).toEqual([
        "valorian-council",
        "valorian-council-delegation",
      ]);
    });

    it("finds nothing for a name under a kind it does not have", async () => {
      expect(await hits("Corvia", { kinds: ["ARMED_GROUP"] })).toEqual([]);
    });

    it("treats an empty kinds list as every kind", async () => {
      expect((await hits("Corvia", { kinds: [] }))[0]?.entity.id).toBe("corvia");
    });
  });

  describe("first", () => {
    it("returns at most first hits, the best ones", async () => {
      const all = await hits("Esteria", { first: 100 });
      expect(all.length).toBeGreaterThan(2);
      const two = await hits("Esteria", { first: 2 });
      expect(two.map((h) => h.entity.id)).toEqual(all.slice(0, 2).map((h) => h.entity.id));
      expect(await hits("Esteria", { first: 1 })).toHaveLength(1);
    });

    it.each([101, 0, -3])("refuses first: %p with BAD_USER_INPUT", async (first) => {
      expectBadInputNullData(
        await search("Corvia", { first }),
        "first",
        `first must be between 1 and 100 (got ${first})`,
      );
    });
  });

  describe("text", () => {
    it("accepts 200 characters (the limit) and refuses 201", async () => {
      const atLimit = `Corvia ${"x".repeat(193)}`;
      expect(atLimit).toHaveLength(200);
      const ok = await search(atLimit);
      expect(ok.errors).toBeUndefined();
      expect(ok.data!.search[0]?.entity.id).toBe("corvia");
      expectBadInputNullData(
        await search(`${atLimit}x`),
        "text",
        "text must be at most 200 characters (got 201)",
      );
    });

    it.each([["!!!"], ["*"], ["~"], ['"'], ["\\"], ["()[]{}"], [""], ["   "], ["—"]])(
      "refuses text without a letter or digit (%p) with BAD_USER_INPUT",
      async (text) => {
        expectBadInputNullData(await search(text), "text", "text must contain at least one letter or digit");
      },
    );

    const lucene: [string, string][] = [
      ["an unclosed group", "NF AND ("],
      ["a field query", "title:x"],
      ["a field query on a real field", "name:Corvia"],
      ["a fuzzy suffix", "Corvia~"],
      ["a boost", "Corvia^100"],
      ["a wildcard", "Turk*"],
      ["a leading wildcard", "*urkey"],
      ["a range", "[a TO z]"],
      ["a regular expression", "/tur.*/"],
      ["an unbalanced quote", 'Corvia "Daran'],
      ["escapes", "\\Corvia\\"],
      ["boolean operators", "NOT Corvia OR && || !Daran"],
      [
        "a 200-character mix of syntax",
        `NF AND (title:x OR "y"~2)^3 [a TO z] {b TO c} /re/ \\ * ? + - ! `.repeat(4).slice(0, 200),
      ],
      ["200 one-letter words", "a ".repeat(100)],
    ];

    it.each(lucene)("never fails with INTERNAL_SERVER_ERROR on %s", async (_label, text) => {
      const response = await search(text);
      const codes = (response.errors ?? []).map((e) => e.extensions?.code);
      expect(codes).not.toContain("INTERNAL_SERVER_ERROR");
      expect(response.errors).toBeUndefined();
      expectRanked(response.data!.search);
    });

    it("reads Lucene syntax as plain words", async () => {
      expect((await hits("NF AND ("))[0]?.entity.id).toBe("northern-front");
      expect((await hits("name:Corvia"))[0]?.entity.id).toBe("corvia");
      expect((await hits("Corvia^100"))[0]?.entity.id).toBe("corvia");
      expect((await hits('Corvia "Daran')).map((h) => h.entity.id).sort()).toEqual(
        expect.arrayContaining(["daran", "corvia"]),
      );
    });
  });

  describe("after every search above", () => {
    it("leaves the graph exactly as the seed wrote it", async () => {
      expect(await snapshotGraph(seeded.driver)).toBe(seeded.snapshot);
    });
  });
});
