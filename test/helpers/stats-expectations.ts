import type { CitationInput } from "../../src/model/citation";
import { NODE_KINDS, RELATIONSHIP_TYPES, relationshipType } from "../../src/model/registry";
import type { EditorCommand, RelationshipInput } from "../../src/services/editor-commands";

// What the stats of a graph written by `commands` must be, derived from the commands themselves (not from
// what Neo4j stores), so the tests compare the API against an independent count.

const relationshipsOf = (commands: readonly EditorCommand[]): RelationshipInput[] =>
  commands.flatMap((c) => (c.kind === "relationship" ? [c.input] : []));

const supporting = (r: RelationshipInput): CitationInput[] =>
  r.citations.filter((c) => c.stance !== "DENIES");

const tally = (keys: readonly string[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
};

/** Most first, then by id: the order the API lists sources and claimants in. */
const ranked = (counts: Map<string, number>, idField: string) =>
  [...counts]
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, relationships]) => ({ [idField]: id, relationships }));

export function expectedGraphCounts(commands: readonly EditorCommand[]) {
  const kinds = tally(commands.flatMap((c) => (c.kind === "entity" ? [c.input.kind] : [])));
  const types = tally(relationshipsOf(commands).map((r) => r.type));
  return {
    entitiesByKind: NODE_KINDS.map((k) => ({ kind: k.enumValue, count: kinds.get(k.label) ?? 0 })),
    relationshipsByType: RELATIONSHIP_TYPES.map((t) => ({ type: t.type, count: types.get(t.type) ?? 0 })),
  };
}

/** An entity's stats as the API answers them with every relationship read. */
export function expectedEntityStats(commands: readonly EditorCommand[], id: string) {
  const own = relationshipsOf(commands).filter((r) => r.from === id || r.to === id);
  const directions = own.flatMap((r) => {
    if (relationshipType(r.type)!.symmetric) return [`${r.type} BOTH`];
    return [...(r.from === id ? [`${r.type} OUT`] : []), ...(r.to === id ? [`${r.type} IN`] : [])];
  });
  const byDirection = tally(directions);
  const byType = RELATIONSHIP_TYPES.flatMap(({ type }) =>
    ["OUT", "IN", "BOTH"].flatMap((direction) => {
      const count = byDirection.get(`${type} ${direction}`);
      return count ? [{ type, direction, count }] : [];
    }),
  );
  const sources = tally(own.flatMap((r) => [...new Set(supporting(r).map((c) => c.sourceId))]));
  const claimants = tally(
    own.flatMap((r) => [
      ...new Set(
        supporting(r).flatMap((c) => ((c.claimantId ?? c.claimant) ? [c.claimantId ?? c.claimant!] : [])),
      ),
    ]),
  );
  return {
    relationships: own.length,
    byType,
    sourceCount: sources.size,
    claimantCount: claimants.size,
    sources: ranked(sources, "sourceId"),
    claimants: ranked(claimants, "claimant"),
    relationshipsRead: own.length,
    complete: true,
  };
}

/** A source's citations and the distinct relationships they cite, by type in type order. */
export function expectedSupports(commands: readonly EditorCommand[], sourceId: string) {
  const byType = new Map<string, { citations: number; relationships: number }>();
  for (const r of relationshipsOf(commands)) {
    const citations = r.citations.filter((c) => c.sourceId === sourceId).length;
    if (citations === 0) continue;
    const entry = byType.get(r.type) ?? { citations: 0, relationships: 0 };
    byType.set(r.type, { citations: entry.citations + citations, relationships: entry.relationships + 1 });
  }
  return [...byType].sort(([a], [b]) => (a < b ? -1 : 1)).map(([type, counts]) => ({ type, ...counts }));
}
