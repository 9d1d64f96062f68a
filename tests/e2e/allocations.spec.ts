// Statsforvalteren turns the state grant into approved allocations; the public reads them; a lower
// grant sends them back for approval with old and new amounts.
import { readFileSync } from "node:fs";
import { type Page } from "@playwright/test";
import { expect, expectAccessible, signInAsDemo, test } from "../support/e2e";

const text = (s: string) => s.replace(/[\u00a0\u202f]/g, " ").replace(/\u2212/g, "-");
const rowsOf = (page: Page) => page.getByRole("table", { name: /Tildeling per region 2023/ }).locator("tbody tr");

async function saveGrant(page: Page, amount: string, share = "40") {
  await page.getByLabel("Beløp fra Udir (kr)").fill(amount);
  await page.getByLabel("Dato for tildelingsbrevet").fill("2023-01-25");
  await page.getByLabel("Referanse til tildelingsbrevet").fill("Udir 2023/77");
  await page.getByLabel("Andel til nettverkene (%)").fill(share);
  await page.getByRole("button", { name: /Registrer tildeling|Lagre endret tildeling/ }).click();
}

test("record 12 345 678,90 kr, approve the 9 regions, publish, then lower the grant", async ({ page, browser }) => {
  test.setTimeout(90_000);
  await signInAsDemo(page, "Stine Berg");
  await page.getByRole("link", { name: "Tildelinger: registrer, fordel og godkjenn" }).click();
  await page.getByRole("link", { name: "2023", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tildeling 2023: Nordland");
  await expectAccessible(page);

  // A share above 40 % is refused with a clear message, and nothing is recorded.
  await saveGrant(page, "12 345 678,90", "40,01");
  await expect(page.getByRole("main").getByRole("alert").first()).toContainText("Nettverksandelen kan ikke overstige 40 %");
  await expect(page.getByRole("heading", { name: "Regionene" })).toHaveCount(0);
  // An amount with three decimals is refused at the field.
  await saveGrant(page, "12 345 678,901");
  await expect(page.getByText("Beløpet kan ha høyst to desimaler (øre).")).toBeVisible();

  await saveGrant(page, "12 345 678,90");
  await expect(page.getByRole("status")).toHaveText(text("Tildelingen for 2023 er lagret: 4 938 271,56 kr til nettverkene og 7 407 407,34 kr til UH."), { useInnerText: true });
  const split = page.getByRole("table", { name: "Statens tilskudd 2023" });
  await expect(split).toContainText("4 938 271,56 kr");
  await expect(split).toContainText("7 407 407,34 kr");
  await expect(split).toContainText("12 345 678,90 kr");
  await expect(rowsOf(page)).toHaveCount(9);
  await expect(rowsOf(page).filter({ hasText: "Utkast" })).toHaveCount(9);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Godkjenn alle som venter (9)" }).click();
  // Approving nine allocations at once asks first; «Avbryt» changes nothing, «Ja» approves.
  await expect(page.getByRole("group", { name: "Godkjenne 9 tildelinger med beløpene i tabellen?" })).toBeVisible();
  await page.getByRole("button", { name: "Avbryt" }).click();
  await expect(rowsOf(page).filter({ hasText: "Utkast" })).toHaveCount(9);
  await page.getByRole("button", { name: "Godkjenn alle som venter (9)" }).click();
  await expect(page.getByRole("button", { name: "Ja, godkjenn 9" })).toBeFocused();
  await page.getByRole("button", { name: "Ja, godkjenn 9" }).click();
  await expect(page.getByRole("status").first()).toHaveText("9 tildelinger er godkjent.");
  // The button was disabled while the approval ran; focus is on what happened, not lost on the page body.
  await expect(page.getByRole("status").first()).toBeFocused();
  await expect(rowsOf(page).filter({ hasText: "Godkjent" })).toHaveCount(9);
  // A payout with too short a reference is refused; the date is kept; then it is recorded.
  const bodo = rowsOf(page).filter({ hasText: "Bodø" });
  await bodo.getByText("Registrer utbetaling").click();
  await bodo.getByLabel("Utbetalt dato").fill("2023-03-01");
  await bodo.getByLabel("Bilag eller referanse").fill("x");
  await bodo.getByRole("button", { name: "Registrer" }).click();
  await expect(bodo.getByRole("alert").first()).toBeFocused();
  await expect(bodo.getByLabel("Utbetalt dato")).toHaveValue("2023-03-01");
  await bodo.getByLabel("Bilag eller referanse").fill("Bilag 2023-17");
  await bodo.getByRole("button", { name: "Registrer" }).click();
  await expect(bodo.getByRole("status").last()).toBeFocused();

  // The public sees the approved allocations without signing in.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/fylker/nordland/tildelinger");
  const published = visitor.getByRole("table", { name: "Godkjente tildelinger 2023" });
  await expect(published.locator("tbody tr")).toHaveCount(9);
  await expect(published.locator("tfoot")).toContainText("4 938 271,56 kr");
  await expect(published.locator("tfoot")).toContainText("7 407 407,34 kr");
  await expectAccessible(visitor);

  // The CSV opens in a Norwegian spreadsheet: BOM, semicolons, decimal comma, æøå intact.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Last ned som CSV (regneark)" }).click();
  const csv = readFileSync((await (await download).path())!, "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain("Region;Nøkkel (%);Nettverk (kr);UH (kr);Sum (kr);Status");
  expect(csv).toMatch(/Sør-Helgeland;8;395061,7\d;592592,5\d;/);

  // A lower grant: every approved allocation returns for approval, old amount beside the new.
  await saveGrant(page, "11 000 000");
  await expect(page.getByRole("region", { name: "Endre tildelingen fra staten" }).getByRole("status")).toContainText("9 godkjente tildelinger er endret og må godkjennes på nytt.");
  const vesteralen = rowsOf(page).filter({ hasText: "Vesterålen" });
  await expect(vesteralen).toContainText("Endret – venter på ny godkjenning");
  await expect(vesteralen.getByLabel(/Godkjent før:/).first()).toBeVisible();
  await expect(vesteralen).toContainText("484 000,00 kr");
  // The earlier approval is named as such, not as if Stine made the change; the split still says 40 %.
  await expect(vesteralen).toContainText("Beløpet er endret etter at Stine Berg godkjente det");
  await expect(page.getByRole("table", { name: /Statens tilskudd/ })).toContainText(/40\s%/);
  await expect(page.getByRole("table", { name: /Statens tilskudd/ })).not.toContainText("39,99");
  // The earlier "all approved" confirmation no longer stands, so it is gone.
  await expect(page.getByText("9 tildelinger er godkjent.")).toHaveCount(0);
  await expectAccessible(page);
  await visitor.reload();
  await expect(visitor.getByRole("table", { name: "Godkjente tildelinger 2023" })).toHaveCount(0);
  await expect(visitor.getByText(/Ikke godkjent ennå: Bodø, Indre Helgeland/)).toBeVisible();

  // The history of one allocation shows each step.
  await vesteralen.getByRole("link", { name: "Vesterålen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vesterålen: tildeling 2023");
  const history = page.getByRole("table", { name: /Endringer i tildelingen/ }).locator("tbody tr");
  await expect(history).toHaveCount(3);
  await expect(history.nth(0)).toContainText("Beregnet på nytt");
  await expect(history.nth(1)).toContainText("Godkjent");
  await expect(history.nth(2)).toContainText("Beregnet");
  await expectAccessible(page);
  await visitor.context().close();
});

test("the skoleutvikler sees her region's allocation and records egenandel, but cannot reach the county's allocation page", async ({ page }) => {
  await signInAsDemo(page, "Kari Strand");
  await page.getByRole("link", { name: "2022", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vesterålen: tildeling 2022");
  await expect(page.getByText("Det mangler 145 200,00 kr i registrert egenandel.")).toBeVisible();
  await page.getByLabel("Skoleeier").selectOption({ label: "Hadsel kommune" });
  await page.getByLabel("Form").selectOption({ label: "Frikjøp" });
  await page.getByLabel("Beløp (kr)").fill("-45 200");
  await page.getByLabel("Hva består egenandelen av").fill("Frikjøp av ressurslærer, 10 %");
  await page.getByRole("button", { name: "Registrer" }).click();
  // A refused amount: the message takes focus, the field says why, and everything typed is still there.
  await expect(page.getByRole("main").getByRole("alert").first()).toBeFocused();
  expect(await page.getByLabel("Skoleeier").evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe("Hadsel kommune");
  await expect(page.getByLabel("Form")).toHaveValue("FRIKJOP");
  await expect(page.getByLabel("Beløp (kr)")).toHaveValue("-45 200");
  await expect(page.getByLabel("Hva består egenandelen av")).toHaveValue("Frikjøp av ressurslærer, 10 %");
  await page.getByLabel("Beløp (kr)").fill("45 200");
  await page.getByRole("button", { name: "Registrer" }).click();
  await expect(page.getByRole("status")).toContainText("Egenandel på 45 200,00 kr er registrert for Hadsel kommune.");
  await expect(page.getByText("Det mangler 100 000,00 kr i registrert egenandel.")).toBeVisible();
  await expectAccessible(page);
  expect((await page.goto("/min-side/tildelinger/nordland/2022"))?.status()).toBe(404);
  expect((await page.goto("/min-side/tildelinger/nordland"))?.status()).toBe(404);
  expect((await page.goto("/min-side/tildelinger"))?.status()).toBe(404);
});

test("the overview and the key page are accessible, and a key that sums to 99,99 % is refused", async ({ page }) => {
  await signInAsDemo(page, "Stine Berg");
  await page.goto("/min-side/tildelinger");
  await expect(page).toHaveURL(/\/min-side\/tildelinger\/nordland$/);
  await expect(page.getByRole("table", { name: "Budsjettår med tilskudd og status" }).locator("tbody tr")).toHaveCount(8);
  await expectAccessible(page);
  // A year no budget can have is "not found", not a server error (it used to overflow the database's int4).
  for (const path of ["/min-side/tildelinger/nordland/99999999999", "/min-side/tildelinger/nordland/-7", "/min-side/tildelinger/nordland/99999999999/csv",
    "/min-side/tildelinger/nordland/99999999999/vesteralen", "/min-side/evalueringer/vesteralen/99999999999", "/min-side/evalueringer/vesteralen/2026.5/utskrift"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
  await page.goto("/min-side/tildelinger/nordland/nokkel");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fordelingsnøkkel for Strategi for DEKOM i Nordland 2024–2027");
  await expect(page.getByText("Sum: 100 %")).toBeVisible();
  await page.getByLabel("Vesterålen").fill("10,99");
  await expect(page.getByText("Sum: 99,99 % (må være 100 %)")).toBeVisible();
  await page.getByLabel("Vedtak i samarbeidsforumet").fill("Samarbeidsforum sak 9/23");
  await page.getByLabel("Vedtaksdato").fill("2023-05-01");
  await page.getByRole("button", { name: "Registrer ny nøkkel" }).click();
  // The refusal takes focus, names the reason, and links to the sum; what was typed stays.
  await expect(page.locator(":focus")).toContainText("Andelene i nøkkelen summerer til 99,99 %. De må summere til nøyaktig 100 %.", { useInnerText: true });
  await expect(page.getByLabel("Vesterålen")).toHaveValue("10,99");
  await expect(page.getByLabel("Vedtak i samarbeidsforumet")).toHaveValue("Samarbeidsforum sak 9/23");
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByLabel("Vesterålen")).toHaveValue("11");
  // Four decimals are a share (an equal split between three or seven regions can be written); five are not.
  await page.getByLabel("Vesterålen").fill("11,0001");
  await expect(page.getByText("Sum: 100,0001 % (må være 100 %)")).toBeVisible();
  await page.getByLabel("Vesterålen").fill("11,00001");
  await expect(page.getByText("Andelen kan ha høyst fire desimaler.")).toBeVisible();
});
