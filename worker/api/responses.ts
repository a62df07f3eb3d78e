/**
 * The JSON bodies of the public API: the contract the web client (type-only imports) and
 * researchers rely on. Routes are typed against these, so a change here is a change there.
 */
import type { PossibleDuplicate } from "../domain/duplicates/possible-duplicate";
import type { enumerations, Label, ReportKind } from "../domain/enums";
import type { LookupMatch } from "../domain/lookup-match";
import type { MapData } from "../domain/map-data";
import type { IncidentSummary } from "../domain/public-incident";
import type { StatsDimension, StatsGroup } from "../domain/stats";

export type Versioned<T> = T & { version: number };

export type IncidentPage = Versioned<{ items: IncidentSummary[]; nextCursor: string | null }>;
export type MapResponse = Versioned<MapData>;
export type StatsResponse = Versioned<{ by: StatsDimension; groups: StatsGroup[] }>;

type Enumerations = typeof enumerations;
export type EnumerationName = keyof Enumerations;
export type EnumerationKey<N extends EnumerationName> = Enumerations[N]["keys"][number];

export type MetaResponse = {
  name: string;
  version: number;
  updatedAt: string;
  licence: { id: string; name: string; url: string };
  citation: string;
  languages: string[];
  enumerations: { [N in EnumerationName]: { key: EnumerationKey<N>; label: Label }[] };
};

export type NamedCount = { code: string; name: Label; count: number };

export type RegionsResponse = Versioned<{ countries: (NamedCount & { subdivisions: NamedCount[] })[] }>;

export type CountryRegionsResponse = Versioned<{
  country: { code: string; name: Label };
  subdivisions: NamedCount[];
  departements?: (NamedCount & { region: string })[];
}>;

/** `GET /api/duplicates`: the most signals first. */
export type DuplicatesResponse = Versioned<{ items: PossibleDuplicate[] }>;

/** `GET /api/lookup`: the incidents that cite the URL or carry the registry reference. */
export type LookupResponse = Versioned<{ matches: (LookupMatch & { api: string; page: string })[] }>;

/** `POST /api/reports` → 202. `statusUrl` carries the status token in its fragment, never sent to a server. */
export type ReportAccepted = { id: string; status: "pending"; statusUrl: string };

/** `GET /api/reports/:id/status` with the bearer token: the outcome, never who decided it. */
export type ReportStatusResponse = {
  id: string;
  kind: ReportKind;
  status: EnumerationKey<"reportStatus">;
  incidentId: string | null;
  reason: string | null;
  submittedAt: string;
  decidedAt: string | null;
};
