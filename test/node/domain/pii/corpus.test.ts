import { describe, expect, it } from "vitest";
import sample from "../../../../worker/db/sample/incidents.json";
import { findPersonalData, scanForPersonalData } from "../../../../worker/domain/pii";
import { negatives, positives } from "./corpus";

const sampleIncidents = sample as ReadonlyArray<{ id: string }>;
const sampleStrings = sampleIncidents.flatMap((incident) => stringsIn(incident));

function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}

function percent(part: number, whole: number): string {
  return `${((100 * part) / whole).toFixed(1)}%`;
}

const caught = positives.filter(([text, kind]) => findPersonalData(text) === kind).length;
const cleanTexts = [...negatives, ...sampleStrings];
const flagged = cleanTexts.filter((text) => findPersonalData(text) !== null).length;

describe("the personal-data guard on its corpora", () => {
  it(`catches ${caught} of ${positives.length} positive cases (catch rate ${percent(caught, positives.length)})`, () => {
    expect(positives.length).toBeGreaterThanOrEqual(40);
    expect(caught).toBe(positives.length);
  });

  it(`flags ${flagged} of ${cleanTexts.length} clean texts: ${negatives.length} negative cases and every string of ${sampleIncidents.length} sample incidents (false-positive rate ${percent(flagged, cleanTexts.length)})`, () => {
    expect(negatives.length).toBeGreaterThanOrEqual(40);
    expect(flagged).toBe(0);
  });

  it.each(positives)("refuses %j as %s", (text, kind) => {
    expect(findPersonalData(text)).toBe(kind);
  });

  it.each(negatives)("lets %j pass", (text) => {
    expect(findPersonalData(text)).toBeNull();
  });

  it.each(sampleIncidents.map((incident) => [incident.id, incident] as const))(
    "lets every field of the sample incident %s pass",
    (_id, incident) => {
      expect(scanForPersonalData(incident)).toEqual([]);
    },
  );
});
