import { NODE_KINDS, allowsEdge, relationshipType } from "../../src/model/registry";
import { isStoredDirection } from "../../src/model/stored-direction";
import { GenerateOptionsError, parseGenerateOptions } from "../../src/services/generate/generate-options";
import {
  GENERATED_SOURCE,
  type GeneratedRelationship,
  SyntheticGraph,
} from "../../src/services/generate/synthetic-graph";

function all(graph: SyntheticGraph) {
  const entities = Array.from({ length: graph.entities }, (_, i) => graph.entity(i));
  const relationships = entities.flatMap((_, i) => graph.relationshipsOf(i));
  return { entities, relationships };
}

const edgeKeys = (rels: readonly GeneratedRelationship[]): string[] =>
  rels.map((r) => `${r.type} ${r.from} ${r.to}`);

describe("SyntheticGraph", () => {
  const graph = new SyntheticGraph(2_000, 42);
  const { entities, relationships } = all(graph);
  const kindOf = new Map(entities.map((e) => [e.id, e.label]));

  it("gives the same entities and relationships for the same seed, others for another", () => {
    const again = all(new SyntheticGraph(2_000, 42));
    expect(again.entities).toEqual(entities);
    expect(again.relationships).toEqual(relationships);
    const other = all(new SyntheticGraph(2_000, 43));
    expect(other.entities.map((e) => e.id)).toEqual(entities.map((e) => e.id));
    expect(other.entities.map((e) => e.name)).not.toEqual(entities.map((e) => e.name));
    const shared = new Set(edgeKeys(relationships));
    const common = edgeKeys(other.relationships).filter((k) => shared.has(k)).length;
    expect(common / relationships.length).toBeLessThan(0.5);
  });

  it("has every kind, unique kebab-case ids starting gen-, and the common entity properties", () => {
    expect(new Set(entities.map((e) => e.label))).toEqual(new Set(NODE_KINDS.map((k) => k.label)));
    expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
    for (const e of entities) {
      expect(e.id).toMatch(/^gen-[a-z]+(-[a-z]+)*-\d{6,}$/);
      expect(e.name.length).toBeGreaterThan(0);
      expect(e.aliases.length).toBeGreaterThan(0);
      expect(e.description.length).toBeGreaterThan(0);
      const allowed = Object.keys(NODE_KINDS.find((k) => k.label === e.label)!.properties);
      for (const key of Object.keys(e.properties)) expect(allowed).toContain(key);
    }
  });

  it("writes about four relationships per entity, each one the registry allows", () => {
    expect(relationships.length).toBeGreaterThan(3.5 * entities.length);
    for (let i = 0; i < 100; i++) {
      const own = graph.relationshipsOf(i).map((r) => r.id);
      expect(new Set(own).size).toBe(own.length);
    }
    // Two entities may draw the same edge; loading merges the two rows by id into one relationship.
    expect(new Set(relationships.map((r) => r.id)).size).toBeGreaterThan(0.99 * relationships.length);
    for (const r of relationships) {
      const from = kindOf.get(r.from)!;
      const to = kindOf.get(r.to)!;
      expect({ id: r.id, allowed: allowsEdge(r.type, from, to) }).toEqual({ id: r.id, allowed: true });
      expect({ id: r.id, stored: isStoredDirection(r.type, r.from, r.to) }).toEqual({
        id: r.id,
        stored: true,
      });
      expect(r.from).not.toBe(r.to);
      const spec = relationshipType(r.type)!;
      if (!spec.symmetric) expect(spec.from.includes(from) && spec.to.includes(to)).toBe(true);
      for (const [name, property] of Object.entries(spec.properties)) {
        if (property.required) expect(r.properties[name]).toEqual(expect.any(String));
        if (property.values) expect(property.values).toContain(r.properties[name]);
      }
      expect(r.quotes.length).toBeGreaterThan(0);
      expect(r.sourceIds).toEqual(r.quotes.map(() => GENERATED_SOURCE.id));
    }
    expect(relationships.some((r) => r.claimedBy !== null)).toBe(true);
    expect(relationships.some((r) => r.quotes.length > 1)).toBe(true);
    expect(relationships.some((r) => relationshipType(r.type)!.symmetric)).toBe(true);
  });

  it("has hubs: the largest degree is far above the median, and hubs are countries or negotiations among others", () => {
    const degree = new Map<string, number>();
    for (const r of relationships) for (const id of [r.from, r.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const sorted = [...degree.values()].sort((a, b) => a - b);
    const median = sorted[sorted.length >> 1]!;
    expect(sorted.at(-1)!).toBeGreaterThan(20 * median);
    const top = [...degree]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10)
      .map(([id]) => kindOf.get(id));
    expect(top).toContain("Country");
    expect(top).toContain("Negotiation");
  });
});

describe("parseGenerateOptions", () => {
  it("reads integers within bounds and applies the defaults", () => {
    expect(parseGenerateOptions({ entities: "300" }, 9)).toEqual({
      entities: 300,
      seed: 1,
      batchSize: 10_000,
    });
    expect(parseGenerateOptions({ entities: "9", seed: "0", batch: "100000" }, 9)).toEqual({
      entities: 9,
      seed: 0,
      batchSize: 100_000,
    });
  });

  it.each([
    [{ entities: "-5" }, '--entities must be an integer from 9 to 10,000,000 (got "-5")'],
    [{ entities: "8" }, '--entities must be an integer from 9 to 10,000,000 (got "8")'],
    [{ entities: "10000001" }, '--entities must be an integer from 9 to 10,000,000 (got "10000001")'],
    [{ entities: "1e3" }, '--entities must be an integer from 9 to 10,000,000 (got "1e3")'],
    [
      { entities: "10", seed: "4294967296" },
      '--seed must be an integer from 0 to 4,294,967,295 (got "4294967296")',
    ],
    [{ entities: "10", batch: "0" }, '--batch must be an integer from 1 to 100,000 (got "0")'],
    [{ entities: "10", batch: "100001" }, '--batch must be an integer from 1 to 100,000 (got "100001")'],
    [{}, "--entities is required: how many entities to generate"],
  ])("refuses %j", (raw, message) => {
    expect(() => parseGenerateOptions(raw, 9)).toThrow(new GenerateOptionsError(message));
  });
});
