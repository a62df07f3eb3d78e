import { describe, expect, it } from "vitest";
import { createSession, createUser } from "../accounts";
import { createIncidents, freshTag, incidentInput } from "../factories";
import { request } from "../request";

async function currentEtag(path: string): Promise<string> {
  const response = await request(path);
  expect(response.status).toBe(200);
  return response.headers.get("etag") ?? "";
}

describe("conditional public reads (If-None-Match)", () => {
  it("answer 304 to *, to the current tag strong or weak, and to a list that holds it", async () => {
    const tag = freshTag();
    await createIncidents(incidentInput(tag));
    const path = `/api/incidents?q=${tag}`;
    const etag = await currentEtag(path);
    const strong = etag.replace(/^W\//, "");
    for (const header of ["*", " * ", etag, strong, `"stale", ${etag}`, `W/"0",${strong}`]) {
      const response = await request(path, { headers: { "if-none-match": header } });
      expect(response.status, header).toBe(304);
      expect(response.headers.get("etag")).toBe(etag);
    }
  });

  it("answer 200 with the body to a stale, empty or foreign tag", async () => {
    const tag = freshTag();
    await createIncidents(incidentInput(tag));
    const path = `/api/incidents?q=${tag}`;
    const etag = await currentEtag(path);
    const version = Number(etag.match(/\d+/)?.[0]);
    for (const header of [
      `W/"${version - 1}"`,
      `W/"${version + 1}"`,
      `"${version}0"`,
      `"W/${version}"`,
      "",
      "W/*",
    ]) {
      const response = await request(path, { headers: { "if-none-match": header } });
      expect(response.status, header).toBe(200);
      expect(((await response.json()) as { items: unknown[] }).items).toHaveLength(1);
    }
  });

  it("serve the same body from the edge cache for the same version, and a fresh one after a write", async () => {
    const tag = freshTag();
    await createIncidents(incidentInput(tag));
    const path = `/api/incidents?q=${tag}`;
    const first = await request(path);
    expect(first.headers.get("content-type")).toBe("application/json");
    // The Workers clock only moves across I/O: the time spent on D1, never the epoch.
    const timing = Number(first.headers.get("server-timing")?.match(/^db;dur=([\d.]+)$/)?.[1]);
    expect(timing).toBeGreaterThanOrEqual(0);
    expect(timing).toBeLessThan(60_000);
    const second = await request(path);
    // A hit costs no D1 round trip, so it carries no server timing.
    expect(second.headers.get("server-timing")).toBeNull();
    expect(second.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(second.headers.get("x-dataset-version")).toBe(first.headers.get("x-dataset-version"));
    expect(second.headers.get("content-type")).toBe("application/json");
    expect(await second.text()).toBe(await first.text());
    await createIncidents(incidentInput(tag));
    const third = await request(path);
    expect(third.headers.get("etag")).not.toBe(first.headers.get("etag"));
    expect(((await third.json()) as { items: unknown[] }).items).toHaveLength(2);
  });

  it("run a signed-in reader's read against D1, never answering it from the edge cache", async () => {
    const tag = freshTag();
    await createIncidents(incidentInput(tag));
    const path = `/api/incidents?q=${tag}`;
    const anonymous = await request(path);
    expect(anonymous.headers.get("server-timing")).toMatch(/^db;dur=/);
    expect((await request(path)).headers.get("server-timing")).toBeNull();
    const cookie = await createSession(await createUser("moderator"));
    const signedIn = await request(path, { headers: { cookie } });
    expect(signedIn.headers.get("server-timing")).toMatch(/^db;dur=/);
    expect(await signedIn.text()).toBe(await anonymous.text());
  });

  it("time the query of a cache miss under a held version as D1 time, never below zero", async () => {
    const tag = freshTag();
    await createIncidents(incidentInput(tag));
    // The first read holds the version; the second, another URL, misses the cache and runs its
    // query after the version step.
    await request(`/api/incidents?q=${tag}`);
    const miss = await request(`/api/incidents?q=${tag}&limit=7`);
    const timing = Number(miss.headers.get("server-timing")?.match(/^db;dur=([\d.]+)$/)?.[1]);
    expect(timing).toBeGreaterThanOrEqual(0);
    expect(timing).toBeLessThan(60_000);
  });
});
