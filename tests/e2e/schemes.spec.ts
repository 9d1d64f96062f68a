// DEKOM and REKOM in one portal, in the browser: Statsforvalteren switches the allocation page between the two
// schemes, cannot take away a scheme that has money, and the Oppvekstforum's chair must name a new case's scheme.
// Every step here is refused or read-only, so the spec leaves the demo data as it found it.
import { expect, expectAccessible, signInAsDemo, test } from "../support/e2e";

const nbsp = (s: string) => s.replace(/ /g, "\u00a0");

test("Statsforvalteren reads each scheme's 2026 allocation on its own, and REKOM cannot be taken away", async ({ page }) => {
  await signInAsDemo(page, "Stine Berg");
  await page.goto("/min-side/tildelinger/nordland/2026");
  const schemes = page.getByRole("navigation", { name: "Ordninger" });
  await expect(schemes.getByRole("link", { name: "DEKOM" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { name: nbsp("Fordeling av 11 500 000,00 kr") })).toBeVisible();
  await schemes.getByRole("link", { name: "REKOM" }).click();
  await expect(page).toHaveURL(/\/min-side\/tildelinger\/nordland\/2026\?ordning=rekom$/);
  await expect(schemes.getByRole("link", { name: "REKOM" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { name: nbsp("Fordeling av 6 850 000,00 kr") })).toBeVisible();
  await expect(page.getByRole("table", { name: /Tildeling per region 2026/ }).locator("tbody tr").filter({ hasText: "Vesterålen" })).toContainText(nbsp("328 800,00 kr"));
  await expectAccessible(page);

  await page.goto("/min-side/struktur/nordland/innstillinger");
  const rekom = page.getByLabel(/\(REKOM\)/);
  await expect(rekom).toBeChecked();
  await rekom.uncheck();
  await page.getByRole("button", { name: "Lagre ordningene" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /^REKOM kan ikke tas bort: \d+ tildelinger/ })).toBeFocused();
  // The form keeps what was ticked; the county still runs REKOM.
  await expect(rekom).not.toBeChecked();
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByLabel(/\(REKOM\)/)).toBeChecked();
});

test("the chair must say which scheme a new case belongs to; the form keeps what was typed", async ({ page }) => {
  await signInAsDemo(page, "Tor Andreassen");
  await page.goto("/moter");
  await page.getByRole("link", { name: /Oppvekstforum, møte 4\/2026/ }).first().click();
  await expect(page.getByRole("heading", { name: /Sak 20\/26/ }).locator("..")).toContainText("REKOM");
  // The agenda can be narrowed to one scheme's cases, and back to all.
  const allCases = await page.getByRole("heading", { level: 3, name: /^Sak / }).count();
  await page.getByRole("navigation", { name: "Ordninger" }).getByRole("link", { name: "REKOM" }).click();
  await expect(page).toHaveURL(/ordning=rekom/);
  await expect(page.getByRole("heading", { level: 3, name: /^Sak / })).toHaveCount(1);
  await expect(page.getByRole("heading", { name: /Sak 20\/26/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("navigation", { name: "Ordninger" }).getByRole("link", { name: "Alle ordninger" }).click();
  await expect(page.getByRole("heading", { level: 3, name: /^Sak / })).toHaveCount(allCases);
  await page.getByText("Ny sak på sakslisten").click();
  await page.getByLabel("Saksnummer").fill("30/26");
  await page.getByLabel("Tittel").fill("Barnehagelederne sitt nettverk");
  await page.getByLabel("Beskrivelse").fill("Program for nettverket 2027.");
  await page.getByLabel("Forslag til vedtak").fill("Vedta\nSende tilbake");
  await page.getByRole("button", { name: "Sett saken på sakslisten" }).click();
  await expect(page.getByText("Velg hvilken ordning dette gjelder.")).toBeVisible();
  await expect(page.getByLabel("Tittel")).toHaveValue("Barnehagelederne sitt nettverk");
  await expect(page.getByRole("heading", { name: /Sak 30\/26/ })).toHaveCount(0);
  await expectAccessible(page);
});
