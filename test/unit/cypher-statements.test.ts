import * as entity from "../../src/graph/cypher/entity.cypher";
import * as readiness from "../../src/graph/cypher/readiness.cypher";
import * as relationship from "../../src/graph/cypher/relationship.cypher";
import * as search from "../../src/graph/cypher/search.cypher";
import * as seed from "../../src/graph/cypher/seed.cypher";
import * as serverInfo from "../../src/graph/cypher/server-info.cypher";
import * as traversal from "../../src/graph/cypher/traversal.cypher";
import * as write from "../../src/graph/cypher/write.cypher";
import type { Statement } from "../../src/graph/statement";
import {
  ALL_LABELS,
  NODE_KINDS,
  RELATIONSHIP_TYPES,
  RELATIONSHIP_TYPE_NAMES,
} from "../../src/model/registry";
import { LIMITS } from "../../src/services/limits";
import { splitCypherScript } from "../../src/services/seed/cypher-script";
import { scanPatterns } from "../../src/services/seed/cypher-patterns";

const isStatement = (v: unknown): v is Statement =>
  typeof v === "object" && v !== null && "name" in v && "text" in v;

function statementsOf(module: Record<string, unknown>): Statement[] {
  return Object.values(module).flatMap((value) => {
    if (isStatement(value)) return [value];
    if (value instanceof Map) return [...value.values()].filter(isStatement);
    return [];
  });
}

const ALL: Statement[] = [
  ...[entity, readiness, relationship, search, seed, serverInfo, write].flatMap((m) => statementsOf(m)),
  ...traversal.neighborsStatements(LIMITS.DEPTH_MAX).values(),
  ...traversal.subgraphStatements(LIMITS.DEPTH_MAX).values(),
  ...traversal.shortestPathStatements(LIMITS.MAX_HOPS_MAX).values(),
  ...[
    [1, 1],
    [4, 10],
    [LIMITS.MAX_HOPS_MAX, LIMITS.PATHS_FIRST_MAX],
  ].map(([hops, first]) =>
    traversal.pathsStatement(hops!, first!, {
      maxHops: LIMITS.MAX_HOPS_MAX,
      maxFirst: LIMITS.PATHS_FIRST_MAX,
    }),
  ),
];

describe("runtime Cypher statements", () => {
  it("are all found, with unique names", () => {
    expect(ALL.length).toBeGreaterThan(40);
    expect(new Set(ALL.map((s) => s.name)).size).toBe(ALL.length);
  });

  it("has one write statement per registry kind and relationship type", () => {
    expect([...write.UPSERT_ENTITY.keys()].sort()).toEqual(NODE_KINDS.map((k) => k.label).sort());
    expect([...write.ASSERT_RELATIONSHIP.keys()].sort()).toEqual(
      RELATIONSHIP_TYPES.map((r) => r.type).sort(),
    );
  });

  it.each(ALL.map((s) => [s.name, s] as const))(
    "%s names only registry labels and types",
    (_name, statement) => {
      for (const parsed of splitCypherScript(statement.text)) {
        const patterns = scanPatterns(parsed);
        const labels = [...patterns.nodes.flatMap((n) => n.labels), ...patterns.labels.map((l) => l.label)];
        for (const label of labels) expect(ALL_LABELS).toContain(label);
        for (const type of patterns.relationships.flatMap((r) => r.types))
          expect(RELATIONSHIP_TYPE_NAMES).toContain(type);
      }
    },
  );

  it("covers every traversal length the limits allow, and no more", () => {
    expect([...traversal.neighborsStatements(LIMITS.DEPTH_MAX).keys()].sort()).toEqual([
      "BOTH1",
      "BOTH2",
      "BOTH3",
      "IN1",
      "IN2",
      "IN3",
      "OUT1",
      "OUT2",
      "OUT3",
    ]);
    expect([...traversal.subgraphStatements(LIMITS.DEPTH_MAX).keys()]).toEqual([0, 1, 2, 3]);
    expect(traversal.shortestPathStatements(LIMITS.MAX_HOPS_MAX).size).toBe(LIMITS.MAX_HOPS_MAX);
    const limits = { maxHops: LIMITS.MAX_HOPS_MAX, maxFirst: LIMITS.PATHS_FIRST_MAX };
    for (const [hops, first] of [
      [0, 1],
      [LIMITS.MAX_HOPS_MAX + 1, 1],
      [1, 0],
      [1, LIMITS.PATHS_FIRST_MAX + 1],
      [2.5, 1],
    ])
      expect(() => traversal.pathsStatement(hops!, first!, limits)).toThrow(/invariant/);
  });
});
