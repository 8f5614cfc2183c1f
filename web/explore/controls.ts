import { RELATIONSHIP_TYPES } from "../../src/model/registry";
import { el, byId } from "./dom";
import { KINDS, kindSwatch } from "./kind-style";
import type { ViewState } from "./view-state";

/** The filter form's options and legend come from the registry, so a new kind or type shows up by itself. */
export function fillControls(): void {
  byId("types").append(
    ...RELATIONSHIP_TYPES.map((t) => el("option", { value: t.type, title: t.description }, t.type)),
  );
  byId("kinds").append(...KINDS.map((k) => el("option", { value: k.kind, title: k.description }, k.label)));
  byId("legend").append(
    ...KINDS.map((k) => el("li", { "data-kind": k.kind }, kindSwatch(k.kind), el("span", {}, k.label))),
  );
}

const selected = (select: HTMLSelectElement): string[] => [...select.selectedOptions].map((o) => o.value);

export function showFilters(state: ViewState): void {
  byId<HTMLSelectElement>("depth").value = String(state.depth);
  for (const [id, values] of [
    ["types", state.types],
    ["kinds", state.kinds],
  ] as const) {
    for (const option of byId<HTMLSelectElement>(id).options) option.selected = values.includes(option.value);
  }
  byId<HTMLInputElement>("min-sources").value = String(state.minSources ?? 0);
  byId<HTMLInputElement>("exclude-claimant").value = state.excludeClaimant ?? "";
  byId<HTMLInputElement>("exclude-reference").checked = state.excludeReference;
}

/** The filters as the form holds them, over the rest of the current view. */
export function readFilters(state: ViewState): ViewState {
  const minSources = Number(byId<HTMLInputElement>("min-sources").value);
  return {
    ...state,
    depth: Number(byId<HTMLSelectElement>("depth").value),
    types: selected(byId("types")),
    kinds: selected(byId("kinds")),
    minSources: Number.isInteger(minSources) && minSources >= 1 ? minSources : undefined,
    excludeClaimant: byId<HTMLInputElement>("exclude-claimant").value.trim() || undefined,
    excludeReference: byId<HTMLInputElement>("exclude-reference").checked,
  };
}
