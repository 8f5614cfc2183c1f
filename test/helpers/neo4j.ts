import neo4j, { type Driver } from "neo4j-driver";
import { Executor } from "../../src/graph/executor";

export function testUri(): string {
  const uri = process.env.NEO4J_TEST_URI;
  if (!uri) throw new Error("NEO4J_TEST_URI is not set: integration tests run through jest's globalSetup");
  return uri;
}

export function testAuth(): ReturnType<typeof neo4j.auth.basic> | undefined {
  const password = process.env.NEO4J_TEST_PASSWORD;
  return password ? neo4j.auth.basic(process.env.NEO4J_TEST_USER ?? "neo4j", password) : undefined;
}

export function testDriver(): Driver {
  return neo4j.driver(testUri(), testAuth());
}

export function testExecutor(driver: Driver, timeoutMs?: number): Executor {
  return new Executor(driver, { database: process.env.NEO4J_TEST_DATABASE, timeoutMs });
}

export interface GraphCounts {
  readonly nodes: number;
  readonly relationships: number;
  readonly properties: number;
}

/** Nodes, relationships and properties in the whole database: "unchanged" means these are equal. */
export async function countGraph(driver: Driver): Promise<GraphCounts> {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (n) RETURN count(n) AS nodes, sum(size(keys(n))) AS nodeProps }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships, sum(size(keys(r))) AS relProps }
     RETURN nodes, relationships, coalesce(nodeProps, 0) + coalesce(relProps, 0) AS properties`,
    {},
    { database: process.env.NEO4J_TEST_DATABASE },
  );
  const record = records[0]!;
  return {
    nodes: Number(record.get("nodes")),
    relationships: Number(record.get("relationships")),
    properties: Number(record.get("properties")),
  };
}

function stable(value: unknown): string {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${k}:${stable(v)}`).join(",")}}`;
  }
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
}

/** A snapshot of everything, for "the graph is unchanged" checks that counts alone would miss. */
export async function snapshotGraph(driver: Driver): Promise<string> {
  const config = { database: process.env.NEO4J_TEST_DATABASE };
  const nodes = await driver.executeQuery(
    "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props",
    {},
    config,
  );
  const rels = await driver.executeQuery(
    "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props",
    {},
    config,
  );
  const lines = [
    ...nodes.records.map((r) =>
      stable({ labels: [...(r.get("labels") as string[])].sort(), props: r.get("props") }),
    ),
    ...rels.records.map((r) => stable(r.toObject())),
  ];
  return lines.sort().join("\n");
}

/** A snapshot without the loader's records of applied seed files (`:SeedFile` nodes). */
export function withoutSeedFileRecords(snapshot: string): string {
  return snapshot
    .split("\n")
    .filter((line) => !line.startsWith('{labels:["SeedFile"]'))
    .join("\n");
}

export async function clearDatabase(driver: Driver): Promise<void> {
  await driver.executeQuery("MATCH (n) DETACH DELETE n", {}, { database: process.env.NEO4J_TEST_DATABASE });
}
