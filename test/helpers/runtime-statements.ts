import * as batch from "../../src/graph/cypher/batch-write.cypher";
import * as derive from "../../src/graph/cypher/derive.cypher";
import * as entity from "../../src/graph/cypher/entity.cypher";
import * as evidence from "../../src/graph/cypher/evidence.cypher";
import * as readiness from "../../src/graph/cypher/readiness.cypher";
import * as relationship from "../../src/graph/cypher/relationship.cypher";
import * as search from "../../src/graph/cypher/search.cypher";
import * as seedChecks from "../../src/graph/cypher/seed-checks.cypher";
import * as seed from "../../src/graph/cypher/seed.cypher";
import * as serverInfo from "../../src/graph/cypher/server-info.cypher";
import * as stats from "../../src/graph/cypher/stats.cypher";
import * as traversal from "../../src/graph/cypher/traversal.cypher";
import * as write from "../../src/graph/cypher/write.cypher";
import type { Statement } from "../../src/graph/statement";
import { LIMITS } from "../../src/services/limits";

const isStatement = (v: unknown): v is Statement =>
  typeof v === "object" && v !== null && "name" in v && "text" in v;

/** A module's statements: constants and the values of statement tables (maps). */
export function statementsOf(module: Record<string, unknown>): Statement[] {
  return Object.values(module).flatMap((value) => {
    if (isStatement(value)) return [value];
    if (value instanceof Map) return [...value.values()].filter(isStatement);
    return [];
  });
}

/** Every runtime Cypher statement, with the traversal tables built at every length and a few paths keys. */
export function runtimeStatements(): Statement[] {
  return [
    ...[
      batch,
      derive,
      entity,
      evidence,
      readiness,
      relationship,
      search,
      seed,
      seedChecks,
      serverInfo,
      stats,
      traversal,
      write,
    ].flatMap((m) => statementsOf(m)),
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
}
