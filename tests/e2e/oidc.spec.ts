// Sign-in through a real OpenID Connect provider (oidc-provider on loopback), as ID-porten would be used.
import { type Page } from "@playwright/test";
import { expect, expectAccessible, test } from "../support/e2e";

async function loginAtProvider(page: Page, username: string) {
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: "Logg inn med Test-ID" }).click();
  await page.waitForURL(/127\.0\.0\.1:3109\/interaction\//);
  await page.locator('input[name="login"]').fill(username);
  await page.locator('input[name="password"]').fill("hva-som-helst");
  await page.locator('button[type="submit"]').click();
  // The provider's consent step, on first login to this client.
  const consent = page.locator('button[type="submit"]', { hasText: /continue|authorize/i });
  if (await consent.isVisible({ timeout: 3_000 }).catch(() => false)) await consent.click();
}

test("a registered user signs in with the OIDC provider and lands on her start page", async ({ page }) => {
  await loginAtProvider(page, "stine.berg@statsforvalteren.example");
  await page.waitForURL(/127\.0\.0\.1:3100\/min-side$/);
  await expect(page.getByText("Stine Berg · Statsforvalteren")).toBeVisible();
  await expectAccessible(page);
});

test("a person the portal does not know is told to contact Statsforvalteren, and is not signed in", async ({ page }) => {
  await loginAtProvider(page, "ukjent.person@example.org");
  await page.waitForURL(/\/logg-inn\?/);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("er ikke registrert som bruker av DEKOM-portalen");
  await page.goto("/min-side");
  await expect(page).toHaveURL(/\/logg-inn\?tilbake/);
});
