/** What the HHS import tests share: the places they locate by, and one portal row as mapped. */
import { type HhsRecord, mapHhsRow } from "../../../scripts/lib/import/hhs-record";

export const points = new Map([
  ["US-NY", { latitude: 42.9, longitude: -75.5 }],
  ["US", { latitude: 39.1, longitude: -98.1 }],
]);

export function hhsRecord(name: string, overrides: Record<string, string> = {}): HhsRecord {
  const mapped = mapHhsRow({
    "Name of Covered Entity": name,
    State: "NY",
    "Covered Entity Type": "Healthcare Provider",
    "Individuals Affected": "1500",
    "Breach Submission Date": "03/10/2022",
    "Type of Breach": "Hacking/IT Incident",
    "Location of Breached Information": "Network Server",
    "Business Associate Present": "No",
    "Web Description": "",
    ...overrides,
  });
  if (!mapped.ok) throw new Error(mapped.reason);
  return mapped.record;
}
