import "./style.css";
import {
  type Edge,
  type EntityRef,
  type Path,
  edgeEvidence,
  entityById,
  neighborhood,
  pathsBetween,
  searchEntities,
} from "./api";
import { fillControls, readFilters, showFilters } from "./controls";
import { byId, el } from "./dom";
import { renderEvidence } from "./evidence-panel";
import { type DrawnGraph, GraphView } from "./graph-view";
import { renderLists } from "./lists";
import { renderPaths } from "./path-panel";
import { type ViewState, evidenceOf, readViewState, viewStateQuery } from "./view-state";

/** What tests and the curious read from the console: the drawn graph and how long the last view took. */
export interface ExplorerHandle {
  graph(): { nodes: string[]; edges: { id: string; type: string; from: string; to: string }[] };
  canvas(): ReturnType<GraphView["canvasElements"]>;
  position(id: string): { x: number; y: number } | undefined;
  timing: { fetchMs: number; drawMs: number };
}

let state = readViewState(location.search);
let renders = 0;
const view = new GraphView(byId("canvas"), {
  onNode: (id) => (state.pathFrom && state.pathTo ? open(id) : expand(id)),
  onEdge: (id) => {
    const edge = view.graph().edges.find((e) => e.id === id);
    if (edge) void showEdge(edge);
  },
});
const handle: ExplorerHandle = {
  graph: () => ({
    nodes: view.graph().nodes.map((n) => n.id),
    edges: view.graph().edges.map((e) => ({ id: e.id, type: e.type, from: e.from.id, to: e.to.id })),
  }),
  canvas: () => view.canvasElements(),
  position: (id) => view.position(id),
  timing: { fetchMs: 0, drawMs: 0 },
};
(window as unknown as { explorer: ExplorerHandle }).explorer = handle;

function setStatus(text: string, kind: "loading" | "ready" | "error"): void {
  const status = byId("status");
  status.textContent = text;
  status.dataset.state = kind;
  status.classList.toggle("error", kind === "error");
}

function go(next: ViewState): void {
  state = next;
  history.pushState(null, "", viewStateQuery(state));
  void render();
}

function open(id: string): void {
  go({ ...state, entity: id, expanded: [], pathFrom: undefined, pathTo: undefined });
}

function expand(id: string): void {
  if (id === state.entity || state.expanded.includes(id)) return view.select(id);
  go({ ...state, expanded: [...state.expanded, id] });
}

async function showEdge(edge: Edge): Promise<void> {
  view.select(edge.id);
  const panel = byId("evidence");
  try {
    const evidence = await edgeEvidence(edge);
    if (!evidence) throw new Error(`the relationship ${edge.id} is no longer in the graph`);
    renderEvidence(panel, evidence, new Map(view.graph().nodes.map((n) => [n.id, n.name])));
  } catch (error) {
    panel.replaceChildren(
      el("h2", {}, "Evidence"),
      el("p", { class: "error", role: "alert" }, String(error)),
    );
  }
}

/** Several answers as one graph: entities and relationships once each, by id. */
function merge(parts: readonly DrawnGraph[]): DrawnGraph {
  const nodes = new Map<string, EntityRef>();
  const edges = new Map<string, Edge>();
  for (const part of parts) {
    for (const n of part.nodes) nodes.set(n.id, n);
    for (const e of part.edges) edges.set(e.id, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

async function loadNeighbourhood(entity: string): Promise<{ graph: DrawnGraph; summary: string }> {
  const filters = { types: state.types, kinds: state.kinds, evidence: evidenceOf(state) };
  const [focus, main, ...expanded] = await Promise.all([
    entityById(entity),
    neighborhood({ id: entity, depth: state.depth, ...filters }),
    ...state.expanded.map((id) => neighborhood({ id, depth: 1, ...filters })),
  ]);
  if (!focus) throw new Error(`no entity has the id "${entity}"`);
  const parts = [main, ...expanded].map((s) => ({ nodes: s.nodes, edges: s.relationships }));
  const graph = merge([{ nodes: [focus], edges: [] }, ...parts]);
  const steps = state.depth === 1 ? "1 step" : `${state.depth} steps`;
  const cut = [main, ...expanded].some((s) => s.truncated)
    ? " (the nearest only: narrow the filters to see all)"
    : "";
  return {
    graph,
    summary: `${focus.name}: ${graph.nodes.length} entities and ${graph.edges.length} relationships within ${steps}${cut}`,
  };
}

function pathGraph(paths: readonly Path[]): DrawnGraph {
  return merge(paths.map((p) => ({ nodes: p.nodes, edges: p.relationships })));
}

async function render(): Promise<void> {
  const ticket = ++renders;
  showFilters(state);
  setStatus("Loading…", "loading");
  try {
    const started = performance.now();
    const { pathFrom, pathTo, entity } = state;
    if (pathFrom && pathTo) {
      const paths = await pathsBetween(pathFrom, pathTo, state.types, evidenceOf(state));
      if (ticket !== renders) return;
      const fetched = performance.now();
      const graph = pathGraph(paths);
      await view.draw(graph, {
        pathEnds: [pathFrom, pathTo],
        pathEdges: new Set(graph.edges.map((e) => e.id)),
      });
      finishDraw(graph, started, fetched);
      renderPaths(paths, pathFrom, pathTo);
      setStatus(
        paths.length
          ? `${paths.length} shortest ${paths.length === 1 ? "path" : "paths"} of at most 4 steps`
          : `No path of at most 4 steps between ${pathFrom} and ${pathTo} with these filters`,
        "ready",
      );
      return;
    }
    byId("path-panel").hidden = true;
    if (!entity) {
      setStatus("Search for an entity to draw its neighbourhood.", "ready");
      return;
    }
    const { graph, summary } = await loadNeighbourhood(entity);
    if (ticket !== renders) return;
    const fetched = performance.now();
    await view.draw(graph, { focus: entity });
    finishDraw(graph, started, fetched);
    setStatus(summary, "ready");
  } catch (error) {
    if (ticket === renders) setStatus(error instanceof Error ? error.message : String(error), "error");
  }
}

function finishDraw(graph: DrawnGraph, started: number, fetched: number): void {
  handle.timing = { fetchMs: Math.round(fetched - started), drawMs: Math.round(performance.now() - fetched) };
  renderLists(view.graph().nodes, view.graph().edges, { expand, open, showEdge: (e) => void showEdge(e) });
  document.title = `${graph.nodes.length} entities · Explore the conflict graph`;
}

async function search(text: string): Promise<void> {
  const list = byId("search-results");
  try {
    const hits = await searchEntities(text);
    list.replaceChildren(
      ...(hits.length
        ? hits.map((hit) => {
            const b = el(
              "button",
              { type: "button", "data-id": hit.id },
              hit.name,
              el("small", {}, ` ${hit.kind}`),
            );
            b.addEventListener("click", () => open(hit.id));
            return el("li", {}, b);
          })
        : [el("li", {}, `Nothing matches “${text}”.`)]),
    );
    list.querySelector("button")?.focus();
  } catch (error) {
    list.replaceChildren(el("li", { class: "error", role: "alert" }, String(error)));
  }
}

/** A path end typed as a name: the best search hit. */
async function resolveEnd(text: string): Promise<EntityRef> {
  const [best] = await searchEntities(text);
  if (!best) throw new Error(`nothing matches “${text}”`);
  return best;
}

byId("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const text = byId<HTMLInputElement>("search-text").value.trim();
  if (text) void search(text);
});
byId("filters").addEventListener("submit", (event) => {
  event.preventDefault();
  go(readFilters(state));
});
byId("path-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const fromText = byId<HTMLInputElement>("path-from").value.trim();
  const toText = byId<HTMLInputElement>("path-to").value.trim();
  Promise.all([fromText ? resolveEnd(fromText) : entityById(state.entity ?? ""), resolveEnd(toText)])
    .then(([from, to]) => {
      if (!from) throw new Error("name where the path starts");
      go({ ...readFilters(state), pathFrom: from.id, pathTo: to.id });
    })
    .catch((error: unknown) => setStatus(error instanceof Error ? error.message : String(error), "error"));
});
byId("path-clear").addEventListener("click", () => go({ ...state, pathFrom: undefined, pathTo: undefined }));
window.addEventListener("popstate", () => {
  state = readViewState(location.search);
  void render();
});

fillControls();
void render();
