import { beforeAll, describe, expect, it } from "vitest";
import { createAdmin, signIn, TEST_PASSWORD } from "./support/accounts";
import { appUrl, seriousViolations, type TestPage, useBrowser } from "./support/browser";

/** Console errors other than the expected 401 of `GET /api/auth/me` before signing in. */
const unexpectedErrors = (page: TestPage) => page.errors.filter((e) => !/status of 401/.test(e));

describe("the moderation console", () => {
  const browser = useBrowser();
  let admin: { email: string; password: string };
  beforeAll(() => {
    admin = createAdmin("console");
  });

  it("is its own page, under a CSP that allows no inline script", async () => {
    const response = await fetch(appUrl("/moderation/"));
    expect(response.status).toBe(200);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toContain("unsafe-inline");
    const html = await response.text();
    expect(html).toContain("/assets/moderation-");
    expect(html).not.toMatch(/\/assets\/map-[\w-]+\.js/);
  });

  it("signs an admin in, keyboard only, and refuses a wrong password clearly", async () => {
    const page = await browser.open("/moderation/", { bypassCSP: true });
    await page.locator("#login-email").waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("login-email");
    expect(await seriousViolations(page)).toEqual([]);

    await page.keyboard.type(admin.email);
    await page.keyboard.press("Tab");
    await page.keyboard.type("not the password");
    await page.keyboard.press("Enter");
    const alert = page.locator("[role='alert']").filter({ hasText: /wrong/ });
    await expect.poll(() => alert.textContent()).toBe("The e-mail address or the password is wrong.");
    expect(await page.locator("#sign-out").count()).toBe(0);

    await page.locator("#login-password").fill(admin.password);
    await page.keyboard.press("Enter");
    await page.locator("#sign-out").waitFor();
    expect(await page.locator(".signed-in").textContent()).toBe(`Signed in as ${admin.email} (admin)`);
    expect(
      await page.getByRole("navigation", { name: "Console sections" }).getByRole("link").allTextContents(),
    ).toEqual(["Reports", "Audit log", "Users"]);
    expect(unexpectedErrors(page)).toEqual([]);
  });

  it("lets an admin invite a moderator, who accepts, signs in without the admin's sections, and is disabled", async () => {
    const page = await browser.open("/moderation/", { bypassCSP: true });
    await signIn(page, admin);
    await page.getByRole("link", { name: "Users" }).click();
    await page.locator("#invite-email").waitFor();
    const moderatorEmail = `moderator-${Date.now().toString(36)}@example.org`;
    await page.locator("#invite-email").fill(moderatorEmail);
    await page.getByRole("button", { name: "Send the invitation" }).click();
    const link = page.locator(".invite-link");
    await link.waitFor();
    const inviteUrl = await link.inputValue();
    expect(inviteUrl).toMatch(new RegExp(`^${appUrl("/moderation/#/invite/")}[\\w-]+$`));

    const invited = await browser.open("/moderation/");
    await invited.goto(inviteUrl);
    await invited.locator("#invite-password").fill(TEST_PASSWORD);
    await invited.getByRole("button", { name: "Activate my account" }).click();
    await expect.poll(() => invited.locator("#console-notice").textContent()).toBe("Your account is active.");
    expect(invited.url()).toBe(appUrl("/moderation/#/reports?status=pending"));
    expect(await invited.locator(".signed-in").textContent()).toBe(
      `Signed in as ${moderatorEmail} (moderator)`,
    );
    expect(await invited.getByRole("link", { name: "Users" }).count()).toBe(0);

    await page.reload();
    const row = page.locator("#users li", { hasText: moderatorEmail });
    await row.getByRole("button", { name: `Disable ${moderatorEmail}` }).click();
    await expect
      .poll(() => page.locator("#users li", { hasText: moderatorEmail }).locator(".user-state").textContent())
      .toBe("disabled");
    // The moderator's session ended with the account: the next request says so.
    await invited.reload();
    await invited.locator("#login-email").waitFor();

    await page
      .locator("#users li", { hasText: moderatorEmail })
      .getByRole("button", { name: `Enable ${moderatorEmail}` })
      .click();
    await expect
      .poll(() => page.locator("#users li", { hasText: moderatorEmail }).locator(".user-state").textContent())
      .toBe("active");
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("link", { name: "Audit log" }).click();
    const audit = page.locator("#audit tbody tr", { hasText: moderatorEmail.split("@")[0] });
    await page.locator("#audit tbody tr").first().waitFor();
    const actions = await page.locator("#audit tbody tr td:nth-child(3)").allTextContents();
    expect(actions.slice(0, 3)).toEqual(["user.enable", "user.disable", expect.stringMatching(/^user\./)]);
    expect(await audit.count()).toBeGreaterThan(0);
  });

  it("speaks French", async () => {
    const page = await browser.open("/moderation/", { locale: "fr-FR" });
    await page.getByRole("heading", { name: "Connexion" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
    expect(await page.locator("label[for='login-password']").textContent()).toBe("Mot de passe");
    await page.getByRole("button", { name: /EN/ }).click();
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    expect(page.url()).toContain("lang=en");
  });
});
