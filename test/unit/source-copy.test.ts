import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.join(__dirname, "..", "..");
const copy = path.join(root, "cypher", "sources", "istanbul-talks.txt");
// Present beside the project on the machines it is developed on; a user's clone holds only the copy.
const original = path.join(root, "..", "shared", "source", "istanbul-talks.txt");

describe("the project's copy of the source text", () => {
  it("is there and holds the report", () => {
    expect(readFileSync(copy, "utf8")).toContain("Turkey, with support from Qatar, continues to mediate");
  });

  (existsSync(original) ? it : it.skip)("equals the original byte for byte", () => {
    expect(readFileSync(copy).equals(readFileSync(original))).toBe(true);
  });
});
