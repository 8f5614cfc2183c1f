import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import { RELATIONSHIP_TYPES } from "../../src/model/registry";
import type { Edge, EntityRef } from "./api";
import { kindStyle } from "./kind-style";

const SYMMETRIC = new Set(RELATIONSHIP_TYPES.filter((t) => t.symmetric).map((t) => t.type));
export interface DrawnGraph {
  readonly nodes: readonly EntityRef[];
  readonly edges: readonly Edge[];
}

/** Symmetric relationships (BORDERS) once per pair, whichever way a traversal returned them. */
export function drawableEdges(edges: readonly Edge[]): Edge[] {
  const seen = new Set<string>();
  return edges.filter((edge) => {
    const key = SYMMETRIC.has(edge.type)
      ? `${edge.type}|${[edge.from.id, edge.to.id].sort().join("|")}`
      : edge.id;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function isSymmetric(type: string): boolean {
  return SYMMETRIC.has(type);
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(name)",
      "background-color": "data(color)",
      shape: "data(shape)" as never,
      width: 34,
      height: 34,
      "font-size": 20,
      color: "#111",
      "text-valign": "bottom",
      "text-margin-y": 6,
      "text-background-color": "#fff",
      "text-background-opacity": 0.85,
      "text-background-padding": "2px",
      "border-width": 2,
      "border-color": "#fff",
    },
  },
  { selector: "node.focus", style: { width: 48, height: 48, "border-width": 4, "border-color": "#111" } },
  { selector: "node.path-end", style: { "border-width": 4, "border-color": "#111" } },
  {
    selector: "edge",
    style: {
      label: "data(type)",
      // The label sits on the edge's midpoint, over the line: a click on it opens the edge's evidence.
      "text-events": "yes",
      "font-size": 15,
      color: "#222",
      "text-rotation": "autorotate",
      "text-background-color": "#fff",
      "text-background-opacity": 0.85,
      "curve-style": "bezier",
      width: 2,
      "line-color": "#666",
      "target-arrow-color": "#666",
      "target-arrow-shape": "triangle",
    },
  },
  { selector: "edge.symmetric", style: { "target-arrow-shape": "none" } },
  { selector: "edge.on-path", style: { width: 5, "line-color": "#0B5394", "target-arrow-color": "#0B5394" } },
  {
    selector: ":selected",
    style: { "overlay-color": "#FFD400", "overlay-opacity": 0.45, "overlay-padding": 6 },
  },
];

export interface GraphViewEvents {
  onNode(id: string): void;
  onEdge(id: string): void;
}

/** The canvas: cytoscape draws; the page keeps the data and the lists beside it. */
export class GraphView {
  private readonly cy: Core;
  private drawn: DrawnGraph = { nodes: [], edges: [] };

  constructor(container: HTMLElement, events: GraphViewEvents) {
    this.cy = cytoscape({ container, style: STYLE, minZoom: 0.1, maxZoom: 4 });
    // Cytoscape caches where its container sits. A status line that wraps moves the container without
    // always resizing it, and clicks would land on the wrong element: whatever shares its parent is watched too.
    const observer = new ResizeObserver(() => this.cy.resize());
    for (const element of [container, ...Array.from(container.parentElement?.children ?? [])])
      observer.observe(element);
    this.cy.on("tap", "node", (e) => events.onNode(e.target.id()));
    this.cy.on("tap", "edge", (e) => events.onEdge(e.target.id()));
  }

  /** Resolves when the layout has stopped, so what is drawn stays where it is. */
  async draw(
    graph: DrawnGraph,
    marks: { focus?: string; pathEnds?: string[]; pathEdges?: Set<string> } = {},
  ): Promise<void> {
    const edges = drawableEdges(graph.edges);
    this.drawn = { nodes: graph.nodes, edges };
    const elements: ElementDefinition[] = [
      ...graph.nodes.map((n) => ({
        group: "nodes" as const,
        data: { id: n.id, name: n.name, color: kindStyle(n.kind).color, shape: kindStyle(n.kind).shape },
        classes: [n.id === marks.focus ? "focus" : "", marks.pathEnds?.includes(n.id) ? "path-end" : ""].join(
          " ",
        ),
      })),
      ...edges.map((e) => ({
        group: "edges" as const,
        data: { id: e.id, source: e.from.id, target: e.to.id, type: e.type },
        classes: [isSymmetric(e.type) ? "symmetric" : "", marks.pathEdges?.has(e.id) ? "on-path" : ""].join(
          " ",
        ),
      })),
    ];
    this.cy.elements().remove();
    this.cy.add(elements);
    // Rings by distance from the focus, or layers from a path's start: the same view every time.
    const root = marks.focus ?? marks.pathEnds?.[0];
    const layout = {
      name: "breadthfirst",
      animate: false,
      circle: marks.focus !== undefined,
      directed: false,
      roots: root ? [root] : undefined,
      spacingFactor: marks.focus ? 1.1 : 1.4,
      avoidOverlap: true,
      padding: 40,
    };
    const running = this.cy.layout(layout as cytoscape.LayoutOptions);
    const stopped = running.promiseOn("layoutstop");
    running.run();
    await stopped;
    this.cy.fit(undefined, 40);
  }

  select(id: string): void {
    this.cy.elements().unselect();
    this.cy.getElementById(id).select();
  }

  /** What is drawn, for the lists beside the canvas and for tests. */
  graph(): DrawnGraph {
    return this.drawn;
  }

  /** Where an entity or a relationship's midpoint is drawn, in pixels from the canvas's top left corner. */
  position(id: string): { x: number; y: number } | undefined {
    const element = this.cy.getElementById(id);
    if (element.empty()) return undefined;
    return element.isNode()
      ? element.renderedPosition()
      : (element as cytoscape.EdgeSingular).renderedMidpoint();
  }

  /** The drawn elements as cytoscape holds them (ids and endpoints), to check the canvas against the data. */
  canvasElements(): { nodes: string[]; edges: { id: string; from: string; to: string; type: string }[] } {
    return {
      nodes: this.cy.nodes().map((n) => n.id()),
      edges: this.cy.edges().map((e) => ({
        id: e.id(),
        from: e.source().id(),
        to: e.target().id(),
        type: e.data("type") as string,
      })),
    };
  }
}
