import { locateIncident, unknownCommuneDetail } from "../domain/geo/locate-incident";
import { type AssetFetcher, createAssetBoundarySource } from "../geo/asset-boundary-source";
import { ApiError } from "../lib/problem";

/**
 * Refuses a report naming a commune by an INSEE code that no commune of a French département
 * has (the schema already refused a malformed one): publishing it could only fail later.
 */
export async function refuseUnknownCommune(
  incident: { inseeCode?: string | null; latitude: number; longitude: number },
  assets: AssetFetcher,
): Promise<void> {
  // Stryker disable next-line ConditionalExpression: equivalent, see stryker-equivalent.md
  if (!incident.inseeCode) return;
  const located = await locateIncident(incident, createAssetBoundarySource(assets));
  if (located.kind === "located") return;
  throw new ApiError("unprocessable_content", "Check these fields: incident/inseeCode.", [
    { pointer: "/incident/inseeCode", detail: unknownCommuneDetail },
  ]);
}
