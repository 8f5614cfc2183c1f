import type { Driver } from "neo4j-driver";
import { TraversalRepository } from "../../src/graph/traversal.repository";
import { LIMITS } from "../../src/services/limits";
import { testDriver, testExecutor } from "../helpers/neo4j";
import { loadSeed } from "../helpers/seed";

/** The cap on expanded paths is reported, never silent: a small cap over the seed shows it. */
describe("the traversal cap", () => {
  let driver: Driver;
  const repository = (maxPaths: number): TraversalRepository =>
    new TraversalRepository(testExecutor(driver), {
      maxDepth: LIMITS.DEPTH_MAX,
      maxHops: LIMITS.MAX_HOPS_MAX,
      maxPaths,
      maxPathsFirst: LIMITS.PATHS_FIRST_MAX,
      maxTied: LIMITS.PATHS_TIED_MAX,
    });

  beforeAll(async () => {
    driver = testDriver();
    await loadSeed(driver);
  });
  afterAll(async () => {
    await driver.close();
  });

  const all = { types: null, labels: null, direction: "BOTH" as const };

  it("marks a neighbourhood cut short at the cap as truncated, and a complete one as not", async () => {
    const capped = await repository(10).neighborhood("pakistan", 3, all);
    const full = await repository(LIMITS.SUBGRAPH_PATHS_MAX).neighborhood("pakistan", 3, all);
    expect(capped?.truncated).toBe(true);
    expect(full?.truncated).toBe(false);
    expect(capped!.nodes.length).toBeLessThan(full!.nodes.length);
  });

  it("marks a subgraph cut short at the cap as truncated, and a complete one as not", async () => {
    const capped = await repository(5).subgraph(["ttp", "kandahar"], 3);
    const full = await repository(LIMITS.SUBGRAPH_PATHS_MAX).subgraph(["ttp", "kandahar"], 3);
    expect(capped.found.sort()).toEqual(["kandahar", "ttp"]);
    expect(capped.subgraph.truncated).toBe(true);
    expect(full.subgraph.truncated).toBe(false);
    expect(capped.subgraph.nodes.length).toBeLessThan(full.subgraph.nodes.length);
  });
});
