import { beforeAll, describe, expect, it } from "vitest";
import { createAdmin, signIn } from "./support/accounts";
import { appUrl, expectNoConsoleErrors, useBrowser } from "./support/browser";

const ARMENTIERES = "fr-2024-ch-armentieres";
const HOSTILE = `<img src=x onerror="window.__pwned=1">`;
/** The UTC day of an instant, as the incident panel writes it. */
const dayOf = (instant: Date) =>
  instant.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

describe("a published incident in the console, and its public history", () => {
  const browser = useBrowser();
  let admin: { email: string; password: string };
  beforeAll(() => {
    admin = createAdmin("incidents");
  });

  it("is edited with a reason and a source; the panel shows the revision and how the count changed", async () => {
    const before = (await (await fetch(appUrl(`/api/incidents/${ARMENTIERES}`))).json()) as {
      individualsAffected: number;
      revision: number;
      keyFigureHistory: { individualsAffected: { at: string; sourceUrl: string | null }[] };
    };
    const [first] = before.keyFigureHistory.individualsAffected;
    const firstSource = first?.sourceUrl;
    // The first figure is dated by the sample data's loading, which may be another day than the
    // edit: a clean-clone CI that loaded it at 23:58 UTC and edited after midnight saw both.
    const firstDay = dayOf(new Date(first?.at ?? Number.NaN));
    expect(before.individualsAffected).toBe(300_000);
    const page = await browser.open("/moderation/");
    await signIn(page, admin, `#/incidents/${ARMENTIERES}`);
    const count = page.getByLabel("People affected");
    await expect.poll(() => count.inputValue()).toBe("300000");
    await count.fill("950 000");
    await page.getByLabel("Reason for the change (public)").fill(`CNIL notification ${HOSTILE}`);
    await page.getByLabel("Source of the change (URL, public)").fill("https://www.cnil.fr/fr/armentieres");
    await page.getByRole("button", { name: "Save the changes" }).click();
    await expect
      .poll(() => page.locator("#console-notice").textContent())
      .toBe(`Saved: revision ${before.revision + 1}.`);
    const editDay = dayOf(new Date());
    await expect
      .poll(() => page.locator("#incident-state").textContent())
      .toBe(`Revision ${before.revision + 1}`);
    expectNoConsoleErrors(page);

    const visitor = await browser.open(`/?incident=${ARMENTIERES}`);
    const latest = visitor.locator(`#incident-history .revision[data-revision='${before.revision + 1}']`);
    await latest.waitFor();
    expect(await latest.locator(".revision-head").textContent()).toBe(
      `Revision ${before.revision + 1}, updated ${editDay} · edited`,
    );
    expect(await latest.locator(".revision-reason").textContent()).toBe(`Why: CNIL notification ${HOSTILE}`);
    expect(await latest.locator(".revision-changes li").allTextContents()).toEqual([
      "People affected: 300,000 → 950,000",
    ]);
    expect(await latest.locator(".revision-source a").getAttribute("href")).toBe(
      "https://www.cnil.fr/fr/armentieres",
    );
    const figure = visitor.locator("#incident-history .key-figure[data-field='individualsAffected'] li");
    expect(await figure.allTextContents()).toEqual([
      `300,000 · from ${firstDay} (revision 1)${firstSource ? ` · ${new URL(firstSource).hostname}` : ""}`,
      `950,000 · from ${editDay} (revision ${before.revision + 1}) · www.cnil.fr`,
    ]);
    expect(await visitor.evaluate(() => "__pwned" in window)).toBe(false);
    expectNoConsoleErrors(visitor);
  });

  it("tells the second of two moderators that someone changed it first (412), and lets them reload and redo", async () => {
    const first = await browser.open("/moderation/");
    const second = await browser.open("/moderation/");
    for (const page of [first, second]) {
      await signIn(page, admin, `#/incidents/${ARMENTIERES}`);
      await page.getByLabel("Attacker").waitFor();
    }
    await first.getByLabel("Attacker").fill("LockBit");
    await first.getByLabel("Reason for the change (public)").fill("Claimed on the leak site");
    await first.getByRole("button", { name: "Save the changes" }).click();
    await expect
      .poll(() => first.locator("#console-notice").textContent())
      .toMatch(/^Saved: revision \d+\.$/);

    await second.getByLabel("City").fill("Armentières (Nord)");
    await second.getByLabel("Reason for the change (public)").fill("Département added");
    await second.getByRole("button", { name: "Save the changes" }).click();
    const alert = second.locator("form.editor [role='alert']");
    await expect
      .poll(() => alert.locator("p").textContent())
      .toBe(
        "Someone changed this since you opened it. Reload to see the current version, then decide again.",
      );
    expect(await alert.locator("p").getAttribute("data-status")).toBe("412");
    await alert.getByRole("button", { name: "Reload" }).click();
    await expect.poll(() => second.getByLabel("Attacker").inputValue()).toBe("LockBit");
    expect(await second.getByLabel("City").inputValue()).toBe("Armentières");

    await second.getByLabel("City").fill("Armentières (Nord)");
    await second.getByLabel("Reason for the change (public)").fill("Département added");
    await second.getByRole("button", { name: "Save the changes" }).click();
    await expect
      .poll(() => second.locator("#console-notice").textContent())
      .toMatch(/^Saved: revision \d+\.$/);
    const api = (await (await fetch(appUrl(`/api/incidents/${ARMENTIERES}`))).json()) as {
      threatActor: string;
      city: string;
    };
    expect([api.threatActor, api.city]).toEqual(["LockBit", "Armentières (Nord)"]);
  });

  it("is retracted with a reason: the record stays public, with the reason, off the map and the list", async () => {
    const page = await browser.open("/moderation/");
    await signIn(page, admin, `#/incidents/${ARMENTIERES}`);
    await page
      .getByLabel("Reason for the retraction (public)")
      .fill("The hospital's statement was about a drill.");
    await page.getByRole("button", { name: "Retract this incident" }).click();
    await expect
      .poll(() => page.locator("#console-notice").textContent())
      .toBe("Incident retracted; its record and the reason stay public.");
    await expect
      .poll(() => page.locator("#incident-state").textContent())
      .toMatch(/^Revision \d+ · Retracted: The hospital's statement was about a drill\.$/);
    expect(await page.getByRole("button", { name: "Retract this incident" }).count()).toBe(0);

    const visitor = await browser.open(`/?incident=${ARMENTIERES}`);
    await expect
      .poll(() => visitor.locator(".retracted").textContent())
      .toBe("Retracted: The hospital's statement was about a drill.");
    expect(await visitor.locator("#incident-history .revision-head").first().textContent()).toMatch(
      / · retracted$/,
    );
    const list = (await (await fetch(appUrl("/api/incidents?limit=200&q=Armentieres"))).json()) as {
      items: { id: string }[];
    };
    expect(list.items.map((i) => i.id)).not.toContain(ARMENTIERES);
  });
});
