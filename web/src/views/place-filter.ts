/**
 * The place filter without the map: a country, then one of its regions (for France, régions
 * and départements), the same filters a click on the regions map sets.
 */
import { fetchStats } from "../api/client";
import { afterFirstView } from "../api/early";
import { h, replaceChildren } from "../dom/h";
import { countryName } from "../i18n/format";
import { localeOf, t } from "../i18n/i18n";
import { type Areas, loadSubdivisions } from "../map/geo-data";
import { emptyFilters, type Filters } from "../state/filters";
import { selectField } from "./filter-fields";

let countriesWithIncidents: Promise<string[]> | null = null;

/** Every country that has incidents, once per page: the list is short and changes rarely. */
function loadCountryCodes(): Promise<string[]> {
  countriesWithIncidents ??= afterFirstView
    .then(() => fetchStats("country", emptyFilters()))
    .then(({ groups }) => groups.map((g) => g.key))
    .catch(() => {
      countriesWithIncidents = null;
      return [];
    });
  return countriesWithIncidents;
}

export function placeFields(
  filters: Filters,
  onChange: (place: Pick<Filters, "country" | "subdivision">) => void,
) {
  const country = selectField("f-country", t("country"));
  const subdivision = selectField("f-subdivision", t("subdivision"));
  subdivision.field.hidden = !filters.country;
  country.select.addEventListener("change", () =>
    onChange({ country: country.select.value || undefined, subdivision: undefined }),
  );
  subdivision.select.addEventListener("change", () =>
    onChange({
      country: country.select.value || undefined,
      subdivision: subdivision.select.value || undefined,
    }),
  );
  void fillCountries(country.select, filters.country);
  if (filters.country) void fillSubdivisions(subdivision.select, filters.country, filters.subdivision);
  return h("fieldset", { class: "place" }, h("legend", {}, t("place")), country.field, subdivision.field);
}

async function fillCountries(select: HTMLSelectElement, selected: string | undefined): Promise<void> {
  const codes = await loadCountryCodes();
  if (selected && !codes.includes(selected)) codes.push(selected);
  const named = codes.map((code) => ({ code, name: countryName(code) }));
  named.sort((a, b) => a.name.localeCompare(b.name, localeOf()));
  replaceChildren(
    select,
    h("option", { value: "" }, t("anyCountry")),
    ...named.map(({ code, name }) => h("option", { value: code, selected: code === selected }, name)),
  );
}

async function fillSubdivisions(select: HTMLSelectElement, country: string, selected: string | undefined) {
  const france = country === "FR";
  const [regions, departements] = await Promise.all([
    loadSubdivisions(country, france ? "regions" : "subdivisions"),
    france ? loadSubdivisions("FR", "departements") : Promise.resolve(null),
  ]);
  const options = (areas: Areas | null, prefix: string) =>
    (areas?.features ?? [])
      .map((f) => ({ code: `${prefix}${f.properties.code}`, name: f.properties.name ?? f.properties.code }))
      .sort((a, b) => a.name.localeCompare(b.name, localeOf()))
      .map(({ code, name }) => h("option", { value: code, selected: code === selected }, name));
  const groups = france
    ? [
        h("optgroup", { label: t("regionsGroup") }, ...options(regions, "")),
        h("optgroup", { label: t("departementsGroup") }, ...options(departements, "FR-")),
      ]
    : options(regions, "");
  replaceChildren(select, h("option", { value: "" }, t("anySubdivision")), ...groups);
}
