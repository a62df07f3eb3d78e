/**
 * A point inside each US state (and the country for records without a state), from the same
 * bundled boundaries that locate every incident (countries: the drawn world map, `world`): the pole of inaccessibility of the state's
 * largest polygon, far from any border, so that locating it gives the state back.
 */
import polylabel from "polylabel";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { BoundarySource } from "../../../worker/domain/geo/boundary-source";
import { locatePoint } from "../../../worker/domain/geo/locate";

export type StatePoint = { latitude: number; longitude: number };

type Polygonal = GeoJSON.Polygon | GeoJSON.MultiPolygon;

/** Candidates, best first: the pole of inaccessibility, then the mean of the outline's vertices. */
function interiorPoints(geometry: Polygonal): StatePoint[] {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const area = (ring: GeoJSON.Position[]) =>
    Math.abs(
      ring.reduce((sum, [x = 0, y = 0], i) => {
        const [nx = 0, ny = 0] = ring[(i + 1) % ring.length] ?? [];
        return sum + x * ny - nx * y;
      }, 0),
    );
  const largest = polygons.reduce((best, polygon) =>
    area(polygon[0] ?? []) > area(best[0] ?? []) ? polygon : best,
  );
  const round = ([longitude = 0, latitude = 0]: GeoJSON.Position) => ({
    latitude: Math.round(latitude * 1e4) / 1e4,
    longitude: Math.round(longitude * 1e4) / 1e4,
  });
  const outline = largest[0] ?? [];
  const mean = outline.reduce<[number, number]>(
    ([x, y], [px = 0, py = 0]) => [x + px / outline.length, y + py / outline.length],
    [0, 0],
  );
  return [round(polylabel(largest as [number, number][][], 0.01)), round(mean)];
}

/**
 * The first candidate that point location puts back in `code` (a state, or a country): the
 * bundled shapes are coarse, and near the antimeridian a point of western Alaska is given to
 * Russia, so a candidate is kept only once it is proven.
 */
async function provenPoint(
  code: string,
  geometry: Polygonal,
  boundaries: BoundarySource,
): Promise<StatePoint | null> {
  for (const point of interiorPoints(geometry)) {
    const place = await locatePoint(point, boundaries);
    if ((code.includes("-") ? place.subdivision : place.country) === code) return point;
  }
  return null;
}

/** `US-CA` → a point in California; `US` → a point in the contiguous United States; `PR` too. */
export async function loadStatePoints(
  boundaries: BoundarySource,
  world: Topology,
): Promise<Map<string, StatePoint>> {
  const points = new Map<string, StatePoint>();
  const states = await boundaries.subdivisions("US");
  if (states) {
    const collection = feature(states, states.objects.subdivisions as GeometryCollection<{ code: string }>);
    for (const state of collection.features) {
      const point = await provenPoint(state.properties.code, state.geometry as Polygonal, boundaries);
      if (point) points.set(state.properties.code, point);
    }
  }
  const countries = feature(world, world.objects.countries as GeometryCollection<{ code?: string }>);
  for (const country of countries.features) {
    const code = country.properties?.code ?? String(country.id ?? "");
    if (code !== "US" && code !== "PR") continue;
    const point = await provenPoint(code, country.geometry as Polygonal, boundaries);
    if (point) points.set(code, point);
  }
  return points;
}
