import { locatePoint } from "../domain/geo/locate";
import { type IncidentInput, incidentInput } from "../domain/incident-input";
import { buildIncidentRows } from "../domain/incident-rows";
import { createAssetBoundarySource } from "../geo/asset-boundary-source";
import { parseOrThrow } from "../lib/validation";
import type { Db } from "./client";
import { insertIncident } from "./incident-writes";

/**
 * Validates, locates and stores a new published incident: the one write path of the Worker.
 * Country, subdivision and département are derived from the point here, never taken from input.
 */
export async function createIncident(db: Db, assets: Fetcher, input: IncidentInput): Promise<void> {
  const valid = parseOrThrow(incidentInput, input, "unprocessable_content");
  const place = await locatePoint(valid, createAssetBoundarySource(assets));
  await insertIncident(db, buildIncidentRows(valid, place));
}
