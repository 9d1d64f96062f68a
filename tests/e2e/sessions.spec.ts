// Sessions end on the server: a copy of the session cookie kept from before signing out opens nothing.
import { expect, expectAccessible, sendInvitation, signInAsDemo, test } from "../support/e2e";

test("signing out ends the session on the server, so a copied cookie no longer works", async ({ page, browser }) => {
  await signInAsDemo(page, "Jon Nyland");
  const copied = await page.context().cookies();
  expect(copied.some((c) => c.name.includes("session-token"))).toBe(true);
  await page.getByRole("button", { name: "Logg ut" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto("/min-side");
  await expect(stolen).toHaveURL(/\/logg-inn\?tilbake=%2Fmin-side/);
  await thief.close();
});

test("the profile page shows one's roles and their history", async ({ page }) => {
  await signInAsDemo(page, "Kari Strand");
  await page.getByRole("link", { name: "Min profil, roller og innlogginger" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Min profil" })).toBeVisible();
  await expect(page.getByRole("list").filter({ hasText: "Skoleutvikler – Vesterålen" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Koble til Test-ID" })).toBeVisible();
  await expectAccessible(page);
});

test("Statsforvalteren administers the demo county's users and gives a role", async ({ page }) => {
  await signInAsDemo(page, "Stine Berg");
  await page.getByRole("link", { name: "Brukere og tilgang – Nordland" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Brukere og tilgang – Nordland");
  await expect(page.getByRole("row").filter({ hasText: "Kari Strand" })).toContainText("Skoleutvikler – Vesterålen");
  await expectAccessible(page);
  // An invitation with a mistyped address: the summary takes focus, links to the field, and what was typed stays.
  await sendInvitation(page, { name: "Vilde Vik", email: "vilde.vik@", role: "Skoleutvikler", scope: "Lofoten" });
  await expect(page.locator(":focus")).toContainText("E-post: Skriv en gyldig e-postadresse");
  await expect(page.getByLabel("Navn")).toHaveValue("Vilde Vik");
  await expect(page.getByLabel("E-post")).toHaveValue("vilde.vik@");
  await expect(page.getByLabel("Rolle", { exact: true })).toHaveValue("SKOLEUTVIKLER");
  await expect(page.getByLabel(/^Ansvarsområde/).locator("option:checked")).toHaveText("Lofoten");
  await expectAccessible(page);
  // Siv Berg takes part in no other end-to-end test, so her new role changes nothing they check.
  await page.getByRole("link", { name: "Siv Berg" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Siv Berg" })).toBeVisible();
  await expectAccessible(page);
  // Giving a role: the confirmation takes focus, and the new role is listed.
  await page.getByLabel("Rolle", { exact: true }).selectOption({ label: "Medlem av samarbeidsforumet" });
  await page.getByRole("button", { name: "Gi rollen" }).click();
  await expect(page.locator(":focus")).toContainText("Siv Berg har fått rollen Medlem av samarbeidsforumet.");
  await expect(page.getByText("Medlem av samarbeidsforumet – Nordland", { exact: true })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Fikk rollen Medlem av samarbeidsforumet – Nordland" })).toBeVisible();
  await expectAccessible(page);
});

test("a skoleutvikler administers her region's Oppvekstforum and school people, and nothing above", async ({ page }) => {
  await signInAsDemo(page, "Kari Strand");
  await page.getByRole("link", { name: "Brukere og tilgang – Nordland" }).click();
  const roles = page.getByLabel("Rolle", { exact: true });
  await expect(roles.locator("option")).toHaveText(["Velg rolle", "Medlem av oppvekstforum", "Skoleeier", "Skoleleder"]);
  await expect(page.getByRole("link", { name: "Stine Berg" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Tor Andreassen" })).toBeVisible();
  await expectAccessible(page);
});
