import { toLuceneQuery } from "../../src/services/search.service";

describe("toLuceneQuery", () => {
  it("matches each word exactly, as a prefix, and within one edit when long enough", () => {
    expect(toLuceneQuery("Turky")).toBe("(turky^4 OR turky*^2 OR turky~1)");
    expect(toLuceneQuery("TTP")).toBe("(ttp^4 OR ttp*^2)");
  });

  it("folds accents and case, since wildcard and fuzzy terms skip the index analyzer", () => {
    expect(toLuceneQuery("Türkiye")).toBe(toLuceneQuery("turkiye"));
  });

  it("keeps only letters and digits, so no input is Lucene syntax", () => {
    const query = toLuceneQuery('TTP AND (title:x OR "a"~2) \\ * ? [1 TO 2] {x} ^3 /re/ -not +must && ||');
    expect(query).toBeDefined();
    const words = query!.match(/\(([^ ^]+)\^4/g)!.map((w) => w.slice(1, -2));
    expect(words).toEqual([
      "ttp",
      "and",
      "title",
      "x",
      "or",
      "a",
      "2",
      "1",
      "to",
      "2",
      "x",
      "3",
      "re",
      "not",
      "must",
    ]);
    expect(query).not.toMatch(/[:"[\]{}/\\+&|]/);
  });

  it("returns undefined when nothing searchable is left", () => {
    expect(toLuceneQuery("  ()*:?  ")).toBeUndefined();
  });
});
