/**
 * The public reads the API bench measures: the map's first (world) view, a regional view and a
 * filtered one, and the first page of the list, plain and filtered. Each is one URL that can be
 * varied to defeat every cache without changing its query (see withVariant).
 */
export type Scenario = {
  name: string;
  path: "/api/map" | "/api/incidents";
  /** Query parameters as the route receives them (`c.req.queries()`): arrays of strings. */
  params: Record<string, string[]>;
};

const WORLD = "-180,-85,180,85";
const FRANCE = "-5.5,41.2,9.8,51.2";
/** A word the generator puts in ~4% of summaries (a ransomware group's name). */
export const SEARCH_WORD = "lockbit";

export const scenarios: Scenario[] = [
  { name: "map world z2", path: "/api/map", params: { zoom: ["2"], bbox: [WORLD] } },
  { name: "map France z6", path: "/api/map", params: { zoom: ["6"], bbox: [FRANCE] } },
  {
    name: "map ransomware≥2020",
    path: "/api/map",
    params: { zoom: ["2"], bbox: [WORLD], type: ["ransomware"], from: ["2020"] },
  },
  { name: "list first 50", path: "/api/incidents", params: { limit: ["50"] } },
  {
    name: "list FR ransomware",
    path: "/api/incidents",
    params: { limit: ["50"], country: ["FR"], type: ["ransomware"] },
  },
  { name: `list q=${SEARCH_WORD}`, path: "/api/incidents", params: { limit: ["50"], q: [SEARCH_WORD] } },
];

/**
 * The scenario's parameters, with `variant` leading zeros in one number (`limit=00050`,
 * `bbox=-00180,…`): the Cache API key (the URL) is new, while validation turns it into the
 * very same filters, so the SQL and its plan are exactly the production ones. Variant 0 is the
 * unchanged URL, repeated for warm and 304 requests.
 */
export function withVariant(scenario: Scenario, variant: number): Record<string, string[]> {
  const { limit, bbox } = scenario.params;
  const zeros = "0".repeat(variant);
  if (limit?.[0]) return { ...scenario.params, limit: [zeros + limit[0]] };
  if (bbox?.[0]) return { ...scenario.params, bbox: [bbox[0].replace(/^(-?)/, `$1${zeros}`)] };
  throw new Error(`${scenario.name}: no number to vary (give it a limit or a bbox)`);
}

export function urlOf(base: string, scenario: Scenario, variant: number): string {
  const search = new URLSearchParams();
  for (const [name, values] of Object.entries(withVariant(scenario, variant))) {
    for (const value of values) search.append(name, value);
  }
  return `${base}${scenario.path}?${search}`;
}
