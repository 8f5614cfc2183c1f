import type { Driver } from "neo4j-driver";
import type { RunningApp } from "../../src/index";
import { pathsStatement, shortestPathStatements } from "../../src/graph/cypher/traversal.cypher";
import { RELATIONSHIP_TYPE_NAMES } from "../../src/model/registry";
import { LIMITS } from "../../src/services/limits";
import { postGraphql, startTestApp } from "../helpers/app";
import { testDriver } from "../helpers/neo4j";
import {
  applySchema,
  createFixture,
  deleteFixture,
  expectedPaths,
  type FixtureEdge,
} from "../helpers/path-fixture";

// paths and shortestPath over small graphs of their own (ids start with "pf-"); the seed is in api-paths.

const PATHS = `
query ($from: ID!, $to: ID!, $types: [RelationshipType!], $maxHops: Int, $first: Int) {
  paths(from: $from, to: $to, types: $types, maxHops: $maxHops, first: $first) {
    length nodes { id } relationships { id type }
  }
}`;
const SHORTEST = `
query ($from: ID!, $to: ID!, $types: [RelationshipType!], $maxHops: Int) {
  shortestPath(from: $from, to: $to, types: $types, maxHops: $maxHops) { length relationships { id } }
}`;

const TEN_TYPES = [
  "DEMANDS",
  "URGES",
  "REJECTS",
  "ENDORSES",
  "ACCUSES",
  "BORDERS",
  "TARGETS",
  "DESIGNATES",
  "MEDIATES",
  "PARTICIPATES_IN",
];

const edge = (id: string, type: string, a: string, b: string): FixtureEdge => ({
  id: `pf-${id}`,
  type,
  a: `pf-${a}`,
  b: `pf-${b}`,
});

/** One step s-t, two steps through m1, three through m2 and m3: three lengths, three types. */
const LENGTHS = [
  edge("l-1", "DEMANDS", "s", "t"),
  edge("l-2", "URGES", "s", "m1"),
  edge("l-3", "URGES", "m1", "t"),
  edge("l-4", "URGES", "s", "m2"),
  edge("l-5", "REJECTS", "m2", "m3"),
  edge("l-6", "URGES", "m3", "t"),
];

/** u-v directly, a triangle at u (a walk u-a-b-u-v of 4 steps) and a simple path of 5 steps. */
const LOOP = [
  edge("w-1", "URGES", "u", "v"),
  edge("w-2", "URGES", "u", "a"),
  edge("w-3", "URGES", "a", "b"),
  edge("w-4", "URGES", "b", "u"),
  edge("w-5", "URGES", "u", "c"),
  edge("w-6", "URGES", "c", "d"),
  edge("w-7", "URGES", "d", "e"),
  edge("w-8", "URGES", "e", "f"),
  edge("w-9", "URGES", "f", "v"),
];

/** Five paths of two steps from h to k through hubs h1..h5; ids run against the order of creation. */
const TIES = [5, 4, 3, 2, 1].flatMap((n) => [
  edge(`t-${6 - n}a`, "URGES", "h", `h${n}`),
  edge(`t-${6 - n}b`, "URGES", `h${n}`, "k"),
]);

/**
 * Dense: x-q-y (two steps), and x to y through three layers of four that are complete within and between
 * layers (64 paths of four steps; 1.58 million simple paths within 10 steps), the ten types in turn.
 */
function denseEdges(): FixtureEdge[] {
  const layer = (n: number) => ["a", "b", "c", "d"].map((c) => `d${n}${c}`);
  const pairs: [string, string][] = [
    ["x", "q"],
    ["q", "y"],
    ...layer(1).map((n): [string, string] => ["x", n]),
    ...layer(3).map((n): [string, string] => [n, "y"]),
  ];
  for (const [from, to] of [
    [1, 2],
    [2, 3],
  ])
    for (const a of layer(from!)) for (const b of layer(to!)) pairs.push([a, b]);
  for (const n of [1, 2, 3])
    layer(n).forEach((a, i) =>
      layer(n)
        .slice(i + 1)
        .forEach((b) => pairs.push([a, b])),
    );
  // Ids scrambled (37 is coprime to 101), so neither creation nor type order follows them.
  return pairs.map(([a, b], i) =>
    edge(`d-${String((i * 37) % 101).padStart(3, "0")}`, TEN_TYPES[i % TEN_TYPES.length]!, a, b),
  );
}
const DENSE = denseEdges();

interface PlanOperator {
  operatorType: string;
  children: PlanOperator[];
}
const operators = (plan: PlanOperator): string[] => [
  plan.operatorType.split("@")[0]!,
  ...plan.children.flatMap(operators),
];

interface Path {
  length: number;
  nodes: { id: string }[];
  relationships: { id: string; type: string }[];
}

describe("paths over graphs built for the case", () => {
  let driver: Driver;
  let app: RunningApp;
  beforeAll(async () => {
    driver = testDriver();
    await applySchema(driver);
    await deleteFixture(driver, "pf-");
    await createFixture(driver, [...LENGTHS, ...LOOP, ...TIES, ...DENSE]);
    app = await startTestApp();
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
    await deleteFixture(driver, "pf-");
    await driver.close();
  });

  const paths = async (variables: Record<string, unknown>): Promise<string[][]> => {
    const response = await postGraphql<{ paths: Path[] }>(app.url, PATHS, variables);
    expect(response.errors).toBeUndefined();
    return response.data!.paths.map((p) => {
      expect(p.relationships).toHaveLength(p.length);
      expect(new Set(p.nodes.map((n) => n.id)).size).toBe(p.length + 1);
      return p.relationships.map((r) => r.id);
    });
  };

  it("uses registry relationship types only", () => {
    for (const type of new Set([...TEN_TYPES, ...[...LOOP, ...TIES].map((e) => e.type)]))
      expect(RELATIONSHIP_TYPE_NAMES).toContain(type);
  });

  it("gives paths of several lengths, shortest first", async () => {
    expect(await paths({ from: "pf-s", to: "pf-t" })).toEqual([
      ["pf-l-1"],
      ["pf-l-2", "pf-l-3"],
      ["pf-l-4", "pf-l-5", "pf-l-6"],
    ]);
    expect(await paths({ from: "pf-s", to: "pf-t", maxHops: 2 })).toEqual([["pf-l-1"], ["pf-l-2", "pf-l-3"]]);
  });

  it("finds the longer paths when types rule out the shortest", async () => {
    const types = ["URGES", "REJECTS"];
    expect(await paths({ from: "pf-s", to: "pf-t", types, first: 1 })).toEqual([["pf-l-2", "pf-l-3"]]);
    expect(await paths({ from: "pf-s", to: "pf-t", types })).toEqual([
      ["pf-l-2", "pf-l-3"],
      ["pf-l-4", "pf-l-5", "pf-l-6"],
    ]);
    expect(await paths({ from: "pf-s", to: "pf-t", types: ["URGES"] })).toEqual([["pf-l-2", "pf-l-3"]]);
    const shortest = await postGraphql<{ shortestPath: { relationships: { id: string }[] } }>(
      app.url,
      SHORTEST,
      {
        from: "pf-s",
        to: "pf-t",
        types,
      },
    );
    expect(shortest.data?.shortestPath.relationships.map((r) => r.id)).toEqual(["pf-l-2", "pf-l-3"]);
  });

  it("never counts a walk through an entity twice, even where it is shorter than the next simple path", async () => {
    const found = await paths({ from: "pf-u", to: "pf-v", maxHops: 5, first: 2 });
    expect(found).toEqual([["pf-w-1"], ["pf-w-5", "pf-w-6", "pf-w-7", "pf-w-8", "pf-w-9"]]);
    expect(await paths({ from: "pf-u", to: "pf-v", maxHops: 4, first: 2 })).toEqual([["pf-w-1"]]);
  });

  it("cuts among paths of one length by their relationship ids, the same way every time", async () => {
    const all = await paths({ from: "pf-h", to: "pf-k" });
    expect(all).toEqual(expectedPaths(TIES, "pf-h", "pf-k", { maxHops: 4, first: 10 }));
    expect(all.map((p) => p[0])).toEqual(["pf-t-1a", "pf-t-2a", "pf-t-3a", "pf-t-4a", "pf-t-5a"]);
    for (const first of [1, 2, 3, 4]) {
      expect(await paths({ from: "pf-h", to: "pf-k", first })).toEqual(all.slice(0, first));
      expect(await paths({ from: "pf-h", to: "pf-k", first })).toEqual(all.slice(0, first));
    }
  });

  it("answers ten types at maxHops 10 and first 50 over 1.58 million simple paths in one statement", async () => {
    const before = app.executor.statementsRun;
    const found = await paths({ from: "pf-x", to: "pf-y", types: TEN_TYPES, maxHops: 10, first: 50 });
    expect(app.executor.statementsRun - before).toBe(1);
    expect(found).toEqual(expectedPaths(DENSE, "pf-x", "pf-y", { types: TEN_TYPES, maxHops: 10, first: 50 }));
    expect(found.map((p) => p.length)).toEqual([2, ...Array<number>(49).fill(4)]);
  }, 30_000);

  // shortestPath: the bidirectional search, with no fallback to enumerating every path; paths: SHORTEST k.
  it.each([
    ["shortestPath", "ShortestPath", shortestPathStatements(LIMITS.MAX_HOPS_MAX).get(LIMITS.MAX_HOPS_MAX)!],
    [
      "paths",
      "StatefulShortestPath(Into)",
      pathsStatement(LIMITS.MAX_HOPS_MAX, LIMITS.PATHS_FIRST_MAX, {
        maxHops: LIMITS.MAX_HOPS_MAX,
        maxFirst: LIMITS.PATHS_FIRST_MAX,
      }),
    ],
  ])("plans %s from the Entity.id index, never a scan of every entity", async (_name, search, statement) => {
    const { summary } = await driver.executeQuery(
      `EXPLAIN ${statement.text}`,
      { from: "pf-x", to: "pf-y", types: null, maxTied: LIMITS.PATHS_TIED_MAX },
      { database: process.env.NEO4J_TEST_DATABASE },
    );
    const used = operators(summary.plan as unknown as PlanOperator);
    expect(used.filter((o) => o === "NodeUniqueIndexSeek")).toHaveLength(2);
    expect(used).toContain(search);
    expect(used).not.toContain("VarLengthExpand(All)");
    expect(used).not.toContain("AntiConditionalApply");
    expect(used).not.toContain("NodeByLabelScan");
    expect(used).not.toContain("AllNodesScan");
  });
});
