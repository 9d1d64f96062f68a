import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Zero axe-core violations of the WCAG 2.0/2.1 A and AA rules on the page as it is now. */
export async function expectAccessible(page: Page) {
  // After a client-side navigation Next sets the new <title> a moment after the content; wait for it.
  await expect(page).toHaveTitle(/\S/);
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Signs in through the demo sign-in as the seeded user with this name, and lands on the start page. */
export async function signInAsDemo(page: Page, name: string) {
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: new RegExp(`^${name}`) }).click();
  await page.waitForURL(/\/min-side$/);
  await expect(page.getByRole("heading", { level: 1, name: "Min side" })).toBeVisible();
}

/** Fills and sends the invitation form on a county's access page (one role and scope); the caller asserts the outcome. */
export async function sendInvitation(page: Page, who: { name: string; email: string; role: string; scope: string }) {
  await page.getByLabel("Navn").fill(who.name);
  await page.getByLabel("E-post").fill(who.email);
  await page.getByLabel("Rolle", { exact: true }).selectOption({ label: who.role });
  await page.getByLabel(/^Ansvarsområde/).selectOption({ label: who.scope });
  await page.getByRole("button", { name: "Send invitasjon" }).click();
}
