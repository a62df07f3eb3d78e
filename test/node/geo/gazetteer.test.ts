import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createFsBoundarySource, DEFAULT_GEO_DIR } from "../../../scripts/lib/fs-boundary-source";
import type { GazetteerFile, GazetteerRow } from "../../../web/src/report/place/gazetteer-format";
import { locatePoint } from "../../../worker/domain/geo/locate";

const { places } = JSON.parse(readFileSync(join(DEFAULT_GEO_DIR, "gazetteer.json"), "utf8")) as GazetteerFile;
const find = (code: string) => places.find((row) => row[1] === code) as GazetteerRow;
const source = createFsBoundarySource();

describe("geo/gazetteer.json", () => {
  it("names countries in English and French, and French communes by their INSEE code", () => {
    expect(find("DE").slice(0, 3)).toEqual(["c", "DE", "Germany"]);
    expect(find("DE")[6]).toBe("Allemagne");
    expect(find("40088").slice(0, 3)).toEqual(["m", "40088", "Dax"]);
    expect(find("75056").slice(0, 3)).toEqual(["m", "75056", "Paris"]);
    expect(find("FR-2A")).toEqual(expect.arrayContaining(["s", "FR-2A", "Corse-du-Sud", "FR"]));
  });

  it("holds every French région and département and thousands of communes", () => {
    const french = places.filter((row) => row[0] === "s" && row[5] === "FR");
    expect(french).toHaveLength(18 + 101);
    expect(places.filter((row) => row[0] === "m").length).toBeGreaterThan(8000);
  });

  it.each([
    ["40088", { country: "FR", department: "40" }],
    ["75056", { country: "FR", department: "75" }],
    ["97411", { country: "FR", department: "974" }],
    ["FR-2A", { country: "FR", department: "2A" }],
    ["FR-ARA", { country: "FR", subdivision: "FR-ARA" }],
    ["DE-BE", { country: "DE", subdivision: "DE-BE" }],
    ["FR", { country: "FR" }],
    ["CL", { country: "CL" }],
  ])("gives %s a point the server locates inside it", async (code, expected) => {
    const [, , , latitude, longitude] = find(code);
    expect(await locatePoint({ latitude, longitude }, source)).toMatchObject(expected);
  });
});
