import type { Citation } from "../model/citation";
import type { Entity } from "../model/entity";
import type { Relationship } from "../model/relationship";
import type { Source } from "../model/source";
import { DEFAULTS } from "./limits";
import { nameInText, relationshipSentence } from "./sentence";

/** The reads an explanation needs; RequestGraph batches them across every step of a request. */
export interface ExplanationReader {
  entity(id: string): Promise<Entity | null>;
  source(id: string): Promise<Source | null>;
  citations(relationshipId: string, first: number): Promise<Citation[]>;
}

export interface ExplanationStep {
  /** The relationship in words, in its stored direction. */
  readonly sentence: string;
  /** The sentence with its attribution and evidence, as one line. */
  readonly text: string;
  readonly relationship: Relationship;
  /** The first supporting citation's quote, in source then offset order. */
  readonly quote: string | null;
  /** Who makes the claim: the source's words, or the claimant entity's name. */
  readonly claimant: string | null;
  /** How the sentence is attributed: "according to officials involved in the talks". */
  readonly attribution: string | null;
  readonly source: Source | null;
}

export interface Explanation {
  readonly text: string;
  readonly steps: readonly ExplanationStep[];
}

/** Citations read per step to find the first supporting one: the same page `citations` reads by default. */
export const EXPLANATION_CITATIONS_READ = DEFAULTS.RELATIONSHIP_CITATIONS_FIRST;

export function attributionOf(stance: Citation["stance"], claimant: string | null): string | null {
  switch (stance) {
    case "REPORTS":
      // A claim the source relays without naming anyone is hedged, not stated: no speaker to name.
      return claimant === null ? "reportedly" : `according to ${claimant}`;
    case "ASSESSES":
      return claimant === null ? "in the source\u2019s assessment" : `in the assessment of ${claimant}`;
    default:
      return null;
  }
}

/** `Sentence, attribution (“quote”, title, date).`; parts without a value are left out. */
export function stepText(
  sentence: string,
  attribution: string | null,
  quote: string | null,
  source: Source | null,
): string {
  const attributed = attribution === null ? sentence : `${sentence}, ${attribution}`;
  if (quote === null) return `${attributed}.`;
  const where = [source?.title, source?.publishedOn].filter((p): p is string => Boolean(p));
  return `${attributed} (${[`\u201c${quote}\u201d`, ...where].join(", ")}).`;
}

async function explainStep(r: Relationship, reader: ExplanationReader): Promise<ExplanationStep> {
  const [from, to, citations] = await Promise.all([
    reader.entity(r.from),
    reader.entity(r.to),
    reader.citations(r.id, EXPLANATION_CITATIONS_READ),
  ]);
  // A relationship is deleted with either end, in the same transaction.
  if (!from || !to) throw new Error(`invariant: relationship ${r.id} has a missing end`);
  const citation = citations.find((c) => c.stance !== "DENIES") ?? null;
  const speaksForItself = citation === null || citation.stance === "STATES";
  const [source, claimantEntity] = await Promise.all([
    citation ? reader.source(citation.sourceId) : null,
    !speaksForItself && citation.claimant === null && citation.claimantId !== null
      ? reader.entity(citation.claimantId)
      : null,
  ]);
  const claimant = speaksForItself
    ? null
    : (citation.claimant ?? (claimantEntity ? nameInText(claimantEntity) : null));
  const attribution = citation ? attributionOf(citation.stance, claimant) : null;
  // The values this quote supports (a demand, a position) word the sentence; the relationship's fill the rest.
  const cited = Object.entries(citation?.properties ?? {}).filter(([, v]) => v !== null && v !== undefined);
  const sentence = relationshipSentence(r.type, { ...r.properties, ...Object.fromEntries(cited) }, from, to);
  const quote = citation?.quote ?? null;
  return {
    sentence,
    text: stepText(sentence, attribution, quote, source),
    relationship: r,
    quote,
    claimant,
    attribution,
    source,
  };
}

/** One step per relationship, in the order given (a path's order). */
export async function explainRelationships(
  relationships: readonly Relationship[],
  reader: ExplanationReader,
): Promise<Explanation> {
  const steps = await Promise.all(relationships.map((r) => explainStep(r, reader)));
  return { text: steps.map((s) => s.text).join(" "), steps };
}
