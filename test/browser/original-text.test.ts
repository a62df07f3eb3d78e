/**
 * A report written in French, through the form in its English interface: published as it is,
 * an English reader sees the French original, marked as such, until a moderator translates it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createAdmin, signIn } from "./support/accounts";
import { appUrl, expectNoConsoleErrors, useBrowser } from "./support/browser";
import { moderatorApi } from "./support/moderation-api";

const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

describe("an incident written in French", () => {
  const browser = useBrowser();
  let admin: { email: string; password: string };
  beforeAll(() => {
    admin = createAdmin("original-text");
  });

  it("is reported in French with its commune, and shown to an English reader as the original, not yet translated", {
    timeout: 240_000,
  }, async () => {
    const tag = Date.now().toString(36);
    const title = `Rançongiciel à la clinique de Dax ${tag}`;
    const contributor = await browser.open("/report/?lang=en");
    const next = () => contributor.getByRole("button", { name: "Continue" }).click();
    await contributor.getByLabel("Name of the organisation").fill(`Clinique de Dax ${tag}`);
    await contributor.getByLabel("Kind of organisation").selectOption({ label: "Private clinic" });
    await next();
    await contributor.getByRole("combobox", { name: /Search a place/ }).fill("Dax");
    await contributor.getByRole("option", { name: /^Dax/ }).first().click();
    await next();
    await contributor.getByRole("radio", { name: "Français" }).check();
    expect(await contributor.getAttribute("#f-incident-title", "lang")).toBe("fr");
    await contributor.getByLabel("Short title", { exact: true }).fill(title);
    await contributor
      .getByRole("textbox", { name: "What happened" })
      .fill("Les systèmes de la clinique ont été chiffrés ; les rendez-vous ont été reportés.");
    await contributor.getByRole("checkbox", { name: "Ransomware" }).check();
    await contributor.getByLabel(/When it happened/).fill(yesterday);
    await next();
    await next();
    await contributor.getByLabel("Web address").fill(`https://example.org/actualites/${tag}`);
    await contributor.getByLabel("Title of the page").fill("Cyberattaque dans une clinique de Dax");
    await contributor.getByLabel("Kind of source").selectOption({ label: "Press" });
    await next();
    await contributor.getByRole("radio", { name: "Researcher", exact: true }).check();
    await next();
    await contributor.getByRole("button", { name: "Send the report" }).click();
    await contributor.getByRole("heading", { name: "Thank you: your report was received" }).waitFor();
    expectNoConsoleErrors(contributor);

    const moderator = await browser.open("/moderation/");
    await signIn(moderator, admin);
    const api = moderatorApi(moderator);
    const queue = await api.get<{ items: { id: string; title: string }[] }>(
      "/api/moderation/reports?status=pending&limit=100",
    );
    const report = queue.body.items.find((item) => item.title === title);
    if (!report) throw new Error("the report is not in the queue");
    const incidentId = await api.publish(report.id);
    const incident = (await (await fetch(appUrl(`/api/incidents/${incidentId}`))).json()) as Record<
      string,
      unknown
    >;
    expect(incident).toMatchObject({
      title: null,
      titleFr: title,
      originalLanguage: "fr",
      inseeCode: "40088",
      department: "40",
    });

    const reader = await browser.open(`/?incident=${incidentId}&lang=en`);
    const heading = reader.locator("#incident-title");
    await expect.poll(() => heading.textContent()).toBe(title);
    expect(await heading.getAttribute("lang")).toBe("fr");
    expect(await reader.locator(".incident .original-text").textContent()).toBe(
      "original text, not yet translated",
    );
    expectNoConsoleErrors(reader);

    const french = await browser.open(`/?incident=${incidentId}&lang=fr`);
    await expect.poll(() => french.locator("#incident-title").textContent()).toBe(title);
    expect(await french.locator(".incident .original-text").count()).toBe(0);
  });
});
