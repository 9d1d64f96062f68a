import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";
import { DEMO_PORTAL, EMPTY_PORTAL } from "./oidc-settings";

const PORTALS = [DEMO_PORTAL, EMPTY_PORTAL, "http://127.0.0.1:3102"];

/**
 * Playwright's test, failing any test whose pages log an error to the browser console (a missing icon, a
 * script refused by the CSP, a React error). A page the test opens on purpose that answers 404 or 500 is
 * not an error of this kind (its own document); `test.use({ allowConsoleErrors: true })` for the rest.
 */
export const test = base.extend<{ allowConsoleErrors: boolean; consoleErrors: string[] }>({
  allowConsoleErrors: [false, { option: true }],
  consoleErrors: [
    async ({ context, allowConsoleErrors }, use) => {
      const found: string[] = [];
      const watch = (p: Page) => {
        p.on("console", (m) => {
          if (m.type() !== "error") return;
          // Only the portal's pages: the test identity provider's login page is not ours.
          if (!PORTALS.some((origin) => p.url().startsWith(origin))) return;
          const own = m.location().url === p.url() && /Failed to load resource/.test(m.text());
          // next-auth's answer to a refused sign-in, which the sign-in page then explains in words.
          const refusedSignIn = /status of 401/.test(m.text()) && m.location().url.includes("/api/auth/callback/");
          if (!own && !refusedSignIn) found.push(`${p.url()}: ${m.text()} (${m.location().url})`);
        });
        p.on("pageerror", (e) => found.push(`${p.url()}: ${e.message}`));
      };
      context.pages().forEach(watch);
      context.on("page", watch);
      await use(found);
      if (!allowConsoleErrors) expect(found, "errors in the browser console").toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Zero axe-core violations of the WCAG 2.0/2.1 A and AA rules, and of axe's best practices, on the page as it is now. */
export async function expectAccessible(page: Page) {
  // After a client-side navigation Next sets the new <title> a moment after the content; wait for it.
  await expect(page).toHaveTitle(/\S/);
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
  await expectReflow(page);
}

/** The page does not scroll sideways at 320 CSS px, the width of 1280 px at 400 % zoom (WCAG 1.4.10). */
export async function expectReflow(page: Page) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  const wide = await page.evaluate(() => {
    const width = document.documentElement.scrollWidth;
    if (width <= 320) return null;
    // The widest elements that stick out, to name in the failure.
    const out = [...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > 321)
      .slice(0, 4).map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""}.${[...e.classList].join(".")} (${Math.round(e.getBoundingClientRect().right)} px)`);
    return { width, out };
  });
  if (size) await page.setViewportSize(size);
  expect(wide, `sideways scroll at 320 px on ${page.url()}`).toBeNull();
}

/** Signs in through the demo sign-in as the seeded user with this name, and lands on the start page (of `base`, another portal than the demo one). */
export async function signInAsDemo(page: Page, name: string, base = "") {
  await page.goto(`${base}/logg-inn`);
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
