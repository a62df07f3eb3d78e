/**
 * The operator commands against throw-away local states: `admin:create` makes an admin who signs
 * in on the app as `npm start` serves it (plain http on loopback: the `hb_session` cookie), and
 * a backup restored into a fresh state gives the same counts and the same public answers.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, startWranglerDev } from "../support/wrangler-dev";

const work = mkdtempSync(join(tmpdir(), "healthbreach-operators-"));
const [original, restored, backups] = ["original", "restored", "backups"].map((name) => join(work, name)) as [
  string,
  string,
  string,
];
const password = "an operator's long passphrase";
const email = "operator@healthbreach.example";

function run(script: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync(join(ROOT, "node_modules/.bin/tsx"), [script, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, CI: "true", ...env },
  });
}

function tableCounts(state: string): Record<string, number> {
  const sql =
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name NOT LIKE '%_fts_%' ORDER BY name";
  const list = (command: string) =>
    JSON.parse(
      execFileSync(
        join(ROOT, "node_modules/.bin/wrangler"),
        ["d1", "execute", "DB", "--local", "--persist-to", state, "--json", "--command", command],
        { cwd: ROOT, encoding: "utf8", env: { ...process.env, CI: "true" } },
      ),
    ) as { results: Record<string, unknown>[] }[];
  const names = (list(sql)[0]?.results ?? []).map((row) => String(row.name));
  // One row of scalar subqueries: D1 allows only a few terms in a compound SELECT (UNION).
  const [row] =
    list(`SELECT ${names.map((name) => `(SELECT count(*) FROM "${name}") AS "${name}"`).join(", ")}`)[0]
      ?.results ?? [];
  const counts = names.map((name) => [name, Number(row?.[name])]);
  return Object.fromEntries(counts);
}

const publicPaths = [
  "/api/incidents?limit=200",
  "/api/incidents?q=hopital",
  "/api/stats?by=country",
  "/api/stats?by=year",
  "/api/map?zoom=3",
  "/api/regions",
  "/api/regions/FR",
  "/api/meta",
];

async function publicAnswers(url: string, incidentId: string): Promise<Record<string, unknown>> {
  const answers: Record<string, unknown> = {};
  for (const path of [...publicPaths, `/api/incidents/${incidentId}`]) {
    const response = await fetch(`${url}${path}`);
    answers[path] = {
      status: response.status,
      etag: response.headers.get("etag"),
      body: await response.json(),
    };
  }
  return answers;
}

async function signIn(url: string): Promise<Response> {
  return fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: url },
    body: JSON.stringify({ email, password }),
  });
}

describe("operator commands", () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("creates an admin, backs up and restores into a fresh state with the same counts and public answers", async () => {
    run("scripts/admin-create.ts", ["--email", email, "--persist-to", original], {
      ADMIN_PASSWORD: password,
    });
    run("scripts/seed.ts", ["--persist-to", original]);

    const first = await startWranglerDev(original);
    let before: Record<string, unknown>;
    let incidentId: string;
    try {
      const login = await signIn(first.url);
      expect(login.status).toBe(200);
      const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      expect(cookie).toMatch(/^hb_session=[A-Za-z0-9_-]{43}$/);
      const list = (await (await fetch(`${first.url}/api/incidents?limit=1`)).json()) as {
        items: { id: string }[];
      };
      incidentId = list.items[0]?.id ?? "";
      const edit = await fetch(`${first.url}/api/moderation/incidents/${incidentId}`, {
        method: "PATCH",
        headers: { "content-type": "application/json", origin: first.url, cookie, "if-match": '"r1"' },
        body: JSON.stringify({ changes: { individualsAffected: 12345 }, reason: "Operator test" }),
      });
      expect(edit.status).toBe(200);
      before = await publicAnswers(first.url, incidentId);
    } finally {
      await first.stop();
    }

    const file = run("scripts/backup.ts", ["--persist-to", original, "--out", backups]).trim();
    expect(readdirSync(backups)).toEqual([file.split("/").at(-1)]);
    expect(file).toMatch(/healthbreach-local-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.sql$/);
    run("scripts/restore.ts", [file, "--persist-to", restored]);
    const counts = tableCounts(original);
    expect(counts.incidents).toBeGreaterThanOrEqual(40);
    expect(counts.audit_log).toBe(2);
    expect(tableCounts(restored)).toEqual(counts);
    expect(() => run("scripts/restore.ts", [file, "--persist-to", restored])).toThrow();

    const second = await startWranglerDev(restored);
    try {
      expect(await publicAnswers(second.url, incidentId)).toEqual(before);
      expect((await signIn(second.url)).status).toBe(200);
    } finally {
      await second.stop();
    }
  }, 600_000);
});
