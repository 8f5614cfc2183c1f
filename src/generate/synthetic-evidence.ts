import type { CitationRow, RelationshipRow, SourceRow } from "../graph/bulk.repository";
import { RELATIONSHIP_TYPES, type SourceKind, type Stance } from "../model/registry";
import { summarizeEvidence } from "../services/evidence-summary";
import { Prng } from "./prng";
import { GENERATED_ID_PREFIX, type DrawnRelationship, type SyntheticGraph } from "./synthetic-graph";
import { syntheticClaimant, syntheticProperties, syntheticQuote } from "./synthetic-text";

/**
 * Entities whose relationships one group of sources reports: each group has its own reports (and a
 * reference source), so a source's text stays the size of an article at any graph size.
 */
export const ENTITIES_PER_SOURCE_GROUP = 25;
const REPORTS_PER_GROUP = 3;
const REFERENCE_SLOT = REPORTS_PER_GROUP;

/** Shares of relationships: cited by a reference source only, by 2-3 reports, denied by one. */
const REFERENCE_ONLY = 0.03;
const MORE_SOURCES = 0.25;
const DENIED = 0.04;

/** Streams of evidence are independent of the streams that draw entities and edges. */
const EVIDENCE_STREAM = 0x5bd1e995;

export interface GeneratedRelationship extends RelationshipRow {
  readonly type: string;
}

/** The sources of one group, the relationships its entities start, and their citations. */
export interface GeneratedGroup {
  readonly sources: SourceRow[];
  readonly relationships: GeneratedRelationship[];
  readonly citations: CitationRow[];
}

interface PlannedCitation {
  readonly slot: number;
  readonly quote: string;
  readonly stance: Stance;
  readonly claimant: string | null;
  readonly claimantId: string | null;
  readonly properties: Readonly<Record<string, unknown>>;
}

const TYPES = new Map(RELATIONSHIP_TYPES.map((t) => [t.type, t]));
const pad = (n: number): string => String(n).padStart(6, "0");

export const sourceGroupCount = (entities: number): number => Math.ceil(entities / ENTITIES_PER_SOURCE_GROUP);

function sourceOf(group: number, slot: number): { id: string; kind: SourceKind; title: string } {
  return slot === REFERENCE_SLOT
    ? {
        id: `${GENERATED_ID_PREFIX}reference-${pad(group)}`,
        kind: "reference",
        title: `Synthetic reference ${group} (npm run data:generate)`,
      }
    : {
        id: `${GENERATED_ID_PREFIX}report-${pad(group)}-${slot + 1}`,
        kind: "report",
        title: `Synthetic report ${group}.${slot + 1} (npm run data:generate)`,
      };
}

function cite(rng: Prng, r: DrawnRelationship, slot: number, stance: Stance): PlannedCitation {
  const speaker = stance === "REPORTS" ? syntheticClaimant(rng, { id: r.from, name: r.fromName }) : undefined;
  return {
    slot,
    quote: syntheticQuote(
      slot === REFERENCE_SLOT ? "REFERENCE" : stance,
      r.fromName,
      r.type,
      r.toName,
      speaker?.claimant ?? null,
    ),
    stance,
    claimant: speaker?.claimant ?? null,
    claimantId: speaker?.claimantId ?? null,
    properties: syntheticProperties(rng, TYPES.get(r.type)!.properties),
  };
}

const supportingStance = (rng: Prng): Stance =>
  rng.chance(0.25) ? "REPORTS" : rng.chance(0.07) ? "ASSESSES" : "STATES";

/** A relationship's citations: one report's, sometimes more reports' or a denial; a few a reference's only. */
function planCitations(rng: Prng, r: DrawnRelationship): PlannedCitation[] {
  if (rng.chance(REFERENCE_ONLY)) return [cite(rng, r, REFERENCE_SLOT, "STATES")];
  const unused = Array.from({ length: REPORTS_PER_GROUP }, (_, i) => i);
  const take = (): number => unused.splice(rng.int(unused.length), 1)[0]!;
  const citations = [cite(rng, r, take(), supportingStance(rng))];
  if (rng.chance(MORE_SOURCES))
    for (let n = 1 + rng.int(2); n > 0; n--) citations.push(cite(rng, r, take(), supportingStance(rng)));
  if (unused.length > 0 && rng.chance(DENIED)) {
    const denial = cite(rng, r, take(), "DENIES");
    citations.push({ ...denial, properties: citations[0]!.properties });
  }
  return citations;
}

/**
 * Group `group` of `graph`: each source's text is its citations' quotes in order, so every quote is a
 * verbatim substring at its offsets. The same graph and group give the same rows.
 */
export function generatedGroup(graph: SyntheticGraph, group: number): GeneratedGroup {
  const first = group * ENTITIES_PER_SOURCE_GROUP;
  const last = Math.min(graph.entities, first + ENTITIES_PER_SOURCE_GROUP);
  const texts: string[][] = Array.from({ length: REPORTS_PER_GROUP + 1 }, () => []);
  const lengths = texts.map(() => 0);
  const relationships: GeneratedRelationship[] = [];
  const citations: CitationRow[] = [];
  for (let i = first; i < last; i++) {
    const rng = Prng.stream((graph.seed ^ EVIDENCE_STREAM) >>> 0, i);
    for (const r of graph.relationshipsOf(i)) {
      const placed = planCitations(rng, r).map((c) => {
        const start = lengths[c.slot]! + (lengths[c.slot]! > 0 ? 1 : 0);
        texts[c.slot]!.push(c.quote);
        lengths[c.slot] = start + c.quote.length;
        const source = sourceOf(group, c.slot);
        return { ...c, start, end: lengths[c.slot]!, sourceId: source.id, sourceKind: source.kind };
      });
      for (const c of placed) {
        const optional = {
          ...(c.claimant !== null ? { claimant: c.claimant } : {}),
          ...(c.claimantId !== null ? { claimantId: c.claimantId } : {}),
        };
        citations.push({
          id: `${r.id}@${c.sourceId}:${c.start}-${c.end}`,
          properties: {
            relationshipId: r.id,
            relationshipType: r.type,
            sourceId: c.sourceId,
            sourceKind: c.sourceKind,
            quote: c.quote,
            start: c.start,
            end: c.end,
            stance: c.stance,
            ...optional,
            ...c.properties,
          },
        });
      }
      relationships.push({
        type: r.type,
        id: r.id,
        from: r.from,
        to: r.to,
        properties: summarizeEvidence(TYPES.get(r.type)!, placed),
      });
    }
  }
  const sources = texts.flatMap((parts, slot) => {
    if (parts.length === 0) return [];
    const { id, kind, title } = sourceOf(group, slot);
    return [{ id, properties: { title, kind, text: parts.join(" "), language: "en" } }];
  });
  return { sources, relationships, citations };
}
