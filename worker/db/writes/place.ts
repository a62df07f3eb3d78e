import type { BoundarySource } from "../../domain/geo/boundary-source";
import type { PointLocation } from "../../domain/geo/locate";
import { locateIncident, unknownCommuneDetail } from "../../domain/geo/locate-incident";
import { WriteError } from "../../domain/write-errors";

/** The incident's place (`locateIncident`), or `invalid_input` on `/inseeCode` for an unknown commune. */
export async function placeOf(
  incident: Parameters<typeof locateIncident>[0],
  boundaries: BoundarySource,
): Promise<PointLocation> {
  const located = await locateIncident(incident, boundaries);
  if (located.kind === "located") return located.place;
  throw new WriteError("invalid_input", "Check these fields: inseeCode.", [
    { pointer: "/inseeCode", detail: unknownCommuneDetail },
  ]);
}
