// Oppvekstforum votes on a case: the chair opens a round, members vote from their own browsers, the
// panel updates live on the others' screens, and the result and minutes show the outcome.
import { type Browser, type Page } from "@playwright/test";
import { expect, expectAccessible, signInAsDemo, test } from "../support/e2e";

async function member(browser: Browser, name: string, url: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAsDemo(page, name);
  await page.goto(url);
  return page;
}
const caseCard = (page: Page, number: string) => page.getByRole("article").filter({ has: page.getByRole("heading", { name: new RegExp(`^Sak ${number}`) }) });

test("chair opens the round, three members vote in three browsers, the count updates live, result and minutes are right", async ({ page, browser }) => {
  test.setTimeout(90_000);
  await signInAsDemo(page, "Tor Andreassen");
  await page.getByRole("link", { name: "Møter, saker og avstemninger" }).click();
  await page.getByRole("link", { name: /Oppvekstforum, møte 4\/2026/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Oppvekstforum, møte 4/2026");
  const url = new URL(page.url()).pathname;
  await expectAccessible(page);

  const sak = caseCard(page, "12/26");
  await sak.getByText("Åpne avstemning (møteleder)").click();
  await sak.getByLabel("Åpen i antall minutter").fill("30");
  await sak.getByRole("button", { name: "Åpne avstemningen" }).click();
  await expect(sak.getByRole("status").filter({ hasText: "Avstemningen i sak 12/26 er åpnet" })).toBeVisible();
  await expect(sak.getByRole("table", { name: "Har stemt: 0 av 6" })).toBeVisible();

  const geir = await member(browser, "Geir Pedersen", url);
  const per = await member(browser, "Per Olsen", url);
  const kari = await member(browser, "Kari Strand", url);
  // The RKK's skoleutvikler has the right to speak, not to vote: she gets no ballot.
  await expect(caseCard(kari, "12/26").getByRole("button", { name: "Avgi stemme" })).toHaveCount(0);
  await expect(kari.getByText("du har talerett, ikke stemmerett")).toBeVisible();

  // Geir (Hadsel) votes; Tor's screen shows it without a reload.
  await caseCard(geir, "12/26").getByLabel(/^Nye satsingsområder/).check();
  await caseCard(geir, "12/26").getByRole("button", { name: "Avgi stemme" }).click();
  await expect(caseCard(geir, "12/26").getByRole("status").filter({ hasText: "Stemmen er registrert." })).toBeVisible();
  // His form says what it registered and offers to change it, without the page being rendered again.
  await expect(caseCard(geir, "12/26").getByText(/^Registrert nå: Nye satsingsområder.*\(avgitt av deg\)/)).toBeVisible();
  await expect(caseCard(geir, "12/26").getByRole("button", { name: "Endre stemme" })).toBeVisible();
  await expect(sak.getByRole("table", { name: "Har stemt: 1 av 6" })).toBeVisible();
  await expect(sak.getByRole("row", { name: /Hadsel kommune/ })).toContainText("Har stemt (Geir Pedersen)");
  await expectAccessible(geir);

  await caseCard(per, "12/26").getByLabel(/^Nye satsingsområder/).check();
  await caseCard(per, "12/26").getByRole("button", { name: "Avgi stemme" }).click();
  await sak.getByLabel(/^Videreføre satsingsområdene/).check();
  await sak.getByRole("button", { name: "Avgi stemme" }).click();
  await expect(sak.getByRole("table", { name: "Har stemt: 3 av 6" })).toBeVisible();
  // Geir's screen followed along too.
  await expect(caseCard(geir, "12/26").getByRole("table", { name: "Har stemt: 3 av 6" })).toBeVisible();

  await sak.getByRole("button", { name: "Avslutt avstemningen og tell opp" }).click();
  const result = sak.getByRole("table", { name: /Resultat/ });
  await expect(result).toContainText("Vedtatt med flertall");
  await expect(result).toContainText("3 av 6 stemmeberettigede har stemt.");
  await expect(result.getByRole("row", { name: /Nye satsingsområder/ })).toContainText("2");
  await expect(result.getByRole("row", { name: /Videreføre/ })).toContainText("1");
  await expect(sak.getByRole("table", { name: "Hvem stemte hva" }).getByRole("row", { name: /Sortland kommune/ })).toContainText("Tor Andreassen");
  await expect(sak.getByText("Vedtak: Nye satsingsområder: Lesing og skriving, Inkluderende læringsmiljø og Profesjonsfellesskap")).toBeVisible();
  await expectAccessible(page);

  // The minutes, public, as a page and as a PDF; and the region's satsingsområder follow the decision.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`${url}/protokoll`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Protokoll: Oppvekstforum, møte 4/2026");
  const minutes = visitor.getByRole("region", { name: /Sak 12\/26/ });
  await expect(minutes).toContainText("– Nye satsingsområder: Lesing og skriving, Inkluderende læringsmiljø og Profesjonsfellesskap: 2 stemmer");
  await expect(minutes).toContainText("Hadsel kommune: Nye satsingsområder");
  await expect(minutes).toContainText("Andøy kommune: stemte ikke");
  await expect(minutes).toContainText("Vedtatt med flertall.");
  await expect(visitor.getByRole("region", { name: /Sak 13\/26/ })).toContainText("Saken er ikke avgjort.");
  // An undecided case shows its title, not its papers, to the public.
  await expect(visitor.getByRole("region", { name: /Sak 13\/26/ })).not.toContainText("Hvordan regionens andel av nettverksmidlene skal fordeles");
  await expectAccessible(visitor);
  const pdf = await visitor.request.get(`${url}/protokoll.pdf`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await visitor.goto("/fylker/nordland/regioner/vesteralen");
  await expect(visitor.getByRole("heading", { name: "Satsingsområder" }).locator("..").locator("ol li")).toHaveText(["Lesing og skriving", "Inkluderende læringsmiljø", "Profesjonsfellesskap"]);
  for (const p of [geir, per, kari, visitor]) await p.context().close();
});

test("in the Samarbeidsforum, the chair must record that consensus failed before a vote opens", async ({ page }) => {
  await signInAsDemo(page, "Stine Berg");
  await page.goto("/moter");
  await page.getByRole("link", { name: /Samarbeidsforum, møte 2\/2026/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Samarbeidsforum, møte 2/2026");
  await expect(page.getByText("du har talerett, ikke stemmerett")).toBeVisible();
  const sak = caseCard(page, "7/26");
  await sak.getByText("Åpne avstemning (møteleder)").click();
  await sak.getByRole("button", { name: "Åpne avstemningen" }).click();
  await expect(sak.getByRole("alert").first()).toContainText("Forumet arbeider etter konsensus");
  await expect(sak.getByLabel("Hva ble forumet ikke enige om?")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
});

test("a refusal sent before the page's script has loaded is shown, not hidden in a closed section", async ({ page, browser }) => {
  // On a slow phone the chair may press the button before the script has loaded: the browser posts the form
  // itself and the page comes back with the outcome, which must be visible where the form was.
  await signInAsDemo(page, "Stine Berg");
  const plain = await (await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() })).newPage();
  await plain.goto("/moter");
  await plain.getByRole("link", { name: /Samarbeidsforum, møte 2\/2026/ }).click();
  const sak = caseCard(plain, "7/26");
  await sak.getByText("Åpne avstemning (møteleder)").click();
  await sak.getByRole("button", { name: "Åpne avstemningen" }).click();
  await expect(caseCard(plain, "7/26").getByRole("alert").first()).toContainText("Forumet arbeider etter konsensus");
  await expect(caseCard(plain, "7/26").getByLabel("Hva ble forumet ikke enige om?")).toHaveAttribute("aria-invalid", "true");
  await plain.context().close();
});

test("an AUS member puts a new case on the agenda", async ({ page }) => {
  await signInAsDemo(page, "Geir Pedersen");
  await page.goto("/moter");
  await page.getByRole("link", { name: /Oppvekstforum, møte 4\/2026/ }).click();
  await page.getByText("Ny sak på sakslisten").click();
  await page.getByLabel("Ordning", { exact: true }).selectOption("dekom");
  await page.getByLabel("Saksnummer").fill("16/26");
  await page.getByLabel("Tittel").fill("Felles plan for overgang barnehage–skole");
  await page.getByLabel("Beskrivelse").fill("AUS foreslår en felles plan for overgangen i alle seks kommuner.");
  await page.getByLabel("Forslag til vedtak").fill("Vedta planen\nSende planen på høring");
  await page.getByRole("button", { name: "Sett saken på sakslisten" }).click();
  await expect(page.getByRole("heading", { name: "Sak 16/26: Felles plan for overgang barnehage–skole" })).toBeVisible();
  await expect(caseCard(page, "16/26")).toContainText("Forberedt av Arbeidsutvalg skole (AUS).");
  await caseCard(page, "16/26").getByLabel("Legg ved en fil").setInputFiles({ name: "Overgangsplan.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 plan\n%%EOF") });
  await caseCard(page, "16/26").getByRole("button", { name: "Last opp" }).click();
  await expect(caseCard(page, "16/26").getByRole("link", { name: "Overgangsplan.pdf" })).toBeVisible();
  await expectAccessible(page);
});
