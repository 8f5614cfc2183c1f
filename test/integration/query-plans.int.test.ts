import type { Driver } from "neo4j-driver";
import { ASTRAL_PATTERN, SEED_RULES } from "../../src/graph/seed-rules";
import { ENTITY_SEARCH_INDEX } from "../../src/graph/cypher/schema.cypher";
import { SEED_LOCK_CONSTRAINT } from "../../src/graph/cypher/seed.cypher";
import { SYMMETRIC_TYPES } from "../../src/graph/relationship.repository";
import { DEGREE_KEYS, ENTITY_STATS, GRAPH_STATS, SOURCE_SUPPORTS } from "../../src/graph/cypher/stats.cypher";
import { NODE_LABELS, RELATIONSHIP_TYPE_NAMES } from "../../src/model/registry";
import { LIMITS } from "../../src/services/limits";
import { clearDatabase, testDriver } from "../helpers/neo4j";
import { applySchema } from "../helpers/path-fixture";
import { createPlanFixture, type PlanFixture } from "../helpers/plan-fixture";
import { explain, operatorName, type PlanOperator, planFindings } from "../helpers/query-plan";
import { runtimeStatements } from "../helpers/runtime-statements";

/** Statements whose plans may still scan, each with why. */
const ALLOWED: Readonly<Record<string, string>> = {
  deleteAll: "empties the whole database on purpose (seed --reset)",
  seedLockConstraint: "a schema command, not a query: it creates the index that takeSeedLock seeks",
  deriveEvidence:
    "runs once per seed file, over every relationship: a file's Cypher may have changed any citation, and no index finds what it changed",
  seedChecks:
    "runs once per seed file, over the whole graph: the registry's rules hold for all of it, whatever a file's Cypher touched",
  astralCitations:
    "runs once per seed file: finds the sources whose text needs offsets counted in JavaScript",
};

const PREFIX = "plan-";
const ENTITIES = 3000;

/** Values for every parameter any statement takes, naming entities and relationships of the fixture. */
function parameters(fixture: PlanFixture): Record<string, unknown> {
  const [someType, relationshipId] = [...fixture.relationshipIds][0]!;
  return {
    id: fixture.hub,
    ids: [fixture.hub, fixture.leaf],
    a: fixture.hub,
    b: fixture.leaf,
    from: fixture.hub,
    to: fixture.leaf,
    negotiation: fixture.byKind.get("Negotiation")![0],
    types: [someType],
    type: someType,
    labels: ["Country"],
    label: "Country",
    direction: "OUT",
    symmetric: SYMMETRIC_TYPES,
    after: fixture.leaf,
    first: 20,
    limit: 21,
    maxNodes: LIMITS.SUBGRAPH_NODES_MAX,
    maxRelationships: LIMITS.SUBGRAPH_RELATIONSHIPS_MAX,
    distances: [0, 1],
    below: 1,
    maxTied: LIMITS.PATHS_TIED_MAX,
    index: ENTITY_SEARCH_INDEX,
    query: "plan*",
    name: "a name",
    holder: "plan-host:1",
    aliases: [],
    description: null,
    properties: {},
    relationshipId,
    idsByType: { [someType]: [relationshipId] },
    sourceId: fixture.sourceId,
    rows: [{ id: relationshipId, evidence: { citationCount: 1 } }],
    entityIds: [fixture.hub, fixture.leaf],
    sourceIds: [fixture.sourceId],
    relationshipIds: [relationshipId],
    pairs: [{ a: fixture.hub, b: fixture.leaf, type: someType }],
    quotes: [{ id: fixture.sourceId, quotes: [{ key: "0:0", quote: "x", start: null }] }],
    cap: LIMITS.ENTITY_STATS_RELATIONSHIPS_MAX,
    evidence: null,
    rules: SEED_RULES,
    astral: ASTRAL_PATTERN,
  };
}

/** A filter that sets every condition, so no part of the evidence predicate short-circuits. */
const EVERY_CONDITION = {
  minSources: 2,
  claimants: ["pakistan"],
  excludeClaimants: ["a security source"],
  excludeContested: true,
  excludeReference: true,
  from: "2025-10",
  to: "2025-10-24",
};

describe("query plans of the runtime statements", () => {
  let driver: Driver;
  let params: Record<string, unknown>;

  beforeAll(async () => {
    driver = testDriver();
    await clearDatabase(driver);
    await applySchema(driver);
    // The seed loader creates it before it locks.
    await driver.executeQuery(SEED_LOCK_CONSTRAINT.text, {}, { database: process.env.NEO4J_TEST_DATABASE });
    params = parameters(await createPlanFixture(driver, PREFIX, ENTITIES));
    // Plans cached while the graph was empty would hide what the planner picks for this one.
    await driver.executeQuery(
      "CALL db.clearQueryCaches()",
      {},
      { database: process.env.NEO4J_TEST_DATABASE },
    );
  }, 120_000);
  afterAll(async () => {
    await clearDatabase(driver);
    await driver.close();
  }, 60_000);

  const statements = runtimeStatements();

  it("lists only statements that exist in the allow-list", () => {
    const names = new Set(statements.map((s) => s.name));
    expect(Object.keys(ALLOWED).filter((name) => !names.has(name))).toEqual([]);
  });

  it("flags a relationship looked up by id through every node", async () => {
    const plan = await explain(driver, "MATCH (:Entity)-[r]->(:Entity) WHERE r.id = $id RETURN r", params);
    expect(planFindings(plan)).toEqual([expect.stringMatching(/^NodeByLabelScan /)]);
  });

  it("flags an expansion of every type filtered by type afterwards", async () => {
    const plan = await explain(
      driver,
      "MATCH (n:Entity {id: $id})-[r]->(m) WHERE type(r) IN $types RETURN m",
      params,
    );
    expect(planFindings(plan)).toEqual([expect.stringMatching(/^Expand\(All\) .* then Filter /)]);
  });

  it("flags citations looked up by a property no index holds, through every citation", async () => {
    const plan = await explain(driver, "MATCH (c:Citation) WHERE c.quote = $name RETURN c", params);
    expect(planFindings(plan)).toEqual([expect.stringMatching(/^NodeByLabelScan /)]);
  });

  it("flags a product of label scans, and not one of unique seeks", async () => {
    const scans = await explain(driver, "MATCH (a:Country), (b:Place) RETURN a.id, b.id", params);
    const seeks = await explain(
      driver,
      "MATCH (a:Entity {id: $a}), (b:Entity {id: $b}) RETURN a.id, b.id",
      params,
    );
    expect(planFindings(scans)).toEqual(["CartesianProduct"]);
    expect(planFindings(seeks)).toEqual([]);
  });

  describe("aggregates", () => {
    it("graphStats reads only Neo4j's count store: one count per registry label and type, and three totals", async () => {
      const plan = await explain(driver, GRAPH_STATS.text, params);
      const leaves = operators(plan)
        .filter((op) => op.children.length === 0)
        .map(operatorName);
      expect(new Set(leaves)).toEqual(
        new Set(["NodeCountFromCountStore", "RelationshipCountFromCountStore"]),
      );
      expect(leaves.filter((name) => name === "NodeCountFromCountStore")).toHaveLength(
        NODE_LABELS.length + 3,
      );
      expect(leaves.filter((name) => name === "RelationshipCountFromCountStore")).toHaveLength(
        RELATIONSHIP_TYPE_NAMES.length,
      );
    });

    it("entityStats counts by type from the degree store, and expands only the capped read of summaries", async () => {
      const plan = await explain(driver, ENTITY_STATS.text, params);
      const all = operators(plan);
      const details = all.map((op) => String(op.arguments.Details ?? "")).join("\n");
      // One getDegree per (type, direction), and one for the total.
      expect(details.match(/getDegree\(/g)).toHaveLength(DEGREE_KEYS.length + 1);
      expect(all.map(operatorName).filter((name) => /Expand/.test(name))).toEqual(["Expand(All)"]);
      expect(all.map(operatorName)).toContain("Limit");
    });

    it("sourceSupports seeks the citation_source index", async () => {
      const plan = await explain(driver, SOURCE_SUPPORTS.text, params);
      const seeks = operators(plan).filter((op) => /^NodeIndexSeek/.test(operatorName(op)));
      expect(seeks.map((op) => String(op.arguments.Details))).toEqual([
        expect.stringMatching(/^RANGE INDEX c:Citation\(sourceId, id\)/),
      ]);
    });
  });

  it.each(statements.filter((s) => !(s.name in ALLOWED)).map((s) => [s.name, s] as const))(
    "%s is planned from indexes and typed expansions",
    async (_name, statement) => {
      expect(planFindings(await explain(driver, statement.text, params))).toEqual([]);
    },
    30_000,
  );

  it.each(statements.filter((s) => s.text.includes("$evidence")).map((s) => [s.name, s] as const))(
    "%s with an evidence filter is planned from indexes and typed expansions",
    async (_name, statement) => {
      const filtered = { ...params, evidence: EVERY_CONDITION };
      expect(planFindings(await explain(driver, statement.text, filtered))).toEqual([]);
    },
    30_000,
  );
});

/** Every operator of a plan, root first. */
function operators(op: PlanOperator): PlanOperator[] {
  return [op, ...op.children.flatMap(operators)];
}
