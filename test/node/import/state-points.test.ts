import { describe, expect, it } from "vitest";
import { createFsBoundarySource, readWorldTopology } from "../../../scripts/lib/fs-boundary-source";
import { loadStatePoints } from "../../../scripts/lib/import/state-points";
import { locatePoint } from "../../../worker/domain/geo/locate";

describe("the point of each US state", () => {
  it("locates back to its own state, for all 50 states and DC, and to the country for US and PR", async () => {
    const boundaries = createFsBoundarySource();
    const points = await loadStatePoints(boundaries, await readWorldTopology());
    const states = [...points.keys()].filter((code) => code.startsWith("US-"));
    expect(states).toHaveLength(51);
    const wrong: string[] = [];
    for (const [code, point] of points) {
      const place = await locatePoint(point, boundaries);
      const got = code.startsWith("US-") ? place.subdivision : place.country;
      if (got !== code) wrong.push(`${code} → ${got}`);
    }
    expect(wrong).toEqual([]);
  });
});
