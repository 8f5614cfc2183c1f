import type { EvidenceFilter } from "./api";

export const DEPTH_MIN = 1;
export const DEPTH_MAX = 3;

/** Everything a view depends on; the URL's query string holds it, so a link reopens the same view. */
export interface ViewState {
  entity?: string;
  depth: number;
  types: string[];
  kinds: string[];
  /** Entities opened by clicking, drawn with their own neighbourhood (depth 1). */
  expanded: string[];
  minSources?: number;
  excludeClaimant?: string;
  excludeReference: boolean;
  pathFrom?: string;
  pathTo?: string;
}

const list = (value: string | null): string[] => (value ? value.split(",").filter((v) => v.length > 0) : []);
const optional = (value: string | null): string | undefined => (value ? value : undefined);

function clampDepth(value: string | null): number {
  const depth = Number(value);
  return Number.isInteger(depth) ? Math.min(DEPTH_MAX, Math.max(DEPTH_MIN, depth)) : DEPTH_MIN;
}

export function readViewState(search: string): ViewState {
  const q = new URLSearchParams(search);
  const minSources = Number(q.get("minSources"));
  return {
    entity: optional(q.get("entity")),
    depth: clampDepth(q.get("depth")),
    types: list(q.get("types")),
    kinds: list(q.get("kinds")),
    expanded: list(q.get("expand")),
    minSources: Number.isInteger(minSources) && minSources >= 1 ? minSources : undefined,
    excludeClaimant: optional(q.get("excludeClaimant")),
    excludeReference: q.get("excludeReference") === "true",
    pathFrom: optional(q.get("from")),
    pathTo: optional(q.get("to")),
  };
}

export function viewStateQuery(state: ViewState): string {
  const q = new URLSearchParams();
  if (state.entity) q.set("entity", state.entity);
  q.set("depth", String(state.depth));
  if (state.types.length) q.set("types", state.types.join(","));
  if (state.kinds.length) q.set("kinds", state.kinds.join(","));
  if (state.expanded.length) q.set("expand", state.expanded.join(","));
  if (state.minSources) q.set("minSources", String(state.minSources));
  if (state.excludeClaimant) q.set("excludeClaimant", state.excludeClaimant);
  if (state.excludeReference) q.set("excludeReference", "true");
  if (state.pathFrom) q.set("from", state.pathFrom);
  if (state.pathTo) q.set("to", state.pathTo);
  return `?${q.toString()}`;
}

export function evidenceOf(state: ViewState): EvidenceFilter {
  const evidence: EvidenceFilter = {};
  if (state.minSources) evidence.minSources = state.minSources;
  if (state.excludeClaimant) evidence.excludeClaimants = [state.excludeClaimant];
  if (state.excludeReference) evidence.excludeReference = true;
  return evidence;
}
