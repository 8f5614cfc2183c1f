import type { Path } from "./api";
import { byId, el } from "./dom";

/** Each path as numbered steps in words, with the quote and claimant each step rests on. */
export function renderPaths(paths: readonly Path[], from: string, to: string): void {
  const panel = byId("path-panel");
  panel.hidden = false;
  const endName = (id: string): string => paths[0]?.nodes.find((n) => n.id === id)?.name ?? id;
  byId<HTMLInputElement>("path-from").value = endName(from);
  byId<HTMLInputElement>("path-to").value = endName(to);
  byId("path-steps").replaceChildren(
    ...paths.map((path, i) =>
      el(
        "li",
        { class: "path", "data-length": String(path.length) },
        el("h3", {}, `Path ${i + 1}: ${path.nodes.map((n) => n.name).join(" — ")}`),
        el(
          "ol",
          { class: "steps" },
          ...path.explanation.steps.map((step) =>
            el(
              "li",
              { class: "step" },
              el("span", { class: "sentence" }, `${step.sentence}.`),
              step.quote ? el("q", {}, step.quote) : "",
              step.claimant ? el("small", {}, ` (claimed by ${step.claimant})`) : "",
            ),
          ),
        ),
      ),
    ),
  );
}
