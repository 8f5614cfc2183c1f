import type { Edge, EntityRef } from "./api";
import { el, byId } from "./dom";
import { kindSwatch } from "./kind-style";

export interface ListActions {
  expand(id: string): void;
  open(id: string): void;
  showEdge(edge: Edge): void;
}

/** The drawn graph as focusable lists, so every entity and every citation is reachable by keyboard. */
export function renderLists(nodes: readonly EntityRef[], edges: readonly Edge[], actions: ListActions): void {
  const names = new Map(nodes.map((n) => [n.id, n.name]));
  byId("node-list").replaceChildren(
    ...nodes.map((n) =>
      el(
        "li",
        { "data-id": n.id, "data-kind": n.kind },
        button(
          `${n.name}`,
          `Expand ${n.name}: draw its neighbours too`,
          () => actions.expand(n.id),
          kindSwatch(n.kind),
        ),
        button("open", `Open ${n.name}: centre the view on it`, () => actions.open(n.id)),
      ),
    ),
  );
  byId("edge-list").replaceChildren(
    ...edges.map((e) => {
      const text = `${names.get(e.from.id) ?? e.from.id} ${e.type} ${names.get(e.to.id) ?? e.to.id}`;
      return el(
        "li",
        { "data-id": e.id, "data-type": e.type, "data-from": e.from.id, "data-to": e.to.id },
        button(text, `Show the evidence for: ${text}`, () => actions.showEdge(e)),
      );
    }),
  );
}

function button(text: string, label: string, onClick: () => void, ...before: Node[]): HTMLButtonElement {
  const b = el("button", { type: "button", "aria-label": label }, ...before, text);
  b.addEventListener("click", onClick);
  return b;
}
