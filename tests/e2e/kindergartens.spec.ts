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
