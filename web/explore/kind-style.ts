import { NODE_KINDS } from "../../src/model/registry";

/** A colour (Okabe-Ito, told apart by most colour-blind viewers) and a shape per kind, so neither alone carries it. */
export interface KindStyle {
  readonly color: string;
  readonly shape: string;
  /** The same shape as an SVG polygon in a 0..20 box, for the legend. */
  readonly points: string;
}

const STYLES: Readonly<Record<string, KindStyle>> = {
  COUNTRY: { color: "#0072B2", shape: "ellipse", points: "" },
  ARMED_GROUP: { color: "#D55E00", shape: "triangle", points: "10,1 19,19 1,19" },
  GOVERNMENT: { color: "#009E73", shape: "round-rectangle", points: "2,4 18,4 18,16 2,16" },
  ORGANIZATION: { color: "#56B4E9", shape: "rectangle", points: "3,3 17,3 17,17 3,17" },
  DELEGATION: { color: "#CC79A7", shape: "hexagon", points: "5,2 15,2 19,10 15,18 5,18 1,10" },
  NEGOTIATION: { color: "#E69F00", shape: "diamond", points: "10,1 19,10 10,19 1,10" },
  AGREEMENT: { color: "#8A6D00", shape: "pentagon", points: "10,1 19,8 16,19 4,19 1,8" },
  INCIDENT: {
    color: "#B00020",
    shape: "star",
    points: "10,1 12.6,7.4 19,7.6 14,11.8 15.6,19 10,15 4.4,19 6,11.8 1,7.6 7.4,7.4",
  },
  PLACE: { color: "#555555", shape: "vee", points: "1,2 10,8 19,2 10,19" },
};

const FALLBACK: KindStyle = { color: "#777777", shape: "ellipse", points: "" };

export function kindStyle(kind: string): KindStyle {
  return STYLES[kind] ?? FALLBACK;
}

export interface KindEntry {
  readonly kind: string;
  readonly label: string;
  readonly description: string;
}

/** The registry's kinds, in its order: the legend and the kind filter list them all. */
export const KINDS: readonly KindEntry[] = NODE_KINDS.map((k) => ({
  kind: k.enumValue,
  label: k.label.replace(/([a-z])([A-Z])/g, "$1 $2"),
  description: k.description,
}));

const SVG = "http://www.w3.org/2000/svg";

export function kindSwatch(kind: string): SVGSVGElement {
  const style = kindStyle(kind);
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 20 20");
  svg.setAttribute("aria-hidden", "true");
  svg.classList.add("swatch");
  const shape = style.points
    ? document.createElementNS(SVG, "polygon")
    : document.createElementNS(SVG, "circle");
  if (style.points) shape.setAttribute("points", style.points);
  else {
    shape.setAttribute("cx", "10");
    shape.setAttribute("cy", "10");
    shape.setAttribute("r", "9");
  }
  shape.setAttribute("fill", style.color);
  svg.append(shape);
  return svg;
}
