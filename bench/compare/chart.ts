import { writeFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import { VARIANTS, type Variant } from "./queries";

/** One bar: the median over rounds, or why there is none. */
export type ChartValue = { readonly value: number } | { readonly missing: string };

export interface ChartQuery {
  readonly name: string;
  readonly title: string;
  readonly requestsPerSecond: Readonly<Record<Variant, ChartValue>>;
  readonly p99: Readonly<Record<Variant, ChartValue>>;
}

export interface ChartInput {
  readonly heading: string;
  readonly queries: readonly ChartQuery[];
}

const COLORS: Record<Variant, string> = { ours: "#1f77b4", peer: "#ff7f0e", raw: "#2ca02c" };
const LEGEND: Record<Variant, string> = {
  ours: "this service",
  peer: "@neo4j/graphql 7",
  raw: "raw node:http + best Cypher",
};

const PANEL_W = 560;
const PANEL_H = 300;
const MARGIN = { left: 60, top: 70, bottom: 60, gap: 40 };
const WIDTH = MARGIN.left * 2 + PANEL_W * 2 + MARGIN.gap;
const HEIGHT = MARGIN.top + PANEL_H + MARGIN.bottom + 30;
// resvg finds it among the system fonts; DejaVu ships with most Linux images.
const FONT = "DejaVu Sans, sans-serif";

const escape = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const text = (x: number, y: number, content: string, extra = ""): string =>
  `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="${FONT}" ${extra}>${escape(content)}</text>`;

/** A round upper bound for the axis: 1, 2 or 5 times a power of ten. */
function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  return ([1, 2, 5, 10].find((m) => m * power >= max) ?? 10) * power;
}

function panel(
  x0: number,
  title: string,
  queries: readonly ChartQuery[],
  pick: (q: ChartQuery) => Readonly<Record<Variant, ChartValue>>,
): string {
  const values = queries.flatMap((q) => VARIANTS.map((v) => pick(q)[v]));
  const top = niceMax(Math.max(0, ...values.map((c) => ("value" in c ? c.value : 0))));
  const y = (v: number): number => MARGIN.top + PANEL_H - (v / top) * PANEL_H;
  const group = PANEL_W / Math.max(1, queries.length);
  const bar = (group * 0.8) / VARIANTS.length;
  const parts = [
    text(x0 + PANEL_W / 2, MARGIN.top - 20, title, 'font-size="15" text-anchor="middle" font-weight="bold"'),
  ];
  for (let i = 0; i <= 4; i++) {
    const v = (top * i) / 4;
    parts.push(
      `<line x1="${x0}" x2="${x0 + PANEL_W}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#ddd"/>`,
      text(
        x0 - 6,
        y(v) + 4,
        v.toLocaleString("en", { maximumFractionDigits: 1 }),
        'font-size="11" text-anchor="end"',
      ),
    );
  }
  queries.forEach((q, qi) => {
    const gx = x0 + qi * group + group * 0.1;
    VARIANTS.forEach((v, vi) => {
      const c = pick(q)[v];
      const bx = gx + vi * bar;
      if ("value" in c) {
        parts.push(
          `<rect x="${bx.toFixed(1)}" y="${y(c.value).toFixed(1)}" width="${(bar - 2).toFixed(1)}" height="${(MARGIN.top + PANEL_H - y(c.value)).toFixed(1)}" fill="${COLORS[v]}"/>`,
          text(bx + bar / 2, y(c.value) - 3, c.value.toFixed(0), 'font-size="9" text-anchor="middle"'),
        );
      } else {
        parts.push(
          text(
            bx + bar / 2,
            MARGIN.top + PANEL_H - 4,
            "✕",
            `font-size="12" text-anchor="middle" fill="${COLORS[v]}"`,
          ),
        );
      }
    });
    parts.push(
      text(gx + group * 0.4, MARGIN.top + PANEL_H + 18, q.name, 'font-size="13" text-anchor="middle"'),
    );
  });
  parts.push(
    `<line x1="${x0}" x2="${x0 + PANEL_W}" y1="${MARGIN.top + PANEL_H}" y2="${MARGIN.top + PANEL_H}" stroke="#333"/>`,
  );
  return parts.join("\n");
}

/** Requests/s and p99 per query and variant, side by side; ✕ marks a variant that failed or was not run. */
export function chartSvg(input: ChartInput): string {
  const legendY = HEIGHT - 18;
  const legend = VARIANTS.map((v, i) => {
    const x = MARGIN.left + i * 260;
    return `<rect x="${x}" y="${legendY - 11}" width="14" height="14" fill="${COLORS[v]}"/>${text(x + 20, legendY, LEGEND[v], 'font-size="13"')}`;
  });
  const titles = input.queries.map((q) => `${q.name} ${q.title}`).join("; ");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
<title>${escape(`${input.heading}: ${titles}`)}</title>
<rect width="100%" height="100%" fill="white"/>
${text(WIDTH / 2, 24, input.heading, 'font-size="16" text-anchor="middle"')}
${panel(MARGIN.left, "requests/s (higher is better)", input.queries, (q) => q.requestsPerSecond)}
${panel(MARGIN.left + PANEL_W + MARGIN.gap, "p99 latency, ms (lower is better)", input.queries, (q) => q.p99)}
${legend.join("\n")}
${text(WIDTH - MARGIN.left, legendY, "✕ failed or not run", 'font-size="12" text-anchor="end"')}
</svg>
`;
}

export function svgToPng(svg: string): Buffer {
  const png = new Resvg(svg, {
    background: "white",
    font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" },
  }).render();
  return png.asPng();
}

/** Writes `<base>.png` (and returns the SVG it was drawn from). */
export function writeChart(basePath: string, input: ChartInput): string {
  const svg = chartSvg(input);
  writeFileSync(`${basePath}.png`, svgToPng(svg));
  return svg;
}
