import type { Driver } from "neo4j-driver";
import { Executor } from "../../src/graph/executor";
import { WriteRepository } from "../../src/graph/write.repository";
import { ALL_LABELS, isRelationshipType } from "../../src/model/registry";
import type { ApplyCounts } from "../../src/services/editor-commands";
import { EditorService } from "../../src/services/editor.service";
import { WORLD_COMMANDS } from "../fixtures/world";
import { emptyDatabaseWithSchema } from "./evidence-fixture";

/** The world is one large batch; on a busy machine it outlasts the service's own transaction timeout. */
const WORLD_TRANSACTION_TIMEOUT_MS = 150_000;

/** Timeout of a test or hook that loads the world: longer than the load's own transaction timeout. */
export const WORLD_LOAD_TIMEOUT_MS = 240_000;

const config = () => ({ database: process.env.NEO4J_TEST_DATABASE });

/**
 * Empties the test database, applies the schema and writes the fixture world (test/fixtures/world.ts)
 * through the editor's rules in one transaction, as a seed file would.
 */
export async function loadFixtureWorld(driver: Driver): Promise<ApplyCounts> {
  await emptyDatabaseWithSchema(driver);
  const executor = new Executor(driver, { ...config(), timeoutMs: WORLD_TRANSACTION_TIMEOUT_MS });
  return new EditorService(new WriteRepository(executor)).apply("loadFixtureWorld", WORLD_COMMANDS);
}

interface StoredNode {
  readonly labels: string[];
  readonly props: Record<string, unknown>;
}
interface StoredRelationship {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly props: Record<string, unknown>;
}
interface StoredWorld {
  readonly nodes: StoredNode[];
  readonly relationships: StoredRelationship[];
}

/** What loading the world stored, read back once per test process. */
let stored: StoredWorld | undefined;

async function readStoredWorld(driver: Driver): Promise<StoredWorld> {
  const nodes = await driver.executeQuery(
    "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props",
    {},
    config(),
  );
  const relationships = await driver.executeQuery(
    "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props",
    {},
    config(),
  );
  return {
    nodes: nodes.records.map((r) => r.toObject() as StoredNode),
    relationships: relationships.records.map((r) => r.toObject() as StoredRelationship),
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

async function restoreStoredWorld(driver: Driver, world: StoredWorld): Promise<void> {
  await emptyDatabaseWithSchema(driver);
  for (const [labels, nodes] of groupBy(world.nodes, (n) => [...n.labels].sort().join(":"))) {
    const known = labels.split(":").every((l) => ALL_LABELS.includes(l));
    if (!known) throw new Error(`the stored world holds an unknown label set ${labels}`);
    await driver.executeQuery(
      `UNWIND $props AS props CREATE (n:${labels}) SET n = props // cypher-safe: labels checked against the registry`,
      { props: nodes.map((n) => n.props) },
      config(),
    );
  }
  for (const [type, rels] of groupBy(world.relationships, (r) => r.type)) {
    if (!isRelationshipType(type)) throw new Error(`the stored world holds an unknown type ${type}`);
    await driver.executeQuery(
      `UNWIND $rels AS rel
       MATCH (a:Entity {id: rel.from}), (b:Entity {id: rel.to})
       CREATE (a)-[r:${type}]->(b) SET r = rel.props // cypher-safe: type checked against the registry`,
      { rels: rels.map(({ from, to, props }) => ({ from, to, props })) },
      config(),
    );
  }
}

/**
 * Puts the fixture world in the test database. The first call in a test process writes it through the
 * editor's rules (loadFixtureWorld); later calls restore what that stored, in a fraction of the time.
 */
export async function resetFixtureWorld(driver: Driver): Promise<void> {
  if (stored) return restoreStoredWorld(driver, stored);
  await loadFixtureWorld(driver);
  stored = await readStoredWorld(driver);
}
