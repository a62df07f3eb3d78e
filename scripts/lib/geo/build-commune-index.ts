import type { CommuneIndex } from "../../../worker/domain/geo/insee-commune";
import { ISO_REGION } from "./build-france";

/** A row of @etalab/decoupage-administratif `data/communes.json` (fields we read). */
export interface EtalabCommuneRow {
  code: string;
  type: string;
  departement?: string;
  region?: string;
}

/**
 * The communes (current ones and the municipal arrondissements of Paris, Lyon and Marseille)
 * of every département that has a région, by département: the région is the official one,
 * as ISO 3166-2. Overseas collectivities that are no département (975, 977, 978, 984, 986–989)
 * have none and are left out, as the gazetteer leaves them out.
 */
export function buildCommuneIndex(communes: readonly EtalabCommuneRow[]): CommuneIndex {
  const byDepartement = new Map<string, { region: string; codes: string[] }>();
  for (const commune of communes) {
    if (commune.type !== "commune-actuelle" && commune.type !== "arrondissement-municipal") continue;
    const region = commune.region && ISO_REGION[commune.region];
    if (!commune.departement || !region || !commune.code.startsWith(commune.departement)) continue;
    const entry = byDepartement.get(commune.departement) ?? { region, codes: [] };
    if (entry.region !== region) throw new Error(`département ${commune.departement} in two régions`);
    entry.codes.push(commune.code.slice(commune.departement.length));
    byDepartement.set(commune.departement, entry);
  }
  const departements: CommuneIndex["departements"] = {};
  for (const [code, { region, codes }] of [...byDepartement].sort(([a], [b]) => a.localeCompare(b))) {
    departements[code] = { region, communes: codes.sort().join(" ") };
  }
  return { departements };
}
