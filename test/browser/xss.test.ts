/**
 * Hostile text in every text field of reports, published by a moderator, then shown by every
 * view that shows it: the moderation console, the incident panel, a map popup, the list and the
 * revision history. No script may run: a `dialog` listener and a CSP-violation listener stay
 * silent, no element a payload would make exists, and each payload reads as the text it is.
 */
import type { BrowserContext } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { createAdmin, signIn } from "./support/accounts";
import { appUrl, type TestPage, useBrowser } from "./support/browser";
import { type HostileReport, hostileReports, pack } from "./support/hostile-reports";
import { moderatorApi, submitReport } from "./support/moderation-api";
import { xssPayloads } from "./support/xss-payloads";

/** Elements or attributes that would exist only if a payload had become markup. */
const INJECTED =
  "script:not([src]), script[src*='x.js'], [onerror], [onload], [onclick], [onfocus], [onmouseover], [ontoggle], [onbegin], [onstart], iframe, object, embed, marquee, svg animate, base, meta[http-equiv], a[href^='javascript' i], form[action^='javascript' i], x, template, img[src='x']";

type Watched = { dialogs: string[]; violations: () => Promise<string[]> };

async function watch(context: BrowserContext, page: TestPage): Promise<Watched> {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
    );
  });
  return {
    dialogs,
    violations: () =>
      page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []),
  };
}

async function expectNothingRan(page: TestPage, watched: Watched): Promise<void> {
  expect(watched.dialogs).toEqual([]);
  expect(await watched.violations()).toEqual([]);
  expect(await page.locator(INJECTED).count()).toBe(0);
}

const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

describe("hostile text in reports", () => {
  const browser = useBrowser();
  let admin: { email: string; password: string };
  beforeAll(() => {
    admin = createAdmin("xss");
  });

  it("never allows inline scripts: no page's CSP has 'unsafe-inline' for scripts", async () => {
    for (const path of [
      "/",
      "/?incident=fr-2021-ch-dax",
      "/moderation/",
      "/report/",
      "/report/status.html",
    ]) {
      const response = await fetch(appUrl(path));
      const csp = response.headers.get("content-security-policy") ?? "";
      const scripts =
        /(?:^|;)\s*script-src([^;]*)/.exec(csp)?.[1] ?? /(?:^|;)\s*default-src([^;]*)/.exec(csp)?.[1];
      expect(scripts, `${path} has a script policy`).toBeDefined();
      expect(scripts, path).not.toContain("unsafe-inline");
      expect(csp, path).not.toMatch(/default-src[^;]*unsafe-inline/);
    }
  });

  it("has detectors that see a script: markup put in the page trips the CSP listener, an alert the dialog one", async () => {
    const page = await browser.open("/");
    const watched = await watch(page.context(), page);
    await page.reload();
    await page.locator("#incident-list a").first().waitFor();
    await page.evaluate(() =>
      document.body.insertAdjacentHTML("beforeend", `<img src="x" onerror="alert(1)">`),
    );
    await expect
      .poll(() => watched.violations())
      .toEqual([expect.stringMatching(/^script-src(-attr)? inline /)]);
    expect(watched.dialogs).toEqual([]);
    expect(await page.locator(INJECTED).count()).toBe(1);
    await page.evaluate(() => window.alert("control"));
    expect(watched.dialogs).toEqual(["control"]);
  });

  it("refuses a source or a regulator's action whose address is a javascript: URL, and stores nothing", async () => {
    const [report] = hostileReports(yesterday);
    const incident = (report as HostileReport).body.incident as Record<string, unknown[]>;
    const sources = [{ ...(incident.sources?.[0] as object), url: "javascript:alert(1)" }];
    const actions = [{ ...(incident.regulatorActions?.[0] as object), url: "javascript:alert(2)" }];
    for (const [field, value, pointer] of [
      ["sources", sources, "/incident/sources/0/url"],
      ["regulatorActions", actions, "/incident/regulatorActions/0/url"],
    ] as const) {
      const answer = await submitReport({
        ...(report as HostileReport).body,
        incident: { ...incident, [field]: value },
      });
      expect(answer.status).toBe(422);
      expect((answer.body.errors as { pointer: string }[]).map((e) => e.pointer)).toContain(pointer);
    }
  });

  it(`shows ${xssPayloads.length} payloads in every text field as text, in every view, and runs none`, {
    timeout: 600_000,
  }, async () => {
    const reports = hostileReports(yesterday);
    const moderator = await browser.open("/moderation/");
    const watchedModerator = await watch(moderator.context(), moderator);
    await signIn(moderator, admin);
    const api = moderatorApi(moderator);
    const reasons = pack(xssPayloads, 480);
    const published: { report: HostileReport; incidentId: string; title: string; reason: string }[] = [];

    for (const [k, report] of reports.entries()) {
      const answer = await submitReport(report.body);
      expect(answer.status, JSON.stringify(answer.body)).toBe(202);
      const reportId = answer.body.id as string;

      // The console, before the decision: the report and the queue.
      await moderator.goto(appUrl(`/moderation/#/reports/${reportId}`));
      const proposal = moderator.locator("#proposal");
      await proposal.waitFor();
      for (const field of [
        "title",
        "summary",
        "organisationName",
        "thirdPartyName",
        "city",
        "threatActor",
      ] as const) {
        expect(await proposal.locator(`dd[data-field='${field}']`).textContent(), field).toBe(
          report.text[field],
        );
      }
      for (const field of ["sources", "regulatorActions"]) {
        const shown = (await proposal.locator(`dd[data-field='${field}']`).textContent()) ?? "";
        for (const payload of report.listed.slice(0, field === "sources" ? 30 : 20))
          expect(shown).toContain(payload);
      }
      expect(await moderator.locator(".report-meta").textContent()).toContain(report.text.creditName);
      await expectNothingRan(moderator, watchedModerator);

      // Published as submitted, then edited with a hostile reason: the history shows both.
      const incidentId = await api.publish(reportId);
      const title = `${report.marker} ${reports[(k + 1) % reports.length]?.text.title.split(" ").slice(1).join(" ")}`;
      const reason = reasons[k % reasons.length] as string;
      const edit = await api.edit(incidentId, { title }, reason);
      expect(edit.status, JSON.stringify(edit.body)).toBe(200);
      published.push({ report, incidentId, title, reason });
    }

    await moderator.goto(appUrl("/moderation/#/reports?status=published"));
    await moderator.locator(".queue-title").first().waitFor();
    const queued = await moderator.locator(".queue-title").allTextContents();
    for (const { report } of published) expect(queued).toContain(report.text.title);
    await moderator.goto(appUrl(`/moderation/#/incidents/${published[0]?.incidentId}`));
    expect(await moderator.locator("#edit-title").inputValue()).toBe(published[0]?.title);
    expect(await moderator.locator("#edit-summary").inputValue()).toBe(published[0]?.report.text.summary);
    await expectNothingRan(moderator, watchedModerator);

    // The public views, as anyone sees them.
    const visitor = await browser.open("/");
    const watchedVisitor = await watch(visitor.context(), visitor);
    await visitor.goto(appUrl("/"));
    const list = visitor.locator("#incident-list a");
    await list.first().waitFor();
    const listed = await list.allTextContents();
    for (const { title } of published) expect(listed).toContain(title);
    await expectNothingRan(visitor, watchedVisitor);

    for (const { report, incidentId, title, reason } of published) {
      await visitor.goto(appUrl(`/?incident=${incidentId}`));
      await expect.poll(() => visitor.locator("#incident-title").textContent()).toBe(title);
      expect(await visitor.locator(".incident-summary-text").textContent()).toBe(report.text.summary);
      const fields = await visitor.locator(".incident .fields").allTextContents();
      for (const field of ["organisationName", "thirdPartyName", "city", "threatActor"] as const) {
        expect(fields.join("\n"), field).toContain(report.text[field]);
      }
      const sources = (await visitor.locator("#incident-sources").textContent()) ?? "";
      const regulators = fields.join("\n");
      for (const payload of report.listed) {
        expect(sources).toContain(payload);
        expect(regulators).toContain(payload);
      }
      const history = visitor.locator("#incident-history");
      expect(await history.locator(".revision-reason").first().textContent()).toBe(`Why: ${reason}`);
      expect(await history.locator(".revision-changes li").first().textContent()).toBe(
        `Title (English): ${report.text.title} → ${title}`,
      );
      await expectNothingRan(visitor, watchedVisitor);

      const body = report.body.incident as { latitude: number; longitude: number };
      await visitor.goto(appUrl(`/?map=12/${body.latitude}/${body.longitude}`));
      await visitor.locator(".leaflet-points-pane path.leaflet-interactive").first().click();
      await expect
        .poll(() => visitor.locator(".leaflet-popup-content .popup-title a").textContent())
        .toBe(title);
      await expectNothingRan(visitor, watchedVisitor);
    }
  });
});
