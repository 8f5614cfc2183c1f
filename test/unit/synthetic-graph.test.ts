import { NODE_KINDS, STANCE_NAMES, allowsEdge, relationshipType } from "../../src/model/registry";
import { isStoredDirection } from "../../src/model/stored-direction";
import { GenerateOptionsError, parseGenerateOptions } from "../../src/generate/generate-options";
import {
  type GeneratedRelationship,
  generatedGroup,
  sourceGroupCount,
} from "../../src/generate/synthetic-evidence";
import { SyntheticGraph } from "../../src/generate/synthetic-graph";

function all(graph: SyntheticGraph) {
  const entities = Array.from({ length: graph.entities }, (_, i) => graph.entity(i));
  const groups = Array.from({ length: sourceGroupCount(graph.entities) }, (_, g) => generatedGroup(graph, g));
  return {
    entities,
    relationships: groups.flatMap((g) => g.relationships),
    citations: groups.flatMap((g) => g.citations),
    sources: groups.flatMap((g) => g.sources),
  };
}

const edgeKeys = (rels: readonly GeneratedRelationship[]): string[] =>
  rels.map((r) => `${r.type} ${r.from} ${r.to}`);

describe("SyntheticGraph", () => {
  const graph = new SyntheticGraph(2_000, 42);
  const { entities, relationships, citations, sources } = all(graph);
  const kindOf = new Map(entities.map((e) => [e.id, e.label]));

  it("gives the same entities and relationships for the same seed, others for another", () => {
    const again = all(new SyntheticGraph(2_000, 42));
    expect(again.entities).toEqual(entities);
    expect(again.relationships).toEqual(relationships);
    expect(again.citations).toEqual(citations);
    expect(again.sources).toEqual(sources);
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
    // An edge both ends draw is written once, by the end with the lower index.
    expect(new Set(relationships.map((r) => r.id)).size).toBe(relationships.length);
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
    }
    expect(relationships.some((r) => relationshipType(r.type)!.symmetric)).toBe(true);
  });

  it("cites every relationship verbatim: each quote is its source's text at its offsets", () => {
    const text = new Map(sources.map((s) => [s.id, s.properties.text]));
    const relationshipIds = new Set(relationships.map((r) => r.id));
    expect(new Set(citations.map((c) => c.id)).size).toBe(citations.length);
    for (const { id, properties: c } of citations) {
      const { quote, start, end, sourceId, relationshipId } = c as Record<string, string & number>;
      expect({ id, verbatim: text.get(sourceId)?.slice(start, end) }).toEqual({ id, verbatim: quote });
      expect(id).toBe(`${relationshipId}@${sourceId}:${start}-${end}`);
      expect(relationshipIds.has(relationshipId)).toBe(true);
      expect(sourceId).toMatch(c.sourceKind === "report" ? /^gen-report-\d{6}-\d$/ : /^gen-reference-\d{6}$/);
      expect(STANCE_NAMES).toContain(c.stance);
      if (c.stance === "REPORTS") expect(c.claimant).toEqual(expect.any(String));
      if (c.claimantId !== undefined) expect(kindOf.has(c.claimantId as string)).toBe(true);
    }
    expect(sources.every((s) => s.properties.title.length > 0 && s.properties.text.length > 0)).toBe(true);
    expect(sources.filter((s) => s.properties.kind === "reference").length).toBeGreaterThan(0);
    expect(sources.filter((s) => s.properties.kind === "reference").length).toBeLessThan(sources.length / 2);
  });

  it("summarises each relationship's citations on it: sources, counts, claimants, contested, reference", () => {
    const byRelationship = new Map<string, Record<string, unknown>[]>();
    for (const c of citations) {
      const id = c.properties.relationshipId as string;
      byRelationship.set(id, [...(byRelationship.get(id) ?? []), c.properties]);
    }
    for (const r of relationships) {
      const own = byRelationship.get(r.id)!;
      const supporting = own.filter((c) => c.stance !== "DENIES");
      const sourceIds = [...new Set(supporting.map((c) => c.sourceId as string))].sort();
      const referenceIds = new Set(
        supporting.filter((c) => c.sourceKind === "reference").map((c) => c.sourceId as string),
      );
      expect({ id: r.id, ...r.properties }).toMatchObject({
        id: r.id,
        sourceIds,
        sourceCount: sourceIds.length - referenceIds.size,
        referenceCount: referenceIds.size,
        citationCount: own.length,
        contested: own.some((c) => c.stance === "DENIES"),
        reference: supporting.every((c) => c.sourceKind === "reference"),
      });
      expect(r.properties).not.toHaveProperty("quotes");
    }
    const share = (test: (r: GeneratedRelationship) => boolean): number =>
      relationships.filter(test).length / relationships.length;
    expect(share((r) => (r.properties.sourceCount as number) >= 2)).toBeGreaterThan(0.1);
    expect(share((r) => (r.properties.sourceCount as number) === 3)).toBeGreaterThan(0.01);
    expect(share((r) => r.properties.contested === true)).toBeGreaterThan(0.01);
    expect(share((r) => r.properties.reference === true)).toBeGreaterThan(0.01);
    expect(share((r) => r.properties.reference === true)).toBeLessThan(0.1);
    expect(share((r) => typeof r.properties.claimedBy === "string")).toBeGreaterThan(0.05);
    expect(share((r) => (r.properties.claimants as string[]).some((c) => kindOf.has(c)))).toBeGreaterThan(
      0.02,
    );
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
