// Asks for what the first view needs as soon as the page starts, before the app's bundle has
// loaded, and reads and parses each answer meanwhile: the app takes them whole from
// web/src/api/early.ts instead of asking again. A plain script in public/, not bundled: it must
// run before the bundle. The map's URL must be exactly the app's own (web/src/map/viewport.ts
// `requestBbox`, web/src/map/map-view.ts `defaultPosition`, web/src/api/client.ts `fetchMap`):
// test/browser/first-view.test.ts fails if the app asks again instead of reusing it.
//
// Not `<link rel=preload>`, as before: a preloaded answer reached the app only when the app
// asked for it, and reading its body then took another 25-70 ms while the page's main thread
// sat idle (the browser bench's trace, 10k incidents). Read here, it is ready before the app is.
(() => {
  const early = new Map();
  window.__healthbreachEarly = early;
  const ask = (url) => {
    // An answer as web/src/api/early.ts `readAnswer` makes it.
    const answer = fetch(url).then(async (response) => ({
      ok: response.ok,
      status: response.status,
      body: (response.headers.get("content-type") ?? "").includes("json")
        ? await response.json().catch(() => null)
        : null,
    }));
    // The app reports a failure when it takes the answer; one never taken is not an error.
    answer.catch(() => undefined);
    early.set(url, answer);
  };
  ask("/api/meta");
  ask("/geo/world.json");
  const keys = [...new URLSearchParams(window.location.search).keys()];
  if (!keys.some((key) => key !== "lang")) {
    const zoom = window.innerWidth < 500 ? 1 : 2;
    ask(`/api/map?bbox=-180%2C-90%2C180%2C90&zoom=${zoom}`);
  }
  // Loads the browser's number formatting data (ICU) while the bundle loads: the page's first
  // Intl.NumberFormat, whatever its locale, took 8-9 ms of the task that draws the first map
  // (CPU profile, 10k incidents); the app's own ones then cost 2 ms in all. After the requests:
  // before them, it delayed each one by as much (20-40 ms on a loaded machine).
  new Intl.NumberFormat().format(1);
})();
