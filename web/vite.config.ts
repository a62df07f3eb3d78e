import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const page = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  resolve: {
    // Leaflet's package points at its UMD build; its ES module build lets the bundler drop
    // what the page does not import and sets no global `L`.
    alias: [{ find: /^leaflet$/, replacement: "leaflet/dist/leaflet-src.esm.js" }],
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    assetsInlineLimit: 0,
    // One page per entry, each loading only its own code: the report form's (zod, the PII
    // guard, the gazetteer search) and the moderation console's never reach the map page,
    // whose JavaScript budget is 100 KB gzipped.
    rollupOptions: {
      input: {
        map: page("index.html"),
        report: page("report/index.html"),
        status: page("report/status.html"),
        data: page("data/index.html"),
        moderation: page("moderation/index.html"),
      },
    },
  },
});
