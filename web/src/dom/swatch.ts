import { svg } from "./h";

/** A small coloured disc beside a label; decorative, the label says what it means. */
export function swatch(colour: string): SVGSVGElement {
  return svg(
    "svg",
    { viewBox: "0 0 12 12", class: "swatch", "aria-hidden": "true", focusable: "false" },
    svg("circle", { cx: 6, cy: 6, r: 5, fill: colour }),
  );
}
