// Preloads the default view's /api/map (no filter, no position in the URL) as soon as the page
// starts, before the app's bundle has loaded. A plain script in public/, not bundled: it must run
// before the bundle. The URL must be exactly the app's own (web/src/map/viewport.ts
// `requestBbox`, web/src/map/map-view.ts `defaultPosition`, web/src/api/client.ts `fetchMap`):
// test/browser/first-view.test.ts fails if the app asks again instead of reusing it.
(() => {
  const keys = [...new URLSearchParams(window.location.search).keys()];
  if (keys.some((key) => key !== "lang")) return;
  const zoom = window.innerWidth < 500 ? 1 : 2;
  const link = document.createElement("link");
  link.rel = "preload";
  link.as = "fetch";
  link.crossOrigin = "anonymous";
  link.href = `/api/map?bbox=-180%2C-90%2C180%2C90&zoom=${zoom}`;
  document.head.append(link);
})();
