// Kindergartens (REKOM) in the county's structure, in the browser: Statsforvalteren adds one under a municipality
// of Vesterålen; a name the owner already has is refused at the field with what was typed kept; the public region
// page lists the new kindergarten. Then a development group for the municipality's kindergartens.
import { expect, expectAccessible, signInAsDemo, test } from "../support/e2e";

test("Statsforvalteren adds a kindergarten to a municipality, and anyone sees it on the region's page", async ({ page, browser }) => {
  await signInAsDemo(page, "Stine Berg");
  await page.goto("/min-side/struktur/nordland/regioner/vesteralen");
  const form = page.getByRole("region", { name: "Legg til en barnehage" });
  await form.getByLabel("Barnehageeier").selectOption({ label: "Sortland kommune" });
  await form.getByLabel("Barnehagens navn").fill("Holmstad barnehage");
  await form.getByLabel("Antall barn (valgfritt)").fill("48");
  await form.getByRole("button", { name: "Legg til barnehage" }).click();
  await expect(form.getByRole("alert")).toBeFocused();
  await expect(form.getByRole("alert")).toContainText("Eieren har allerede en barnehage med dette navnet.");
  await expect(form.getByLabel("Barnehagens navn")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Antall barn (valgfritt)")).toHaveValue("48");
  await expectAccessible(page);

  await form.getByLabel("Barnehageeier").selectOption({ label: "Øksnes kommune" });
  await form.getByLabel("Barnehagens navn").fill("Myre barnehage");
  await form.getByRole("button", { name: "Legg til barnehage" }).click();
  await expect(form.getByRole("status")).toHaveText("Myre barnehage er lagt til.");
  await page.getByText(/^Øksnes kommune \(kommune/).click();
  await expect(page.getByText("Myre barnehage, 48 barn")).toBeVisible();

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/fylker/nordland/regioner/vesteralen");
  const table = visitor.getByRole("table", { name: "Barnehageeiere og barnehager i Vesterålen" });
  await expect(table.getByRole("row").filter({ hasText: "Øksnes kommune" })).toContainText("Myre barnehage");
  await expect(table.getByRole("row").filter({ hasText: "Sortland kommune" })).toContainText("Holmstad barnehage, Maurtuva barnehage");
  await expectAccessible(visitor);
  await visitor.context().close();
});

test("Statsforvalteren creates a kindergarten development group for a municipality; a group without kindergartens is refused", async ({ page }) => {
  await signInAsDemo(page, "Stine Berg");
  await page.goto("/min-side/struktur/nordland/regioner/vesteralen");
  const form = page.getByRole("region", { name: "Ny utviklingsgruppe" });
  await form.getByLabel("Eier").selectOption({ label: "Hadsel kommune" });
  await form.getByLabel("Type gruppe").selectOption({ label: "Utviklingsgruppe for barnehager" });
  await form.getByLabel("Gruppens navn").fill("Utviklingsgruppe barnehage Hadsel");
  await form.getByRole("button", { name: "Opprett gruppen" }).click();
  await expect(form.getByRole("alert")).toBeFocused();
  await expect(form.getByRole("alert")).toContainText("Velg minst én av eierens barnehager, og ingen skoler.");
  await expect(form.getByLabel("Gruppens navn")).toHaveValue("Utviklingsgruppe barnehage Hadsel");
  await expectAccessible(page);

  await form.getByRole("group", { name: "Skoler og barnehager gruppen arbeider med" }).getByText("Hadsel kommune", { exact: true }).click();
  await form.getByLabel("Stokmarknes barnehage (barnehage)").check();
  await form.getByRole("button", { name: "Opprett gruppen" }).click();
  await expect(form.getByRole("status")).toHaveText("Utviklingsgruppe barnehage Hadsel er opprettet. Legg til medlemmene på gruppens side.");
  await page.getByText(/^Hadsel kommune \(kommune/).click();
  await page.getByRole("link", { name: "Utviklingsgruppe barnehage Hadsel: 0 medlemmer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Utviklingsgruppe barnehage Hadsel");
  await expectAccessible(page);
});

test("Statsforvalteren changes a kindergarten (a bad number is refused at the field, kept) and removes it; a school in use is kept, with what holds it", async ({ page }) => {
  await signInAsDemo(page, "Stine Berg");
  await page.goto("/min-side/struktur/nordland/regioner/vesteralen");
  const add = page.getByRole("region", { name: "Legg til en barnehage" });
  await add.getByLabel("Barnehageeier").selectOption({ label: "Andøy kommune" });
  await add.getByLabel("Barnehagens navn").fill("Bleik barnehage");
  await add.getByRole("button", { name: "Legg til barnehage" }).click();
  await expect(add.getByRole("status")).toHaveText("Bleik barnehage er lagt til.");

  await page.getByText(/^Andøy kommune \(kommune/).click();
  const summary = page.locator("summary", { hasText: "Endre Bleik barnehage" });
  await summary.click();
  // The form in the kindergarten's own <details> (the summary's parent), not the owner's around it.
  const edit = summary.locator("..").locator("form").first();
  await edit.getByLabel("Antall barn (valgfritt)").fill("tretti");
  await edit.getByRole("button", { name: "Lagre endringene" }).click();
  await expect(edit.getByRole("alert")).toBeFocused();
  await expect(edit.getByRole("alert")).toContainText("Skriv antall barn som et helt tall fra 0 til 1000, eller la feltet stå tomt.");
  await expect(edit.getByLabel("Antall barn (valgfritt)")).toHaveValue("tretti");
  await expectAccessible(page);
  await edit.getByLabel("Antall barn (valgfritt)").fill("31");
  await edit.getByRole("button", { name: "Lagre endringene" }).click();
  await expect(edit.getByRole("status")).toHaveText("Bleik barnehage er lagret.");
  await expect(page.getByText("Bleik barnehage, 31 barn")).toBeVisible();

  await page.getByRole("button", { name: "Fjern Bleik barnehage" }).click();
  await expect(page.getByRole("button", { name: "Ja, fjern" })).toBeFocused();
  await page.getByRole("button", { name: "Ja, fjern" }).click();
  await expect(page.getByText("Bleik barnehage, 31 barn")).toHaveCount(0);

  // Lamarka is in the demo's networks and groups: removing it is refused with what holds it, and it stays.
  await page.getByText(/^Sortland kommune \(kommune/).click();
  await page.getByText("Endre Lamarka").click();
  await page.getByRole("button", { name: "Fjern Lamarka" }).click();
  await page.getByRole("button", { name: "Ja, fjern" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Lamarka kan ikke fjernes fordi den er med i" })).toBeVisible();
  await expect(page.getByText("Endre Lamarka")).toBeVisible();
  await expectAccessible(page);
});
