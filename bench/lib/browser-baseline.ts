/**
 * The bare baseline page (bench/baseline/: Leaflet, topojson-client and the app's own
 * boundaries, none of the app's code), copied into web/dist for the run so that the same
 * wrangler dev serves it as it serves the app, and removed after.
 */
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./synthetic-state";

export const BASELINE_PATH = "/bench-baseline/";

export function installBaselinePage(): { remove: () => void } {
  const dir = join(ROOT, "web/dist", BASELINE_PATH);
  mkdirSync(dir, { recursive: true });
  const files: [string, string][] = [
    ["bench/baseline/index.html", "index.html"],
    ["bench/baseline/baseline.js", "baseline.js"],
    ["bench/baseline/baseline.css", "baseline.css"],
    ["node_modules/leaflet/dist/leaflet.js", "leaflet.js"],
    ["node_modules/leaflet/dist/leaflet.css", "leaflet.css"],
    ["node_modules/topojson-client/dist/topojson-client.min.js", "topojson-client.min.js"],
  ];
  for (const [from, to] of files) copyFileSync(join(ROOT, from), join(dir, to));
  return { remove: () => rmSync(dir, { recursive: true, force: true }) };
}
