/** The browser bench's samples reduced to the figures it reports (median, p95, phases). */
import type { FirstDraw } from "./browser-page";
import type { RedrawSample, RefetchSample } from "./browser-redraw";
import type { FirstPaintResult, RedrawResult } from "./browser-report";
import { summarize } from "./stats";

const median = (values: number[]) => summarize(values).median;

export function summarizeFirst(label: string, runs: FirstDraw[]): FirstPaintResult {
  const at = (pick: (f: FirstDraw) => number | undefined) => median(runs.map((f) => pick(f) ?? Number.NaN));
  return {
    label,
    drawn: summarize(runs.map((f) => f.drawnMs)),
    painted: summarize(runs.map((f) => f.paintedMs)),
    samples: runs.map((f) => f.drawnMs),
    phases: {
      DOMContentLoaded: at((f) => f.domContentLoaded),
      "meta end": at((f) => f.meta?.end),
      "map sent": at((f) => f.mapRequest?.start),
      "map 1st byte": at((f) => f.mapRequest?.responseStart),
      "map end": at((f) => f.mapRequest?.end),
      "map end→drawn": at((f) => f.drawnMs - (f.mapRequest?.end ?? Number.NaN)),
      "geo end": at((f) => f.boundaries?.end),
    },
    detail: runs[0]?.detail as FirstDraw["detail"],
  };
}

export function summarizeRedraw(label: string, samples: (RedrawSample | RefetchSample)[]): RedrawResult {
  const details = samples.flatMap((s) =>
    "detail" in s
      ? [`${s.detail.mode} ${s.detail.total}${s.detail.source ? ` (${s.detail.source})` : ""}`]
      : [],
  );
  const painted = samples.flatMap((s) => ("paintedMs" in s ? [s.paintedMs] : []));
  return {
    label,
    ms: summarize(samples.map((s) => s.ms)),
    syncMs: summarize(samples.map((s) => s.syncMs)),
    samples: samples.map((s) => s.ms),
    detail: details.length
      ? `painted at ${Math.round(median(painted))} ms; drawn ${details.join(", ")}`
      : "no request",
  };
}
