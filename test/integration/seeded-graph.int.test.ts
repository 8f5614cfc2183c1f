import { readFileSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { schemaStatements } from "../../src/graph/cypher/schema.cypher";
import { ALL_LABELS, RELATIONSHIP_TYPE_NAMES, allowsEdge, isNodeLabel } from "../../src/model/registry";
import { PROJECT_ROOT } from "../helpers/cli";
import { testDriver } from "../helpers/neo4j";
import { loadSeed } from "../helpers/seed";

const SOURCE_TEXT = readFileSync(path.join(PROJECT_ROOT, "cypher", "sources", "istanbul-talks.txt"), "utf8");

describe("the seeded graph of the Istanbul talks", () => {
  let driver: Driver;
  const rows = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(cypher, params)).records.map((r) => r.toObject());

  beforeAll(async () => {
    driver = testDriver();
    await loadSeed(driver);
  });
  afterAll(async () => {
    await driver.close();
  });

  it("gives every relationship at least one citation whose quote occurs verbatim in its source", async () => {
    const rels = await rows(
      `MATCH (a)-[r]->(b) RETURN r.id AS id, r.sourceIds AS sourceIds, r.quotes AS quotes`,
    );
    expect(rels.length).toBeGreaterThan(30);
    const sources = await rows("MATCH (s:Source) RETURN s.id AS id, s.file AS file");
    const textOf = new Map(
      sources.map((s) => [s.id as string, readFileSync(path.join(PROJECT_ROOT, s.file as string), "utf8")]),
    );
    for (const rel of rels) {
      const quotes = rel.quotes as string[];
      const sourceIds = rel.sourceIds as string[];
      expect(quotes.length).toBeGreaterThanOrEqual(1);
      expect(sourceIds.length).toBe(quotes.length);
      quotes.forEach((quote, i) => {
        const text = textOf.get(sourceIds[i]!);
        expect({ id: rel.id, quote, found: text?.includes(quote) }).toEqual({
          id: rel.id,
          quote,
          found: true,
        });
      });
    }
  });

  it("uses only labels and relationship types from the registry, between kinds it allows", async () => {
    const labels = await rows("MATCH (n) UNWIND labels(n) AS label RETURN DISTINCT label");
    for (const { label } of labels) expect(ALL_LABELS).toContain(label);
    const edges = await rows(
      `MATCH (a)-[r]->(b)
       RETURN DISTINCT type(r) AS type,
         [l IN labels(a) WHERE l <> 'Entity'][0] AS from, [l IN labels(b) WHERE l <> 'Entity'][0] AS to`,
    );
    for (const edge of edges) {
      expect(RELATIONSHIP_TYPE_NAMES).toContain(edge.type);
      expect(isNodeLabel(edge.from as string) && isNodeLabel(edge.to as string)).toBe(true);
      expect({
        ...edge,
        allowed: allowsEdge(edge.type as string, edge.from as string, edge.to as string),
      }).toEqual({
        ...edge,
        allowed: true,
      });
    }
  });

  it("has every constraint and index the registry derives", async () => {
    const constraints = new Set((await rows("SHOW CONSTRAINTS YIELD name")).map((r) => r.name as string));
    const indexes = new Set((await rows("SHOW INDEXES YIELD name")).map((r) => r.name as string));
    for (const statement of schemaStatements()) {
      const [, kind, name] = /^CREATE (?:FULLTEXT )?(CONSTRAINT|INDEX) (\S+)/.exec(statement)!;
      expect({ name, exists: (kind === "CONSTRAINT" ? constraints : indexes).has(name!) }).toEqual({
        name,
        exists: true,
      });
    }
  });

  it("carries the public ids, each entity with a name and aliases", async () => {
    const ids = (await rows("MATCH (n:Entity) RETURN n.id AS id")).map((r) => r.id);
    for (const id of [
      "pakistan",
      "afghanistan",
      "turkey",
      "qatar",
      "ttp",
      "baloch-militant-groups",
      "afghan-taliban",
      "doha-agreement",
      "istanbul-talks",
      "istanbul",
      "kabul",
      "kandahar",
      "islamabad",
      "ispr",
    ]) {
      expect(ids).toContain(id);
    }
    const unnamed = await rows(
      "MATCH (n:Entity) WHERE n.name IS NULL OR n.aliases IS NULL RETURN n.id AS id",
    );
    expect(unnamed).toEqual([]);
    const aliases = await rows("MATCH (n:Entity {id: 'turkey'}) RETURN n.aliases AS aliases");
    expect(aliases[0]!.aliases).toContain("Türkiye");
  });

  it("says Turkey leads and Qatar supports the mediation of the Istanbul talks", async () => {
    const mediators = await rows(
      "MATCH (m:Entity)-[r:MEDIATES]->(:Negotiation {id: 'istanbul-talks'}) RETURN m.id AS id, r.role AS role ORDER BY id",
    );
    expect(mediators).toEqual([
      { id: "qatar", role: "supporting" },
      { id: "turkey", role: "lead" },
    ]);
  });

  it("says the TTP and the Baloch militant groups operate from Afghanistan and target Pakistan", async () => {
    const groups = await rows(
      `MATCH (g:ArmedGroup)-[:OPERATES_FROM]->(:Country {id: 'afghanistan'}),
             (g)-[:TARGETS]->(:Country {id: 'pakistan'})
       RETURN g.id AS id ORDER BY id`,
    );
    expect(groups).toEqual([{ id: "baloch-militant-groups" }, { id: "ttp" }]);
  });

  it("says Pakistan borders Afghanistan, read in either direction", async () => {
    const borders = await rows(
      "MATCH (:Country {id: 'afghanistan'})-[r:BORDERS]-(:Country {id: 'pakistan'}) RETURN count(r) AS n",
    );
    expect(Number(borders[0]!.n)).toBe(1);
  });

  it("binds the Afghan side to the Doha Agreement with its obligation", async () => {
    const bound = await rows(
      `MATCH (p:Entity)-[r:BOUND_BY]->(:Agreement {id: 'doha-agreement'})
       RETURN p.id AS id, r.obligation AS obligation ORDER BY id`,
    );
    expect(bound.map((b) => b.id)).toEqual(["afghan-taliban", "afghanistan"]);
    const afghanistan = bound.find((b) => b.id === "afghanistan")!;
    expect(afghanistan.obligation).toMatch(/preventing its territory from being used by militant groups/);
    expect(SOURCE_TEXT).toContain(
      "commits Afghanistan to preventing its territory from being used by militant groups against other countries",
    );
  });
});
