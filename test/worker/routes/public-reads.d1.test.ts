import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "../../../worker/db/client";
import { forgetDatasetVersion, heldDatasetVersion, VERSION_TTL_MS } from "../../../worker/db/dataset-version";
import { planRead, runPlan } from "../../../worker/db/read-plan";
import { createSession, createUser } from "../accounts";
import { countD1RoundTrips } from "../d1-counter";
import { createIncidents, freshTag, incidentInput } from "../factories";
import { request } from "../request";

let counter: ReturnType<typeof countD1RoundTrips> | undefined;
afterEach(() => counter?.stop());

/** Counts the D1 round trips of one request through the fetch handler. */
async function tripsOf(path: string, init?: RequestInit) {
  counter = countD1RoundTrips();
  const response = await request(path, init);
  const body = await response.text();
  const trips = counter.count;
  counter.stop();
  return { response, body, trips };
}

describe("public reads and D1 round trips", () => {
  it("answers a 304 within the version's hold without asking D1", async () => {
    const tag = freshTag();
    await createIncidents(incidentInput(tag));
    const first = await request(`/api/incidents?q=${tag}`);
    await first.arrayBuffer();
    const etag = first.headers.get("etag") ?? "";

    const { response, trips } = await tripsOf(`/api/incidents?q=${tag}`, {
      headers: { "if-none-match": etag },
    });
    expect(response.status).toBe(304);
    expect(trips).toBe(0);
  });

  it("answers If-None-Match: * with a 304 without asking D1", async () => {
    await request("/api/meta").then((r) => r.arrayBuffer());
    const { response, trips } = await tripsOf("/api/meta", { headers: { "if-none-match": "*" } });
    expect(response.status).toBe(304);
    expect(trips).toBe(0);
  });

  it("queries D1 on a cache miss, then serves the same URL from the cache with no query", async () => {
    const tag = freshTag();
    await createIncidents(incidentInput(tag));
    const miss = await tripsOf(`/api/map?q=${tag}`);
    expect(miss.response.status).toBe(200);
    expect(miss.trips).toBe(1);

    // The cache put runs in waitUntil; give it a turn of I/O before the second read.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const hit = await tripsOf(`/api/map?q=${tag}`);
    expect(hit.response.status).toBe(200);
    expect(hit.response.headers.get("etag")).toBe(miss.response.headers.get("etag"));
    expect(hit.response.headers.get("server-timing")).toBeNull();
    expect(hit.trips).toBe(0);
  });

  it("shows a write made in this isolate at the next read, with the new version's ETag", async () => {
    const tag = freshTag();
    await createIncidents(incidentInput(tag));
    const before = await request(`/api/incidents?q=${tag}`);
    await before.arrayBuffer();
    const etag = before.headers.get("etag") ?? "";

    await createIncidents(incidentInput(tag));
    const { response, body, trips } = await tripsOf(`/api/incidents?q=${tag}`, {
      headers: { "if-none-match": etag },
    });
    expect(response.status).toBe(200);
    expect(trips).toBe(1);
    const version = Number(before.headers.get("x-dataset-version"));
    expect(response.headers.get("etag")).not.toBe(etag);
    expect(Number(response.headers.get("x-dataset-version"))).toBeGreaterThan(version);
    expect((JSON.parse(body) as { items: unknown[] }).items).toHaveLength(2);
  });

  it("holds the version for VERSION_TTL_MS, and asks D1 again from that moment on", async () => {
    forgetDatasetVersion();
    const db = getDb(env);
    const start = Date.now();
    await heldDatasetVersion(db, start);
    counter = countD1RoundTrips();
    await heldDatasetVersion(db, start + VERSION_TTL_MS - 1);
    expect(counter.count).toBe(0);
    await heldDatasetVersion(db, start + VERSION_TTL_MS);
    expect(counter.count).toBe(1);
  });

  it("answers a 304 with one round trip, the version alone, when the isolate no longer holds it", async () => {
    const tag = freshTag();
    await createIncidents(incidentInput(tag));
    const first = await request(`/api/incidents?q=${tag}`);
    await first.arrayBuffer();

    forgetDatasetVersion();
    const { response, trips } = await tripsOf(`/api/incidents?q=${tag}`, {
      headers: { "if-none-match": first.headers.get("etag") ?? "" },
    });
    expect(response.status).toBe(304);
    expect(trips).toBe(1);
  });
});

describe("a cache miss of each public read costs one D1 round trip", () => {
  /** Paths no earlier request has put in the cache: `n` (1 or 2) varies a harmless parameter. */
  const reads: [string, (tag: string, id: string, n: number) => string][] = [
    ["the incident list", (tag, _, n) => `/api/incidents?q=${tag}&limit=${n}`],
    [
      "the incident list as of an instant",
      (_, __, n) => `/api/incidents?as_of=2030-01-01T00:00:00Z&country=FR&limit=${n}`,
    ],
    ["an incident's record", (tag, id, n) => `/api/incidents/${id}?miss=${tag}${n}`],
    ["the map", (tag, _, n) => `/api/map?q=${tag}&zoom=${n}`],
    ["the stats", (tag, _, n) => `/api/stats?by=${n === 1 ? "country" : "year"}&q=${tag}`],
    ["the regions", (tag, _, n) => `/api/regions?miss=${tag}${n}`],
    ["a country's regions", (tag, _, n) => `/api/regions/FR?miss=${tag}${n}`],
    ["a registry lookup", (tag, _, n) => `/api/lookup?url=https://example.org/${tag}/${n}`],
    [
      "the possible duplicates, with all three signals",
      (tag, _, n) =>
        `/api/duplicates?url=https://example.org/${tag}/${n}&organisation=${tag}&date=2024-01-0${n}&lat=48.1&lon=-1.6`,
    ],
  ];

  for (const [name, pathOf] of reads) {
    it(`asks D1 once for ${name}, holding the version or not`, async () => {
      const tag = freshTag();
      const [input] = await createIncidents(incidentInput(tag));
      const id = input?.id ?? "";

      forgetDatasetVersion();
      const unheld = await tripsOf(pathOf(tag, id, 1));
      expect(unheld.response.status).toBe(200);
      expect(unheld.response.headers.get("server-timing")).toMatch(/^db;dur=/);
      expect(unheld.trips).toBe(1);

      const held = await tripsOf(pathOf(tag, id, 2));
      expect(held.response.status).toBe(200);
      expect(held.response.headers.get("server-timing")).toMatch(/^db;dur=/);
      expect(held.trips).toBe(1);
    });
  }

  it("answers /api/meta from the held version with no round trip, and with one otherwise", async () => {
    const tag = freshTag();
    forgetDatasetVersion();
    const unheld = await tripsOf(`/api/meta?miss=${tag}`);
    expect(unheld.response.status).toBe(200);
    expect(unheld.trips).toBe(1);

    const held = await tripsOf(`/api/meta?miss=${tag}x`);
    expect(held.response.status).toBe(200);
    expect(held.response.headers.get("server-timing")).toMatch(/^db;dur=/);
    expect(held.trips).toBe(0);
  });

  it("answers with the rows of the version it names, read in the same batch", async () => {
    const tag = freshTag();
    await createIncidents(incidentInput(tag));
    forgetDatasetVersion();
    const response = await request(`/api/incidents?q=${tag}`);
    const body = (await response.json()) as { version: number; items: unknown[] };
    expect(body.items).toHaveLength(1);
    expect(response.headers.get("x-dataset-version")).toBe(String(body.version));
  });
});

describe("public reads in a D1 session (read replication)", () => {
  /** A write as another isolate makes it: committed, but this isolate keeps its held version. */
  async function editElsewhere(id: string) {
    // `title_en` is the public English title (`title` keeps a copy of the original, never served).
    await env.DB.prepare("update incidents set title_en = title_en || ' (edited)' where id = ?")
      .bind(id)
      .run();
  }

  it("sends an anonymous reader's read in a first-unconstrained session, which a replica may serve", async () => {
    const tag = freshTag();
    await createIncidents(incidentInput(tag));
    counter = countD1RoundTrips();
    const response = await request(`/api/incidents?q=${tag}`);
    await response.arrayBuffer();
    expect(counter.sessions).toEqual(["first-unconstrained"]);
    expect(counter.count).toBe(1);
  });

  it("shows a signed-in moderator a change made elsewhere at once, from the primary, in one round trip", async () => {
    const tag = freshTag();
    const [input] = await createIncidents(incidentInput(tag));
    // Signed in first: hashing the password is slow on purpose, and the hold is 5 s.
    const cookie = await createSession(await createUser("moderator"));
    const first = await request(`/api/incidents?q=${tag}`);
    await first.arrayBuffer();
    const etag = first.headers.get("etag") ?? "";
    await editElsewhere(input?.id ?? "");

    // Within the hold, this isolate still answers an anonymous reader with the version it holds.
    const anonymous = await tripsOf(`/api/incidents?q=${tag}`, { headers: { "if-none-match": etag } });
    expect(anonymous.response.status).toBe(304);

    counter = countD1RoundTrips();
    const moderator = await request(`/api/incidents?q=${tag}`, {
      headers: { "if-none-match": etag, cookie },
    });
    const body = (await moderator.json()) as { items: { title: string }[] };
    expect(moderator.status).toBe(200);
    expect(body.items.map((item) => item.title)).toEqual([`${input?.title} (edited)`]);
    expect(moderator.headers.get("etag")).not.toBe(etag);
    expect(counter.sessions).toEqual(["first-primary"]);
    expect(counter.count).toBe(1);
  });

  it("answers a signed-in reader's 304 after one round trip to the primary for the version", async () => {
    const tag = freshTag();
    await createIncidents(incidentInput(tag));
    const cookie = await createSession(await createUser("moderator"));
    const first = await request(`/api/map?q=${tag}`, { headers: { cookie } });
    await first.arrayBuffer();

    const { response, trips } = await tripsOf(`/api/map?q=${tag}`, {
      headers: { "if-none-match": first.headers.get("etag") ?? "", cookie },
    });
    expect(response.status).toBe(304);
    expect(trips).toBe(1);
  });
});

describe("a read plan without statements", () => {
  it("finishes on no results, without a round trip", async () => {
    counter = countD1RoundTrips();
    const results = await runPlan(
      getDb(env),
      planRead([] as const, (rows) => rows),
    );
    expect(results).toEqual([]);
    expect(counter.count).toBe(0);
  });
});
