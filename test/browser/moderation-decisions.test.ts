/**
 * The console's decisions on real reports (sent through `POST /api/reports`): a correction
 * applied field by field, a rejection whose reason reaches the contributor, and spam in bulk.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { incidentFieldOrder } from "../../web/src/moderation/model/diff-model";
import { createAdmin, signIn } from "./support/accounts";
import { appUrl, expectNoConsoleErrors, useBrowser } from "./support/browser";
import { hostileReports } from "./support/hostile-reports";
import { submitReport } from "./support/moderation-api";

const ADASTRA = "gb-2022-advanced-adastra-nhs";
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

/** A plain new-incident report (the hostile reports' shape, with harmless text). */
function plainReport(title: string): Record<string, unknown> {
  const body = hostileReports(yesterday)[0]?.body as { incident: Record<string, unknown> };
  return {
    incident: {
      ...body.incident,
      title,
      summary: "A plain report.",
      organisationName: title,
      thirdPartyName: null,
      city: null,
      threatActor: null,
      regulatorActions: [],
      sources: [
        {
          url: "https://example.org/plain",
          title: "Plain",
          publisher: null,
          publishedOn: null,
          kind: "press",
        },
      ],
    },
    contributorRole: "other",
  };
}

describe("decisions on reports in the console", () => {
  const browser = useBrowser();
  let admin: { email: string; password: string };
  beforeAll(() => {
    admin = createAdmin("decisions");
  });

  it("applies only the ticked fields of a correction", async () => {
    const current = (await (await fetch(appUrl(`/api/incidents/${ADASTRA}`))).json()) as Record<
      string,
      unknown
    >;
    const incident = Object.fromEntries(incidentFieldOrder.map((field) => [field, current[field]]));
    const sent = await submitReport({
      incidentId: ADASTRA,
      incident: {
        ...incident,
        title: "Renamed by a contributor",
        individualsAffected: 82_000,
        threatActor: "LockBit affiliate",
      },
      contributorRole: "journalist",
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(202);

    const page = await browser.open("/moderation/");
    await signIn(page, admin, `#/reports/${sent.body.id}`);
    const diff = page.locator("#diff");
    await diff.waitFor();
    const changed = await diff
      .locator("tr.diff-changed")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-field")));
    expect(changed).toEqual(["title", "threatActor", "individualsAffected"]);
    expect(await diff.locator("tr[data-field='individualsAffected'] td.diff-current").textContent()).toBe(
      "79,404",
    );
    expect(await diff.locator("tr[data-field='individualsAffected'] td.diff-proposed").textContent()).toBe(
      "82,000",
    );
    expect(await diff.locator("tr.diff-same input.apply-field:enabled").count()).toBe(0);
    await page.getByRole("checkbox", { name: "Apply the change to Title (English)", exact: true }).uncheck();
    await page.getByRole("button", { name: "Apply the ticked changes" }).click();
    await expect
      .poll(() => page.locator(".actions [role='status'] p").textContent())
      .toBe(`Changes applied to incident ${ADASTRA}.`);

    const after = (await (await fetch(appUrl(`/api/incidents/${ADASTRA}`))).json()) as Record<
      string,
      unknown
    >;
    expect([after.title, after.individualsAffected, after.threatActor]).toEqual([
      current.title,
      82_000,
      "LockBit affiliate",
    ]);
    expectNoConsoleErrors(page);
  });

  it("rejects a report with a reason the contributor reads on their status page", async () => {
    const title = `Not a health organisation ${Date.now().toString(36)}`;
    const sent = await submitReport(plainReport(title));
    expect(sent.status).toBe(202);
    const page = await browser.open("/moderation/");
    await signIn(page, admin, "#/reports?status=pending");
    await page.getByRole("link", { name: title }).click();
    await page.getByRole("button", { name: "Reject" }).click();
    await expect.poll(() => page.locator(".actions [role='alert']").textContent()).toBe("Give a reason.");
    await page
      .getByLabel("Reason (shown to the contributor)")
      .fill("The organisation is a gym, not a health service.");
    await page.getByRole("button", { name: "Reject" }).click();
    await expect
      .poll(() => page.locator(".actions [role='status'] p").textContent())
      .toBe("Report rejected.");

    const contributor = await browser.open(sent.body.statusUrl as string);
    await expect
      .poll(() => contributor.getByText(/^Reason given by the moderator/).textContent())
      .toBe("Reason given by the moderator: The organisation is a gym, not a health service.");
  });

  it("marks several pending reports as spam at once", async () => {
    const tag = Date.now().toString(36);
    const titles = [`Buy cheap pills ${tag}`, `Casino bonus ${tag}`];
    for (const title of titles) expect((await submitReport(plainReport(title))).status).toBe(202);
    const page = await browser.open("/moderation/");
    await signIn(page, admin, "#/reports?status=pending");
    for (const title of titles) await page.getByRole("checkbox", { name: `Select ${title}` }).check();
    await page.getByRole("button", { name: "Mark the selected reports as spam" }).click();
    await expect
      .poll(() => page.locator("main > [role='status']").textContent())
      .toBe("2 reports marked as spam.");
    for (const title of titles) expect(await page.getByRole("link", { name: title }).count()).toBe(0);

    await page.getByRole("link", { name: "Spam" }).click();
    // Polled: the pending queue stays on screen until the spam queue's answer replaces it.
    await expect
      .poll(() => page.locator(".queue-title").allTextContents())
      .toEqual(expect.arrayContaining(titles));
    expectNoConsoleErrors(page);
  });
});
