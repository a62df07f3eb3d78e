/**
 * A bar chart drawn by hand in SVG (no chart library: the bundle budget), with its data also
 * as a table that only assistive technology sees, and a one-sentence summary as its name.
 */
import { h, svg } from "../dom/h";
import { formatNumber } from "../i18n/format";

export type Bar = { key: string; label: string; value: number; colour?: string; tick?: string };
export type ChartSpec = {
  id: string;
  title: string;
  summary: string;
  columns: [string, string];
  bars: Bar[];
};

const WIDTH = 320;

export function barChart(spec: ChartSpec, orientation: "columns" | "rows"): HTMLElement {
  const max = Math.max(1, ...spec.bars.map((b) => b.value));
  const drawing = orientation === "columns" ? columns(spec.bars, max) : rows(spec.bars, max);
  drawing.setAttribute("role", "img");
  drawing.setAttribute("aria-label", spec.summary);
  const table = h(
    "table",
    { class: "visually-hidden" },
    h("caption", {}, spec.title),
    h(
      "thead",
      {},
      h("tr", {}, h("th", { scope: "col" }, spec.columns[0]), h("th", { scope: "col" }, spec.columns[1])),
    ),
    h(
      "tbody",
      {},
      ...spec.bars
        .filter((b) => b.value > 0)
        .map((b) => h("tr", {}, h("th", { scope: "row" }, b.label), h("td", {}, formatNumber(b.value)))),
    ),
  );
  return h(
    "figure",
    { class: "chart", id: spec.id },
    h("figcaption", { class: "chart-title" }, spec.title),
    drawing,
    table,
  );
}

/** Vertical bars along a time axis, with a tick label where `tick` is set (e.g. each January). */
function columns(bars: Bar[], max: number): SVGSVGElement {
  const height = 110;
  const base = 92;
  // At least twelve slots, so that a few months do not make a few huge bars.
  const step = WIDTH / Math.max(12, bars.length);
  const chart = svg("svg", { viewBox: `0 0 ${WIDTH} ${height}`, class: "chart-svg" });
  chart.append(svg("line", { x1: 0, x2: WIDTH, y1: base, y2: base, class: "chart-axis" }));
  for (const [i, bar] of bars.entries()) {
    const barHeight = (bar.value / max) * (base - 8);
    const x = i * step;
    if (bar.value > 0) {
      chart.append(
        svg(
          "rect",
          {
            x: x + step * 0.1,
            y: base - barHeight,
            width: Math.max(0.5, step * 0.8),
            height: barHeight,
            class: "chart-bar",
          },
          svg("title", {}, `${bar.label}: ${formatNumber(bar.value)}`),
        ),
      );
    }
    if (bar.tick) chart.append(svg("text", { x, y: height - 4, class: "chart-tick" }, bar.tick));
  }
  chart.append(svg("text", { x: 0, y: 8, class: "chart-tick" }, formatNumber(max)));
  return chart;
}

/** Horizontal bars, one labelled row each. */
function rows(bars: Bar[], max: number): SVGSVGElement {
  const rowHeight = 18;
  const labelWidth = 150;
  const barSpace = WIDTH - labelWidth - 34;
  const chart = svg("svg", {
    viewBox: `0 0 ${WIDTH} ${Math.max(1, bars.length) * rowHeight}`,
    class: "chart-svg",
  });
  for (const [i, bar] of bars.entries()) {
    const y = i * rowHeight;
    const width = Math.max(1, (bar.value / max) * barSpace);
    chart.append(
      svg(
        "text",
        { x: labelWidth - 6, y: y + 13, class: "chart-label", "text-anchor": "end" },
        truncate(bar.label, 26),
      ),
      svg(
        "rect",
        { x: labelWidth, y: y + 3, width, height: rowHeight - 6, fill: bar.colour ?? "currentColor" },
        svg("title", {}, bar.label),
      ),
      svg("text", { x: labelWidth + width + 4, y: y + 13, class: "chart-value" }, formatNumber(bar.value)),
    );
  }
  return chart;
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
