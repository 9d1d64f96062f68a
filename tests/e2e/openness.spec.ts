// Openness: an accepted evaluation is public; Statsforvalteren holds it back with a reason, the public then sees
// the reason instead of the report, and it is released again.
import { expect, expectAccessible, signInAsDemo, test } from "../support/e2e";

test("Statsforvalteren holds an accepted evaluation back from the public and releases it", async ({ page, browser }) => {
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/fylker/nordland/regioner/lofoten");
  await visitor.getByRole("link", { name: "Evaluering 2023: Lofoten" }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Evaluering 2023: Lofoten");
  await expect(visitor.getByRole("heading", { name: "Regionen som helhet" })).toBeVisible();
  await expectAccessible(visitor);
  const url = visitor.url();

  await signInAsDemo(page, "Stine Berg");
  await page.goto("/min-side/struktur/nordland");
  await page.getByRole("link", { name: "Offentlighet: hvilke dokumenter som er offentlige" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Offentlighet: Nordland");
  await expectAccessible(page);
  const row = page.getByRole("row", { name: /Evaluering 2023: Lofoten/ });
  await row.getByLabel("Begrunnelse (Evaluering 2023: Lofoten)").fill("Offentleglova § 14, organinternt dokument");
  await row.getByRole("button", { name: "Hold tilbake Evaluering 2023: Lofoten" }).click();
  await expect(row).toContainText("Nei: Offentleglova § 14, organinternt dokument");

  await visitor.goto(url);
  await expect(visitor.getByText("Dokumentet er unntatt offentlighet: Offentleglova § 14, organinternt dokument")).toBeVisible();
  await expect(visitor.getByRole("heading", { name: "Regionen som helhet" })).toHaveCount(0);
  await visitor.goto("/fylker/nordland/regioner/lofoten");
  await expect(visitor.getByRole("link", { name: "Evaluering 2023: Lofoten" })).toHaveCount(0);

  await row.getByRole("button", { name: "Gjør offentlig igjen Evaluering 2023: Lofoten" }).click();
  await expect(row).toContainText("Ja");
  await visitor.goto(url);
  await expect(visitor.getByRole("heading", { name: "Regionen som helhet" })).toBeVisible();
});
