// The bare baseline of the first paint: Leaflet as a page would use it, the same boundaries as
// the app (/geo/world.json), drawn as Leaflet draws by default, and none of the app's code.
// It marks `map-base-drawn` and `map-data-drawn` as the app does, so the bench reads both the
// same way.
(async () => {
  const map = L.map("map", { center: [40, -35], zoom: 2 });
  const topology = await (await fetch("/geo/world.json")).json();
  const countries = topojson.feature(topology, topology.objects.countries);
  L.geoJSON(countries, {
    style: { color: "#9aa5b1", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 },
  }).addTo(map);
  performance.mark("map-base-drawn");
  performance.mark("map-data-drawn", {
    detail: { mode: "baseline", total: countries.features.length, clusterer: "none" },
  });
})();
