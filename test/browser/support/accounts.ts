/**
 * Accounts for browser tests, made the way an operator makes them: `npm run admin:create`
 * against the test app's own local D1, then the console's sign-in form.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { inject } from "vitest";
import { ROOT } from "../../support/wrangler-dev";
import { appUrl } from "./browser";

export const TEST_PASSWORD = "correct horse battery staple";

/** A fresh admin address per call, so that test files never share an account. */
export function createAdmin(tag: string, password = TEST_PASSWORD): { email: string; password: string } {
  const email = `admin-${tag}-${Date.now().toString(36)}@example.org`;
  execFileSync(
    join(ROOT, "node_modules/.bin/tsx"),
    ["scripts/admin-create.ts", "--email", email, "--persist-to", inject("appStateDir")],
    { cwd: ROOT, stdio: "pipe", env: { ...process.env, ADMIN_PASSWORD: password, CI: "true" } },
  );
  return { email, password };
}

/**
 * Signs in through the console's form at `hash` (a console route) and waits for the signed-in
 * header. The 401 of `GET /api/auth/me` before signing in is expected, so it is not kept among
 * the page's console errors.
 */
import type { TestPage } from "./browser";

export async function signIn(
  page: TestPage,
  account: { email: string; password: string },
  hash = "",
): Promise<void> {
  await page.goto(appUrl(`/moderation/${hash}`));
  await page.locator("#login-email").fill(account.email);
  await page.locator("#login-password").fill(account.password);
  await page.locator("form.sign-in button[type='submit']").click();
  await page.locator("#sign-out").waitFor();
  page.errors = page.errors.filter((error) => !error.includes("status of 401"));
}
