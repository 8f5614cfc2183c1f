import * as batch from "../../src/graph/cypher/batch-write.cypher";
import * as bulk from "../../src/graph/cypher/bulk.cypher";
import * as derive from "../../src/graph/cypher/derive.cypher";
import * as traversal from "../../src/graph/cypher/traversal.cypher";
import * as write from "../../src/graph/cypher/write.cypher";
import {
  ALL_LABELS,
  NODE_KINDS,
  RELATIONSHIP_TYPES,
  RELATIONSHIP_TYPE_NAMES,
} from "../../src/model/registry";
import { LIMITS } from "../../src/services/limits";
import { cypherStatements } from "../../src/ingest/cypher-statements";
import { blankedStatement, scanPatterns } from "../helpers/cypher-patterns";
import { runtimeStatements, statementsOf } from "../helpers/runtime-statements";

// Bulk statements load generated graphs from the CLI; they are checked here with the runtime ones.
const ALL = [...runtimeStatements(), ...statementsOf(bulk)];

describe("runtime Cypher statements", () => {
  it("are all found, with unique names", () => {
    expect(ALL.length).toBeGreaterThan(40);
    expect(new Set(ALL.map((s) => s.name)).size).toBe(ALL.length);
  });

  it("has one write statement per registry kind and relationship type", () => {
    expect([...batch.UPSERT_ENTITIES.keys()].sort()).toEqual(NODE_KINDS.map((k) => k.label).sort());
    for (const table of [
      batch.MERGE_RELATIONSHIPS_CITED,
      derive.DERIVE_EVIDENCE_OF,
      write.DELETE_RELATIONSHIPS,
    ]) {
      expect([...table.keys()].sort()).toEqual(RELATIONSHIP_TYPES.map((r) => r.type).sort());
    }
  });

  it("has one bulk merge per registry kind and relationship type, each over $rows", () => {
    expect([...bulk.MERGE_ENTITIES.keys()].sort()).toEqual(NODE_KINDS.map((k) => k.label).sort());
    expect([...bulk.MERGE_RELATIONSHIPS.keys()].sort()).toEqual(RELATIONSHIP_TYPES.map((r) => r.type).sort());
    for (const s of [
      bulk.MERGE_SOURCES,
      ...bulk.MERGE_ENTITIES.values(),
      ...bulk.MERGE_RELATIONSHIPS.values(),
    ])
      expect(s.text).toMatch(/^UNWIND \$rows AS row\n/);
  });

  it.each(ALL.map((s) => [s.name, s] as const))(
    "%s names only registry labels and types",
    (_name, statement) => {
      for (const parsed of cypherStatements(statement.text)) {
        const patterns = scanPatterns(blankedStatement(parsed.text));
        const labels = [...patterns.nodes.flatMap((n) => n.labels), ...patterns.labels.map((l) => l.label)];
        for (const label of labels) expect(ALL_LABELS).toContain(label);
        for (const type of patterns.relationships.flatMap((r) => r.types))
          expect(RELATIONSHIP_TYPE_NAMES).toContain(type);
      }
    },
  );

  it("covers every traversal length the limits allow, and no more", () => {
    const variants = (key: string): string[] => [key, `${key}Typed`];
    expect([...traversal.neighborsStatements(LIMITS.DEPTH_MAX).keys()].sort()).toEqual(
      ["BOTH1", "BOTH2", "BOTH3", "IN1", "IN2", "IN3", "OUT1", "OUT2", "OUT3"]
        .flatMap(variants)
        .flatMap((key) => [key, `${key}Ids`])
        .sort(),
    );
    expect([...traversal.subgraphStatements(LIMITS.DEPTH_MAX).keys()]).toEqual([0, 1, 2, 3]);
    expect([...traversal.RELATIONSHIPS_AMONG.keys()].sort()).toEqual(
      ["BOTH", "IN", "OUT"].flatMap(variants).sort(),
    );
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
