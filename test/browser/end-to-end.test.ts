/**
 * The whole life of a report, in Chromium: a contributor reports through the form, an admin
 * made with `npm run admin:create` signs in on the console and publishes it, the incident is on
 * the map and the list with its first revision, and the contributor's status page says so.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createAdmin, signIn } from "./support/accounts";
import { appUrl, expectNoConsoleErrors, type TestPage, useBrowser } from "./support/browser";

const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

/** Sends the form; intake's rate limit is shared by the whole suite, so a 429 is waited out once. */
async function send(page: TestPage): Promise<void> {
  const sent = page.getByRole("heading", { name: "Thank you: your report was received" });
  await page.getByRole("button", { name: "Send the report" }).click();
  const outcome = await Promise.race([
    sent.waitFor().then(() => "sent"),
    page
      .getByText(/Too many requests/)
      .first()
      .waitFor()
      .then(() => "limited"),
  ]);
  if (outcome === "limited") {
    await new Promise((resolve) => setTimeout(resolve, 61_000));
    await page.getByRole("button", { name: "Send the report" }).click();
    await sent.waitFor();
  }
}

describe("a report, from the form to the map", () => {
  const browser = useBrowser();
  let admin: { email: string; password: string };
  beforeAll(() => {
    admin = createAdmin("e2e");
  });

  it("is sent through the form, published on the console, shown on the map with its revision, and its status says published", {
    timeout: 240_000,
  }, async () => {
    const tag = Date.now().toString(36);
    const title = `Ransomware at the Chamonix clinic ${tag}`;

    // The contributor, step by step.
    const contributor = await browser.open("/report/");
    const next = () => contributor.getByRole("button", { name: "Continue" }).click();
    await contributor.getByLabel("Name of the organisation").fill(`Clinique du Mont-Blanc ${tag}`);
    await contributor.getByLabel("Kind of organisation").selectOption({ label: "Private clinic" });
    await next();
    await contributor.getByRole("combobox", { name: /Search a place/ }).fill("Chamonix");
    await contributor
      .getByRole("option", { name: /Chamonix-Mont-Blanc/ })
      .first()
      .click();
    await next();
    await contributor.getByLabel("Short title", { exact: true }).fill(title);
    await contributor
      .getByRole("textbox", { name: "What happened" })
      .fill("The clinic's systems were encrypted; appointments were moved.");
    await contributor.getByRole("checkbox", { name: "Ransomware" }).check();
    await contributor.getByRole("radio", { name: "Reported" }).check();
    await contributor.getByLabel(/When it happened/).fill(yesterday);
    await next();
    await contributor.getByLabel(/Number of people affected/).fill("1200");
    await next();
    await contributor.getByLabel("Web address").fill(`https://example.org/news/${tag}`);
    await contributor.getByLabel("Title of the page").fill("Cyberattack at a clinic in Chamonix");
    await contributor.getByLabel("Kind of source").selectOption({ label: "Press" });
    await next();
    await contributor.getByRole("radio", { name: "Researcher", exact: true }).check();
    await next();
    await send(contributor);
    const statusHref = await contributor
      .getByRole("link", { name: "Follow your report" })
      .getAttribute("href");
    expect(statusHref?.startsWith(appUrl("/report/status.html#rpt_"))).toBe(true);

    // The admin, on the console.
    const moderator = await browser.open("/moderation/");
    await signIn(moderator, admin, "#/reports?status=pending");
    await moderator.getByRole("link", { name: title }).click();
    await expect.poll(() => moderator.locator("#proposal dd[data-field='title']").textContent()).toBe(title);
    expect(await moderator.locator("#proposal dd[data-field='individualsAffected']").textContent()).toBe(
      "1,200",
    );
    await moderator.getByRole("button", { name: "Publish as a new incident" }).click();
    const done = moderator.locator(".actions [role='status']");
    await expect.poll(() => done.locator("p").textContent()).toMatch(/^Published as incident [\w-]+\.$/);
    const incidentId = /incident ([\w-]+)\.$/.exec((await done.locator("p").textContent()) ?? "")?.[1] ?? "";
    expectNoConsoleErrors(moderator);

    // Everyone: the map, the list, the incident's page and its history.
    const incident = (await (await fetch(appUrl(`/api/incidents/${incidentId}`))).json()) as {
      title: string;
      latitude: number;
      longitude: number;
      revisions: unknown[];
    };
    expect(incident.title).toBe(title);
    const visitor = await browser.open(`/?map=14/${incident.latitude}/${incident.longitude}`);
    await visitor.locator(".leaflet-points-pane path.leaflet-interactive").first().click();
    await expect.poll(() => visitor.locator(".leaflet-popup-content").textContent()).toContain(title);
    expect(await visitor.locator("#incident-list a").allTextContents()).toContain(title);
    await visitor.goto(appUrl(`/?incident=${incidentId}`));
    await expect.poll(() => visitor.locator("#incident-title").textContent()).toBe(title);
    const history = visitor.locator("#incident-history .revision");
    expect(await history.count()).toBe(1);
    expect(await history.locator(".revision-head").textContent()).toMatch(
      /^Revision 1, updated .+ · published$/,
    );
    expectNoConsoleErrors(visitor);

    // The contributor's private status page.
    await contributor.goto(statusHref ?? "");
    await expect.poll(() => contributor.getByText(/^Status: /).textContent()).toBe("Status: published");
    expect(
      await contributor.getByRole("link", { name: "See the incident on the map" }).getAttribute("href"),
    ).toContain(incidentId);
  });
});
