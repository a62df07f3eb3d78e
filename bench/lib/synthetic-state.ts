/**
 * A wrangler local state directory holding N synthetic incidents, for `wrangler dev
 * --persist-to <dir>`. Building one (migrations by wrangler itself, then a bulk insert) is cached
 * under bench/.cache per N, keyed by the migrations, the boundaries, the generator and the
 * position source, so a rerun only copies it.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { insertSyntheticIncidents } from "./bulk-insert";
import { DEFAULT_SHARED_DATA, loadPositionSource } from "./positions";
import { GENERATOR_VERSION, generateIncidents } from "./synthetic-incidents";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CACHE_DIR = join(ROOT, "bench/.cache");
const D1_DIR = "v3/d1/miniflare-D1DatabaseObject";
const SEED = 20210209;

export type SyntheticState = {
  n: number;
  /** The state directory to pass to `wrangler dev --persist-to`. */
  dir: string;
  /** The D1 database file inside it, for better-sqlite3 baselines. */
  sqliteFile: string;
  /** How long building took, when it was built (not from cache); else the cached build's time. */
  buildMs: number;
  fromCache: boolean;
};

/**
 * Fills `dir` (absent or empty) with a local state of `n` synthetic incidents.
 *
 * @example
 * const state = await buildSyntheticState(100_000, mkdtempSync(join(tmpdir(), "bench-")));
 * // then: wrangler dev --persist-to state.dir
 */
export async function buildSyntheticState(
  n: number,
  dir: string,
  dataDir = DEFAULT_SHARED_DATA,
): Promise<SyntheticState> {
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new Error(`${dir} is not empty`);
  const cached = join(CACHE_DIR, `state-${n}-${cacheKey(dataDir)}`);
  const fromCache = existsSync(join(cached, "build.json"));
  if (!fromCache) await buildInto(cached, n, dataDir);
  const { buildMs } = JSON.parse(readFileSync(join(cached, "build.json"), "utf8")) as { buildMs: number };
  // A copy per run: wrangler dev writes to its state (Cache API entries among others), and a
  // cached answer left by a previous run would make a "cold" request warm.
  cpSync(join(cached, "v3"), join(dir, "v3"), { recursive: true });
  return { n, dir, sqliteFile: findDatabaseFile(dir), buildMs, fromCache };
}

async function buildInto(target: string, n: number, dataDir: string): Promise<void> {
  const start = performance.now();
  // Per process, so that two benches building the same N at once do not clobber each other.
  const building = `${target}.building-${process.pid}`;
  mkdirSync(building, { recursive: true });
  execFileSync(
    join(ROOT, "node_modules/.bin/wrangler"),
    ["d1", "migrations", "apply", "DB", "--local", "--persist-to", building],
    { cwd: ROOT, stdio: "pipe", env: { ...process.env, CI: "true" } },
  );
  const inputs = generateIncidents(n, SEED, loadPositionSource(dataDir));
  const generateMs = performance.now() - start;
  const timings = await insertSyntheticIncidents(findDatabaseFile(building), inputs);
  const buildMs = performance.now() - start;
  writeFileSync(
    join(building, "build.json"),
    JSON.stringify({ n, buildMs, generateMs, ...timings }, null, 2),
  );
  // Only complete builds get the final name: an interrupted one is never mistaken for a cache.
  if (existsSync(target)) rmSync(building, { recursive: true, force: true });
  else renameSync(building, target);
  // Builds of this N for older migrations or generators will not be used again (~370 MB each).
  for (const stale of readdirSync(CACHE_DIR)) {
    if (
      stale.startsWith(`state-${n}-`) &&
      /^state-\d+-[0-9a-f]{12}$/.test(stale) &&
      join(CACHE_DIR, stale) !== target
    ) {
      rmSync(join(CACHE_DIR, stale), { recursive: true, force: true });
    }
  }
  console.log(
    `built ${n} incidents in ${(buildMs / 1000).toFixed(1)} s (migrate+generate ${(generateMs / 1000).toFixed(1)} s, ` +
      `locate ${(timings.locateMs / 1000).toFixed(1)} s for ${timings.distinctPlaces} places, insert ${(timings.insertMs / 1000).toFixed(1)} s)`,
  );
}

/** The database miniflare created for the DB binding (not its metadata.sqlite). */
export function findDatabaseFile(stateDir: string): string {
  const dir = join(stateDir, D1_DIR);
  const files = readdirSync(dir).filter((f) => f.endsWith(".sqlite") && f !== "metadata.sqlite");
  if (files.length !== 1) throw new Error(`expected one D1 database in ${dir}, found ${files.length}`);
  return join(dir, files[0] as string);
}

/**
 * What the built data depends on, besides the generator version and the position source. The
 * generator's own files are hashed too, as a safety net for a forgotten GENERATOR_VERSION bump.
 */
const INPUTS = [
  "drizzle",
  "web/public/geo",
  "worker/domain/geo",
  "worker/db/writes/incident-rows.ts",
  ...["synthetic-incidents", "synthetic-mix", "positions", "prng", "bulk-insert"].map(
    (f) => `bench/lib/${f}.ts`,
  ),
];

function cacheKey(dataDir: string): string {
  if (!existsSync(join(ROOT, "web/public/geo/world-50m.json"))) {
    throw new Error("web/public/geo is missing: run `npm run build:geo` first");
  }
  const hash = createHash("sha256");
  hash.update(
    `generator ${GENERATOR_VERSION}; positions ${existsSync(join(dataDir, "hospitals-eurostat"))}\n`,
  );
  for (const input of INPUTS) {
    const path = join(ROOT, input);
    const files = statSync(path).isDirectory()
      ? readdirSync(path, { recursive: true, encoding: "utf8" }).map((file) => join(path, file))
      : [path];
    for (const file of files.sort()) {
      if (statSync(file).isFile()) hash.update(relative(ROOT, file)).update(readFileSync(file));
    }
  }
  return hash.digest("hex").slice(0, 12);
}
