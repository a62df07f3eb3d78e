import { describe, expect, it } from "vitest";
import { appUrl, expectNoConsoleErrors, seriousViolations, useBrowser } from "./support/browser";
import { fillReport, tabTo, typeInto } from "./support/report-form";

const freshTag = () => `t${Math.random().toString(36).slice(2, 10)}`;

describe("the report form", () => {
  const browser = useBrowser();

  it("is filled and sent with the keyboard only, and its status page says pending", async () => {
    const page = await browser.open("/report/");
    const tag = freshTag();
    await fillReport(page, {
      organisation: `Clinique ${tag}`,
      title: `Ransomware attack ${tag}`,
      sourceUrl: `https://press.example/${tag}`,
    });
    await tabTo(page, "send");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("sent-heading");
    const statusUrl = await page.locator("#status-link").getAttribute("href");
    expect(statusUrl).toMatch(/\/report\/status\.html#rpt_[^.]+\..+/);

    await page.goto(statusUrl ?? "");
    await expect
      .poll(() => page.locator("#report-status").textContent())
      .toBe("Status: pending: waiting for a moderator");
    expectNoConsoleErrors(page);
  });

  it("lists what to mend, links each problem to its field, and keeps the step", async () => {
    const page = await browser.open("/report/");
    await page.locator("#f-incident-organisationName").waitFor();
    await typeInto(page, "f-incident-organisationName", "x".repeat(201));
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("error-summary");
    const links = page.locator("#error-summary a");
    expect(await links.allTextContents()).toEqual([
      "Name of the organisation: At most 200 characters.",
      "Kind of organisation: Fill this in.",
    ]);
    await links.nth(1).focus();
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("f-incident-organisationType");
    expect(await page.getAttribute("#f-incident-organisationName", "aria-describedby")).toBe(
      "f-incident-organisationName-hint f-incident-organisationName-error",
    );
    expect(await page.getAttribute("#f-incident-organisationName", "aria-invalid")).toBe("true");
  });

  it("warns next to a field holding a phone number, and will not go on", async () => {
    const page = await browser.open("/report/");
    await page.locator("#f-incident-organisationName").waitFor();
    await typeInto(page, "f-incident-organisationName", "Clinique du Parc, tél. 06 12 34 56 78");
    const warning = page.locator("#f-incident-organisationName-warning");
    await expect
      .poll(() => warning.textContent())
      .toBe("This looks like a phone number. Remove it: the report would be refused.");
    expect(await page.getAttribute("#f-incident-organisationName", "aria-describedby")).toContain(
      "f-incident-organisationName-warning",
    );
  });

  it("shows the server's 422 next to the field it names, on that field's step", async () => {
    const page = await browser.open("/report/");
    const tag = freshTag();
    await fillReport(page, {
      organisation: `Clinique ${tag}`,
      title: `Ransomware attack ${tag}`,
      sourceUrl: `https://press.example/${tag}`,
    });
    // The real server answers; only the title is changed on its way, past the form's own checks.
    await page.route("**/api/reports", async (route) => {
      const body = JSON.parse(route.request().postData() ?? "{}");
      body.incident.title = `Write to someone@example.org ${tag}`;
      await route.continue({ postData: JSON.stringify(body) });
    });
    await tabTo(page, "send");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("error-summary");
    expect(await page.locator("#step-heading").textContent()).toContain("What happened");
    const error = await page.locator("#f-incident-title-error").textContent();
    expect(error).toMatch(/e-mail/i);
    expect(await page.getAttribute("#f-incident-title", "aria-invalid")).toBe("true");
  });

  it("offers a correction instead when a published incident cites the same source", async () => {
    const incident = (await (await fetch(appUrl("/api/incidents/fr-2021-ch-dax"))).json()) as {
      title: string;
      sources: { url: string }[];
    };
    const page = await browser.open("/report/");
    await fillReport(page, {
      organisation: "Hôpital de la Côte",
      title: "Attack on a hospital",
      sourceUrl: incident.sources[0]?.url ?? "",
    });
    const duplicate = page.locator(".duplicate").filter({ hasText: incident.title });
    await duplicate.waitFor();
    expect(await duplicate.textContent()).toContain("cites the same source");
    const same = duplicate.getByRole("link", {
      name: "This is the same incident: suggest a correction instead",
    });
    expect(await same.getAttribute("href")).toBe("/report/?correct=fr-2021-ch-dax&lang=en");
    await same.click();
    await expect
      .poll(() => page.inputValue("#f-incident-organisationName"))
      .toBe("Centre hospitalier de Dax-Côte d'Argent");
    expect(await page.locator("#step-heading").isVisible()).toBe(true);
  });

  it("sends a retry after a network error with the same Idempotency-Key, and gets the same report", async () => {
    const page = await browser.open("/report/");
    const tag = freshTag();
    await fillReport(page, {
      organisation: `Clinique ${tag}`,
      title: `Ransomware attack ${tag}`,
      sourceUrl: `https://press.example/${tag}`,
    });
    const keys: string[] = [];
    let firstId = "";
    await page.route("**/api/reports", async (route) => {
      keys.push(route.request().headers()["idempotency-key"] ?? "");
      if (keys.length === 1) {
        // The server stores the report, then the connection drops before the page hears back.
        const response = await route.fetch();
        firstId = ((await response.json()) as { id: string }).id;
        await route.abort("connectionreset");
      } else {
        await route.continue();
      }
    });
    await tabTo(page, "send");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#error-summary").textContent()).toContain("cannot be reached");
    await tabTo(page, "send");
    await page.keyboard.press("Enter");
    await page.locator("#sent-heading").waitFor();
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(await page.locator("#status-link").getAttribute("href")).toContain(`#${firstId}.`);
  });

  it("opens from an incident's panel as a correction, filled with that incident", async () => {
    const page = await browser.open("/?incident=fr-2021-ch-dax");
    const link = page.locator("#suggest-correction");
    await link.waitFor();
    expect(await link.getAttribute("href")).toBe("/report/?correct=fr-2021-ch-dax&lang=en");
    await link.click();
    await expect
      .poll(() => page.inputValue("#f-incident-organisationName"))
      .toBe("Centre hospitalier de Dax-Côte d'Argent");
    expect(await page.locator("h1").textContent()).toBe("Suggest a correction");
    expectNoConsoleErrors(page);
  });

  it("is reached from the map page's banner", async () => {
    const page = await browser.open("/?lang=fr");
    const link = page.locator("#report-link");
    await link.waitFor();
    expect(await link.textContent()).toBe("Signaler un incident");
    expect(await link.getAttribute("href")).toBe("/report/?lang=fr");
  });

  it.each([
    ["the first step", "/report/", "#f-incident-organisationName"],
    ["the place step with its map", "/report/", "#f-incident-place"],
    ["the status page", "/report/status.html#rpt_unknown.0123456789abcdef0123", "#status-heading"],
  ])("axe finds no serious or critical problem in %s", async (name, path, ready) => {
    const page = await browser.open(path, { bypassCSP: true });
    if (name.includes("place")) {
      await page.locator("#f-incident-organisationName").waitFor();
      await page.fill("#f-incident-organisationName", "Clinique");
      await page.selectOption("#f-incident-organisationType", "private_clinic");
      await page.keyboard.press("Enter");
      await page.click("button[type=submit]");
      await page.locator(".leaflet-container").waitFor();
    }
    await page.locator(ready).waitFor();
    await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe("the report form in French", () => {
  const browser = useBrowser();

  it("speaks French from ?lang=fr and keeps what was typed when the language changes", async () => {
    const page = await browser.open("/report/?lang=fr");
    await page.locator("#f-incident-organisationName").waitFor();
    expect(await page.locator("h1").textContent()).toBe("Signaler un incident");
    expect(await page.locator("label[for=f-incident-organisationName]").textContent()).toBe(
      "Nom de l'organisation",
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("fr");
    await typeInto(page, "f-incident-organisationName", "Clinique du Parc");
    await page.locator("#lang-en").click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Report an incident");
    expect(await page.inputValue("#f-incident-organisationName")).toBe("Clinique du Parc");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("step-heading");
    expect(new URL(page.url()).searchParams.get("lang")).toBe("en");
    expectNoConsoleErrors(page);
  });
});
