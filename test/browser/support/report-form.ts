/**
 * Drives the report form with the keyboard only: Tab to a control, type, Space or Enter.
 * A step is left with Enter in a text field (the form's implicit submission).
 */
import { expect } from "vitest";
import type { TestPage } from "./browser";

/** Presses Tab until the control with `id` has focus (at most 60 times). */
export async function tabTo(page: TestPage, id: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached #${id}`);
}

export async function typeInto(page: TestPage, id: string, text: string): Promise<void> {
  await tabTo(page, id);
  await page.keyboard.type(text);
}

/** The step heading once focus is on it: the form moved on. */
export async function expectStep(page: TestPage, title: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("step-heading");
  expect(await page.locator("#step-heading").textContent()).toContain(title);
}

/** Fills every step of a new report with the keyboard, up to the review step. */
export async function fillReport(
  page: TestPage,
  values: { organisation: string; title: string; sourceUrl: string; summary?: string },
): Promise<void> {
  await page.locator("#f-incident-organisationName").waitFor();
  await typeInto(page, "f-incident-organisationName", values.organisation);
  await tabTo(page, "f-incident-organisationType");
  // A closed select changes value with the arrow keys.
  await page.keyboard.press("ArrowDown");
  await typeInto(page, "f-incident-thirdPartyName", "");
  await page.keyboard.press("Enter");
  await expectStep(page, "Where");

  await typeInto(page, "f-incident-place", "dax");
  await page.locator("[role=option]").first().waitFor();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect.poll(() => page.inputValue("#f-incident-city")).toBe("Dax");
  expect(await page.locator("#f-incident-place-chosen").textContent()).toBe(
    "Chosen: Dax (40088, 40) (town).",
  );
  expect(await page.getAttribute("#f-incident-place", "aria-describedby")).toBe(
    "f-incident-place-hint f-incident-place-chosen",
  );
  await page.keyboard.press("Enter");
  await expectStep(page, "What happened");

  await typeInto(page, "f-incident-title", values.title);
  await typeInto(page, "f-incident-summary", values.summary ?? "The hospital's systems were encrypted.");
  await tabTo(page, "f-incident-attackTypes");
  await page.keyboard.press("Space");
  await typeInto(page, "f-incident-occurred", "2021-02");
  await page.keyboard.press("Enter");
  await expectStep(page, "The impact");

  await typeInto(page, "f-incident-individualsAffected", "1 200");
  await page.keyboard.press("Enter");
  await expectStep(page, "Sources");

  await typeInto(page, "f-incident-sources-0-url", values.sourceUrl);
  await typeInto(page, "f-incident-sources-0-title", "A press article");
  await page.keyboard.press("Enter");
  await expectStep(page, "About you");

  await tabTo(page, "f-contributorRole");
  await page.keyboard.press("Space");
  await typeInto(page, "f-contactEmail", "contributor@example.org");
  await page.keyboard.press("Enter");
  await expectStep(page, "Check and send");
}
