// The behovsmelding: Sortland's school owner reports a need (a wrong number is refused at its field, the rest
// kept), submits it, and Statsforvalteren reads the summary per region and per satsingsområde, chart and table.
import { currentNeedsYear } from "../../src/domain/needs";
import { expect, expectAccessible, signInAsDemo, test } from "../support/e2e";

const year = currentNeedsYear(new Date(), new Date().getUTCFullYear(), { month: 2, day: 1 });

test("the skoleeier files a behovsmelding and Statsforvalteren sees it in the summary", async ({ page, browser }) => {
  await signInAsDemo(page, "Lene Karlsen");
  await page.getByRole("link", { name: "Behovsmelding: meld kompetansebehov" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Behovsmelding ${year}: Nordland`);
  const section = page.getByRole("region", { name: "Behovsmelding fra Sortland kommune" });
  await expect(section).toContainText("Ikke sendt inn");
  await expectAccessible(page);

  await section.getByLabel("Satsingsområde").selectOption({ label: "Tidlig innsats" });
  await section.getByLabel("Målgruppe").fill("Lærere på 1.–4. trinn");
  await section.getByLabel("Antall ansatte").fill("tolv");
  await section.getByLabel("Type tiltak").selectOption({ label: "Nettverk" });
  await section.getByRole("button", { name: "Legg til behovet" }).click();
  await expect(section.getByRole("alert")).toBeFocused();
  await expect(section.getByLabel("Antall ansatte")).toHaveAttribute("aria-invalid", "true");
  await expect(section.getByLabel("Målgruppe")).toHaveValue("Lærere på 1.–4. trinn");
  await expect(section.getByLabel("Satsingsområde").locator("option:checked")).toHaveText("Tidlig innsats");
  await section.getByLabel("Antall ansatte").fill("12");
  await section.getByRole("button", { name: "Legg til behovet" }).click();
  await expect(section.getByRole("status")).toHaveText("Behovet er lagret.");
  await expect(section.getByRole("table", { name: "Behov meldt av Sortland kommune" }).getByRole("row", { name: /Tidlig innsats/ })).toContainText("12");

  await section.getByRole("button", { name: "Send inn behovsmeldingen" }).click();
  await section.getByRole("button", { name: "Ja, send inn" }).click();
  await expect(section).toContainText(/Sendt inn .* av Lene Karlsen/);
  await expect(section.getByRole("button", { name: "Legg til behovet" })).toHaveCount(0);
  await expectAccessible(page);

  const stine = await (await browser.newContext()).newPage();
  await signInAsDemo(stine, "Stine Berg");
  await stine.getByRole("link", { name: "Behovsmeldinger fra skoleeierne" }).first().click();
  await expect(stine.getByRole("heading", { level: 1 })).toHaveText(`Behovsmelding ${year}: Nordland`);
  await expect(stine.getByRole("table", { name: `Behov per region ${year}` }).getByRole("row", { name: /Vesterålen/ })).toContainText("1 av 6");
  await expect(stine.getByRole("table", { name: `Behov per satsingsområde ${year}` }).getByRole("row", { name: /Tidlig innsats/ })).toContainText("12");
  await expect(stine.getByRole("figure", { name: /Diagram: ansatte med behov per satsingsområde/ })).toBeVisible();
  await expectAccessible(stine);
});
