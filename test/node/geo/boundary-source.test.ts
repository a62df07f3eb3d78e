import type { Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { boundarySourceFrom, type TopologyCache } from "../../../worker/domain/geo/boundary-source";

/** An empty topology: each call makes a distinct object, so that a test can tell which file it came from. */
const topology = (): Topology => ({ type: "Topology", arcs: [], objects: {} });

/** A reader serving the files given, recording every path asked for. */
function reader(files: Record<string, Topology>) {
  const paths: string[] = [];
  const read = async (path: string) => {
    paths.push(path);
    return files[path] ?? null;
  };
  return { paths, read };
}

describe("the boundaries read from the generated files", () => {
  it("takes a country's location boundaries when it has some", async () => {
    const france = topology();
    const { paths, read } = reader({ "locate/FR.json": france, "subdivisions/FR.json": topology() });
    expect(await boundarySourceFrom(read, new Map()).subdivisions("FR")).toBe(france);
    expect(paths).toEqual(["locate/FR.json"]);
  });

  it("falls back to a country's drawn subdivisions, and to null when it has neither", async () => {
    const germany = topology();
    const { paths, read } = reader({ "subdivisions/DE.json": germany });
    const source = boundarySourceFrom(read, new Map());
    expect(await source.subdivisions("DE")).toBe(germany);
    expect(await source.subdivisions("XK")).toBeNull();
    expect(paths).toEqual([
      "locate/DE.json",
      "subdivisions/DE.json",
      "locate/XK.json",
      "subdivisions/XK.json",
    ]);
  });

  it("reads nothing for a code that is not two capital letters", async () => {
    const { paths, read } = reader({});
    const source = boundarySourceFrom(read, new Map());
    for (const code of ["fr", "F", "FRA", "../FR", "F1", "FR/", " FR"])
      expect(await source.subdivisions(code), code).toBeNull();
    expect(paths).toEqual([]);
  });

  it("reads the communes of France from their own file", async () => {
    const communes = { departements: { "40": { region: "FR-NAQ", communes: "088" } } };
    const { paths, read } = reader({ "locate/FR-communes.json": communes as unknown as Topology });
    expect(await boundarySourceFrom(read, new Map()).communes()).toBe(communes);
    expect(paths).toEqual(["locate/FR-communes.json"]);
  });

  it("reads each file once per cache, for every source sharing it", async () => {
    const { paths, read } = reader({ "locate/FR.json": topology() });
    const cache: TopologyCache = new Map();
    const [first, second] = await Promise.all([
      boundarySourceFrom(read, cache).subdivisions("FR"),
      boundarySourceFrom(read, cache).subdivisions("FR"),
    ]);
    expect(await boundarySourceFrom(read, cache).subdivisions("FR")).toBe(first);
    expect(second).toBe(first);
    expect(paths).toEqual(["locate/FR.json"]);
    expect([...cache.keys()]).toEqual(["locate/FR.json"]);
  });

  it("forgets a failed read, so that the next call tries again", async () => {
    const france = topology();
    let failures = 1;
    const paths: string[] = [];
    const read = async (path: string) => {
      paths.push(path);
      if (failures-- > 0) throw new Error("disk unavailable");
      return france;
    };
    const cache: TopologyCache = new Map();
    const source = boundarySourceFrom(read, cache);
    await expect(source.subdivisions("FR")).rejects.toThrow("disk unavailable");
    expect(cache.size).toBe(0);
    expect(await source.subdivisions("FR")).toBe(france);
    expect(paths).toEqual(["locate/FR.json", "locate/FR.json"]);
  });
});
