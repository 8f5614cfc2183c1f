import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseOptions } from "../../bench/compare/options";
import { holdsGraph, markGraph, memoryFor } from "../../bench/compare/store";

describe("bench:compare's kept store", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), "bench-store-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("is reused only once loaded with the same entities and seed, and refused for another graph", () => {
    expect(holdsGraph(dir, 100_000, 1)).toBe(false);
    markGraph(dir, 100_000, 1);
    expect(holdsGraph(dir, 100_000, 1)).toBe(true);
    expect(() => holdsGraph(dir, 1_000_000, 1)).toThrow(/holds 100000 entities \(seed 1\), not 1000000/);
    expect(() => holdsGraph(dir, 100_000, 2)).toThrow(/use another directory or delete it/);
  });

  it("gives a million entities more memory than the defaults", () => {
    expect(memoryFor(10_000)).toBeUndefined();
    expect(memoryFor(100_000)).toEqual({ heap: "1g", pageCache: "1g" });
    expect(memoryFor(1_000_000)).toEqual({ heap: "2g", pageCache: "4g" });
  });

  it("takes --store only with --entities", () => {
    expect(parseOptions(["--entities", "1000", "--store", dir])?.store).toBe(dir);
    expect(() => parseOptions(["--store", dir])).toThrow(/--store needs --entities/);
  });

  it("takes a tag for the results' file name, a slug only", () => {
    expect(parseOptions(["--tag", "evidence"])?.tag).toBe("evidence");
    expect(parseOptions([])?.tag).toBeUndefined();
    expect(() => parseOptions(["--tag", "../x"])).toThrow(
      "--tag must be lowercase letters and digits joined by - (got ../x)",
    );
  });
});
