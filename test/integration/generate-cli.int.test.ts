import type { Driver } from "neo4j-driver";
import { allowsEdge, relationshipType } from "../../src/model/registry";
import { isStoredDirection } from "../../src/model/stored-direction";
import { postGraphql, startTestApp } from "../helpers/app";
import { CLI_TIMEOUT_MS, runCli } from "../helpers/cli";
import { snapshotGraph, testDriver } from "../helpers/neo4j";

// npm run data:generate against the test Neo4j: a small graph (300 entities) beside whatever the
// database holds; everything it writes has an id starting gen- and is deleted afterwards.

const database = { database: process.env.NEO4J_TEST_DATABASE };
const ENTITIES = 300;
const TWO_RUNS_MS = 2 * CLI_TIMEOUT_MS + 30_000;

// Citation ids start with their relationship's id, so generated citations start gen- as well.
async function deleteGenerated(driver: Driver): Promise<void> {
  await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH 'gen-' DETACH DELETE n", {}, database);
}

interface StoredEdge {
  id: string;
  type: string;
  from: string;
  to: string;
  fromLabels: string[];
  toLabels: string[];
  props: Record<string, unknown>;
}

async function generatedEdges(driver: Driver): Promise<StoredEdge[]> {
  const { records } = await driver.executeQuery(
    `MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id STARTS WITH 'gen-'
     RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, labels(a) AS fromLabels,
            labels(b) AS toLabels, properties(r) AS props ORDER BY id`,
    {},
    database,
  );
  return records.map((r) => r.toObject() as unknown as StoredEdge);
}

interface Answers {
  entity: { id: string; name: string; aliases: string[] };
  relationshipsBetween: unknown[];
  neighbors: { nodes: { id: string }[] };
  paths: unknown[];
  shortestPath: unknown;
}

const kindOf = (labels: string[]): string => labels.find((l) => l !== "Entity")!;

function generate(seed: number, ...extra: string[]): Record<string, unknown> {
  const result = runCli("generate", [
    "--entities",
    String(ENTITIES),
    "--seed",
    String(seed),
    "--json",
    ...extra,
  ]);
  expect({
    status: result.status,
    stderr: result.stderr.split("\n").filter((l) => l.startsWith("error")),
  }).toEqual({ status: 0, stderr: [] });
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

describe("npm run data:generate", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await deleteGenerated(driver);
  });
  afterAll(async () => {
    await deleteGenerated(driver);
    await driver.close();
  });

  it.each([
    [["--entities", "-5"], "Option '--entities' argument is ambiguous"],
    [["--entities=-5"], '--entities must be an integer from 9 to 10,000,000 (got "-5")'],
    [["--entities", "300", "--bogus"], "Unknown option '--bogus'"],
    [["--seed", "3"], "--entities is required"],
    [["--entities", "300", "--batch", "0"], '--batch must be an integer from 1 to 100,000 (got "0")'],
    [["--entities", "300", "--reset"], "--reset deletes every node and relationship: add --yes to confirm"],
  ])(
    "refuses %j with exit status 2 and a clear message, writing nothing",
    async (args, message) => {
      const before = await snapshotGraph(driver);
      const result = runCli("generate", args);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`error: ${message}`);
      expect(result.stdout).toBe("");
      expect(await snapshotGraph(driver)).toBe(before);
    },
    CLI_TIMEOUT_MS + 30_000,
  );

  it("prints its help", () => {
    const result = runCli("generate", ["--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm run data:generate -- --entities N/);
  });

  it(
    "loads the graph, and loading it again with the same seed changes nothing",
    async () => {
      const first = generate(7, "--batch", "500");
      expect(first).toMatchObject({ ok: true, entities: ENTITIES, seed: 7 });
      expect(first.nodesCreated).toBe(ENTITIES + (first.sources as number) + (first.citations as number));
      expect(first.relationshipsCreated).toBe(first.relationships);
      expect(first.relationshipsCreated).toBeGreaterThan(3.5 * ENTITIES);
      expect(first.citations).toBeGreaterThan(first.relationships as number);
      const before = await snapshotGraph(driver);
      const second = generate(7);
      expect(second).toMatchObject({ ok: true, nodesCreated: 0, relationshipsCreated: 0 });
      expect(await snapshotGraph(driver)).toBe(before);
    },
    TWO_RUNS_MS,
  );

  it("stores only relationships the registry allows, in stored direction, with their properties and evidence summary", async () => {
    const edges = await generatedEdges(driver);
    expect(edges.length).toBeGreaterThan(3.5 * ENTITIES);
    for (const e of edges) {
      const [from, to] = [kindOf(e.fromLabels), kindOf(e.toLabels)];
      const spec = relationshipType(e.type)!;
      const required = Object.entries(spec.properties).filter(([, p]) => p.required);
      expect({
        id: e.id,
        allowed: allowsEdge(e.type, from, to),
        stored: isStoredDirection(e.type, e.from, e.to),
        required: required.every(
          ([name, p]) =>
            typeof e.props[name] === "string" && (!p.values || p.values.includes(e.props[name] as string)),
        ),
        summarised:
          Number(e.props.citationCount) >= 1 &&
          // Reports count in sourceCount, reference sources in referenceCount (gen-reference-<group>).
          Number(e.props.sourceCount) + Number(e.props.referenceCount) ===
            (e.props.sourceIds as string[]).length &&
          Number(e.props.referenceCount) ===
            (e.props.sourceIds as string[]).filter((id) => id.startsWith("gen-reference-")).length &&
          typeof e.props.contested === "boolean" &&
          typeof e.props.reference === "boolean",
        quotes: e.props.quotes,
      }).toEqual({
        id: e.id,
        allowed: true,
        stored: true,
        required: true,
        summarised: true,
        quotes: undefined,
      });
    }
    expect(edges.some((e) => typeof e.props.claimedBy === "string")).toBe(true);
    expect(edges.some((e) => e.props.contested === true)).toBe(true);
    expect(edges.some((e) => Number(e.props.sourceCount) >= 2)).toBe(true);
  });

  it("stores each citation as a node whose quote is its source's stored text at its offsets, agreeing with the summary", async () => {
    const { records } = await driver.executeQuery(
      `MATCH (c:Citation) WHERE c.id STARTS WITH 'gen-'
       MATCH (s:Source {id: c.sourceId})
       RETURN c.id AS id, c.relationshipId AS relationshipId, c.stance AS stance, c.sourceKind = s.kind AS kindAgrees,
              substring(s.text, c.start, c.end - c.start) = c.quote AS verbatim, COUNT { (c)--() } AS links`,
      {},
      database,
    );
    const citations = records.map((r) => r.toObject());
    const edges = new Map((await generatedEdges(driver)).map((e) => [e.id, e]));
    expect(citations.length).toBeGreaterThan(edges.size);
    for (const c of citations)
      expect({ id: c.id, verbatim: c.verbatim, kindAgrees: c.kindAgrees, links: Number(c.links) }).toEqual({
        id: c.id,
        verbatim: true,
        kindAgrees: true,
        links: 0,
      });
    const perEdge = new Map<string, number>();
    for (const c of citations) perEdge.set(c.relationshipId, (perEdge.get(c.relationshipId) ?? 0) + 1);
    expect(perEdge.size).toBe(edges.size);
    for (const [id, count] of perEdge)
      expect({ id, count }).toEqual({ id, count: Number(edges.get(id)!.props.citationCount) });
    const denied = new Set(citations.filter((c) => c.stance === "DENIES").map((c) => c.relationshipId));
    for (const [id, e] of edges)
      expect({ id, contested: e.props.contested }).toEqual({ id, contested: denied.has(id) });
    const { records: sources } = await driver.executeQuery(
      "MATCH (s:Source) WHERE s.id STARTS WITH 'gen-' RETURN s.kind AS kind, count(*) AS n",
      {},
      database,
    );
    const kinds = Object.fromEntries(sources.map((r) => [r.get("kind"), Number(r.get("n"))]));
    expect(kinds.report).toBeGreaterThan(kinds.reference);
    expect(kinds.reference).toBeGreaterThan(0);
  });

  it("has hubs: the largest degree is many times the median", async () => {
    const { records } = await driver.executeQuery(
      "MATCH (n:Entity) WHERE n.id STARTS WITH 'gen-' RETURN COUNT { (n)--() } AS degree ORDER BY degree",
      {},
      database,
    );
    const degrees = records.map((r) => Number(r.get("degree")));
    expect(degrees).toHaveLength(ENTITIES);
    expect(degrees.at(-1)!).toBeGreaterThan(10 * degrees[degrees.length >> 1]!);
  });

  it("answers the API's queries: entity, its relationships, neighbors, paths and search", async () => {
    const edge = (await generatedEdges(driver)).find((e) => e.type === "MEDIATES")!;
    const app = await startTestApp();
    try {
      const response = await postGraphql<Answers>(
        app.url,
        `query ($from: ID!, $to: ID!) {
          entity(id: $from) { id name aliases description kind }
          relationshipsBetween(a: $from, b: $to) { id type from { id } to { id } }
          neighbors(id: $to, depth: 2) { nodes { id } relationships { id } }
          paths(from: $from, to: $to, maxHops: 2) { length nodes { id } }
          shortestPath(from: $from, to: $to) { length }
        }`,
        { from: edge.from, to: edge.to },
      );
      expect(response.errors).toBeUndefined();
      const data = response.data!;
      expect(data.entity).toMatchObject({
        id: edge.from,
        name: expect.any(String),
        aliases: [expect.any(String)],
      });
      expect(data.relationshipsBetween).toContainEqual({
        id: edge.id,
        type: "MEDIATES",
        from: { id: edge.from },
        to: { id: edge.to },
      });
      expect(data.neighbors.nodes.map((n) => n.id)).toContain(edge.from);
      expect(data.paths[0]).toEqual({ length: 1, nodes: [{ id: edge.from }, { id: edge.to }] });
      expect(data.shortestPath).toEqual({ length: 1 });
      const name = data.entity.name;
      const search = await postGraphql<{ search: { entity: { id: string } }[] }>(
        app.url,
        `query ($text: String!) { search(text: $text, first: 100) { entity { id } } }`,
        { text: name },
      );
      expect(search.errors).toBeUndefined();
      expect(search.data!.search.map((h) => h.entity.id)).toContain(edge.from);
    } finally {
      await app.stop();
    }
  });

  it(
    "another seed gives the same ids but other relationships",
    async () => {
      const seven = (await generatedEdges(driver)).map((e) => e.id);
      await deleteGenerated(driver);
      generate(8);
      const eight = (await generatedEdges(driver)).map((e) => e.id);
      expect(eight.length).toBeGreaterThan(3.5 * ENTITIES);
      const shared = eight.filter((id) => seven.includes(id)).length;
      expect(shared / eight.length).toBeLessThan(0.5);
    },
    CLI_TIMEOUT_MS + 30_000,
  );
});
