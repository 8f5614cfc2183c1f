import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.join(__dirname, "..", "..");
const copy = path.join(root, "cypher", "sources", "istanbul-talks.txt");
// Beside the project on the machines it is developed on; a user's clone holds only the copy.
const original = path.join(root, "..", "shared", "source", "istanbul-talks.txt");

describe("the project's copy of the source text", () => {
  it("holds the report, byte for byte the original whenever the original is beside the project", () => {
    const text = readFileSync(copy);
    expect(text.toString("utf8")).toContain("Turkey, with support from Qatar, continues to mediate");
    if (existsSync(original)) expect(text.equals(readFileSync(original))).toBe(true);
  });
});
