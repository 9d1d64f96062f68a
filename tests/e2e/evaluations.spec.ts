// The yearly evaluation: the skoleutvikler writes over two sessions (nothing lost), submits; Statsforvalteren
// returns it with a comment; it is fixed and accepted; the dashboard shows each state.
import { type Page } from "@playwright/test";
import { expect, expectAccessible, signInAsDemo, test } from "../support/e2e";

const REPORT = "/min-side/evalueringer/vesteralen/2026";
const saved = (page: Page) => expect(page.getByTestId("lagret")).toHaveText(/Alle endringer er lagret/, { timeout: 10_000 });
const field = (page: Page, group: RegExp | string, label: string) =>
  page.locator("div.space-y-1").filter({ has: page.getByRole("heading", { name: group }) }).getByLabel(label, { exact: true });
const regionField = (page: Page, label: string) => page.getByLabel(label, { exact: true }).first();

async function statusOnDashboard(page: Page) {
  await page.goto("/min-side/evalueringer");
  return page.getByRole("row", { name: /^Vesterålen/ }).getByRole("cell").nth(0).locator(".ds-tag").innerText();
}

test("write over two sessions, submit, return with comment, fix, accept; the dashboard follows", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signInAsDemo(page, "Kari Strand");
  await page.getByRole("link", { name: "Rapport 2026" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Evaluering 2026: Vesterålen");
  // Opening the page wrote nothing: the report is started with a button (a POST).
  await expect(page.getByText("Status: Ikke påbegynt")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Start rapporten for 2026" }).click();
  await expect(page.getByText("Status: Utkast")).toBeVisible();
  await expectAccessible(page);
  // An overview links to each part of the long form.
  const parts = page.getByRole("navigation", { name: "Deler av rapporten" });
  await expect(parts.getByRole("link").first()).toHaveText("Regionen som helhet");
  await parts.getByRole("link").nth(1).click();
  await expect(page.getByRole("heading", { level: 2 }).filter({ hasText: /^Mål / }).first()).toBeInViewport();
  // Delivering an empty report says what is missing, and focus goes to that message.
  await page.getByRole("button", { name: "Lever rapporten" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Fyll ut Effekt/resultat, Prosess og Struktur" })).toBeFocused();

  await regionField(page, "Effekt/resultat").fill("Flere elever opplever mestring i lesing.");
  await saved(page);
  // A reload before the autosave fires keeps the text (the browser keeps it and sends it).
  await regionField(page, "Prosess").fill("Tre fagsamlinger med aksjon mellom samlingene.");
  await page.reload();
  await expect(regionField(page, "Prosess")).toHaveValue("Tre fagsamlinger med aksjon mellom samlingene.");
  await saved(page);

  // Offline: the text waits in the browser and is sent when the connection is back.
  await page.context().setOffline(true);
  await regionField(page, "Struktur").fill("SUT i alle seks kommuner, SKUT på hver skole.");
  await expect(page.getByTestId("lagret")).toHaveText(/ingen forbindelse/, { timeout: 10_000 });
  await page.context().setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  await saved(page);

  // Session two: sign out, sign in again; the draft is there.
  await page.getByRole("button", { name: "Logg ut" }).click();
  await page.waitForURL((u) => u.pathname === "/");
  await signInAsDemo(page, "Kari Strand");
  await page.goto(REPORT);
  await expect(regionField(page, "Effekt/resultat")).toHaveValue("Flere elever opplever mestring i lesing.");
  await expect(regionField(page, "Struktur")).toHaveValue("SUT i alle seks kommuner, SKUT på hver skole.");
  await field(page, /Mål 2, tiltak 1/, "Effekt/resultat").fill("Fire skoler har prøvd ut nye arbeidsmåter.");
  await saved(page);
  expect(await statusOnDashboard(page)).toBe("Utkast");

  await page.goto(REPORT);
  await page.getByRole("button", { name: "Lever rapporten" }).click();
  await expect(page.getByText(/Rapporten ble levert .*Den kan ikke endres med mindre Statsforvalteren sender den tilbake\./)).toBeVisible();
  await expect(page.getByRole("textbox")).toHaveCount(0); // read-only once submitted
  expect(await statusOnDashboard(page)).toBe("Levert i tide");

  // Statsforvalteren returns it with a comment.
  const sf = await (await browser.newContext()).newPage();
  await signInAsDemo(sf, "Stine Berg");
  await sf.goto("/min-side/evalueringer");
  await expect(sf.getByRole("table", { name: /Status for evalueringene/ }).locator("tbody tr")).toHaveCount(9);
  // Eight demo regions have no skoleutvikler in the portal; the dashboard says their reminders go to Statsforvalteren.
  await expect(sf.getByText(/Disse 8 regionene har ingen skoleutvikler i portalen: .*Lofoten.*Påminnelsene om fristen går derfor til Statsforvalteren\./)).toBeVisible();
  await expectAccessible(sf);
  await sf.getByRole("row", { name: /^Vesterålen/ }).getByRole("link", { name: /Levert i tide/ }).click();
  await expect(sf.getByText("Flere elever opplever mestring i lesing.")).toBeVisible();
  await expectAccessible(sf);
  // Too short a comment: refused, focus on the message, the text kept to finish.
  await sf.getByLabel("Send tilbake med kommentar").fill("UH?");
  await sf.getByRole("button", { name: "Send tilbake" }).click();
  await expect(sf.getByRole("main").getByRole("alert").first()).toBeFocused();
  await expect(sf.getByLabel("Send tilbake med kommentar")).toHaveValue("UH?");
  await sf.getByLabel("Send tilbake med kommentar").fill("Beskriv hvordan UH-midlene ble brukt.");
  await sf.getByRole("button", { name: "Send tilbake" }).click();
  await expect(sf.getByText("Statsforvalterens kommentar: Beskriv hvordan UH-midlene ble brukt.")).toBeVisible();
  expect(await statusOnDashboard(page)).toBe("Sendt tilbake");

  // The skoleutvikler sees the comment, fixes and submits again; Statsforvalteren accepts.
  await page.goto(REPORT);
  await expect(page.getByText("Statsforvalterens kommentar: Beskriv hvordan UH-midlene ble brukt.")).toBeVisible();
  await regionField(page, "Bruk av midlene").fill("UH-midlene gikk til veiledning fra Nord universitet i fire skoler.");
  await saved(page);
  await page.getByRole("button", { name: "Lever rapporten" }).click();
  await expect(page.getByText(/Rapporten ble levert/)).toBeVisible();
  await sf.reload();
  await sf.getByRole("button", { name: "Godkjenn rapporten" }).click();
  await expect(sf.getByText("Rapporten er godkjent av Statsforvalteren.")).toBeVisible();
  expect(await statusOnDashboard(page)).toBe("Godkjent");

  // The printable report carries region, year, status history and every section.
  await sf.goto(`${REPORT}/utskrift`);
  await expect(sf.getByRole("heading", { level: 1 })).toHaveText("Evaluering 2026: kompetanseregion Vesterålen");
  await expect(sf.getByRole("region", { name: "Statushistorikk" }).getByRole("listitem")).toHaveText([/Påbegynt/, /Levert/, /Sendt tilbake/, /Levert/, /Godkjent/]);
  await expect(sf.getByText("UH-midlene gikk til veiledning fra Nord universitet i fire skoler.")).toBeVisible();
  await expectAccessible(sf);

  // The forum's conclusion on last year's reports: recorded by Statsforvalteren, read by the skoleutvikler on
  // the dashboard, and public on the county's page.
  await sf.goto("/min-side/evalueringer");
  await sf.getByLabel("Nei, strategien står").check();
  await sf.getByLabel("Forumets begrunnelse").fill("Rapportene viser at satsingsområdene virker; forumet viderefører strategien.");
  await sf.getByRole("button", { name: "Registrer konklusjonen" }).click();
  await expect(sf.getByRole("status")).toBeFocused();
  await expect(sf.getByRole("status")).toHaveText("Samarbeidsforumets konklusjon om DEKOM for 2025 er registrert.");
  // REKOM's conclusion is the forum's word on REKOM's reports; DEKOM's page does not show it.
  await sf.goto("/min-side/evalueringer?ordning=rekom");
  // REKOM's money came first in 2026: a region owes REKOM's report for 2026, not for 2025, and videregående
  // (no REKOM share) owes none.
  const rekomRow = (name: RegExp) => sf.getByRole("row", { name }).getByRole("cell");
  await expect(rekomRow(/^Vesterålen/).nth(0)).not.toContainText("Ingen rapport");
  await expect(rekomRow(/^Vesterålen/).nth(1)).toContainText("Ingen rapport: ingen midler fra ordningen");
  await expect(rekomRow(/^Videregående/).nth(0)).toContainText("Ingen rapport: ingen midler fra ordningen");
  await expect(sf.getByRole("heading", { name: "Samarbeidsforumets konklusjon om REKOM for 2025" })).toBeVisible();
  await expect(sf.getByLabel("Forumets begrunnelse")).toHaveValue("");
  await page.goto("/min-side/evalueringer");
  await expect(page.getByRole("heading", { name: "Samarbeidsforumets konklusjon om DEKOM etter evalueringene for 2025" })).toBeVisible();
  await expect(page.getByText("Strategien videreføres uten justering.")).toBeVisible();
  await page.goto("/min-side/evalueringer?ordning=rekom");
  await expect(page.getByText("Samarbeidsforumet har ikke registrert sin konklusjon for 2025 ennå.")).toBeVisible();
  await page.goto("/min-side/evalueringer");
  await page.getByRole("rowheader").getByRole("link", { name: /Vesterålen/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Evaluering 2026");
  await sf.goto("/fylker/nordland");
  await expect(sf.getByRole("heading", { name: "Samarbeidsforumets konklusjon om DEKOM etter evalueringene for 2025" })).toBeVisible();
  await expect(sf.getByText("Rapportene viser at satsingsområdene virker; forumet viderefører strategien.")).toBeVisible();
  await expectAccessible(sf);
  await sf.context().close();
});

test("two people in the same report: each sees the other, and a save over the other's text is stopped", async ({ browser }) => {
  const a = await (await browser.newContext()).newPage();
  await signInAsDemo(a, "Kari Strand");
  await a.goto("/min-side/evalueringer/vesteralen/2025");
  // The 2025 report was due 1 February 2026: the page says so at the top, and what to do, before any button.
  await expect(a.getByRole("alert").first()).toContainText("Fristen gikk ut 1. februar 2026, og rapporten er ikke levert. Den kan ikke leveres uten utsatt frist: be Statsforvalteren om utsettelse.");
  await a.getByRole("button", { name: "Start rapporten for 2025" }).click();
  await expect(regionField(a, "Prosess")).toBeVisible();
  const stine = await (await browser.newContext()).newPage();
  await signInAsDemo(stine, "Stine Berg");
  await stine.goto("/min-side/evalueringer/vesteralen/2025");
  await expect(stine.getByText("Kari Strand har også rapporten åpen nå.")).toBeVisible();
  await expect(stine.getByText("Du kan gi regionen utsatt frist under.")).toBeVisible();
  // An extension without a reason is refused; the date typed is kept; with a reason it is granted.
  await stine.locator("summary", { hasText: "Gi utsatt frist" }).click();
  await stine.getByLabel("Ny frist").fill("2027-01-15");
  await stine.getByLabel("Begrunnelse").fill("Syk");
  await stine.getByRole("button", { name: "Gi utsatt frist" }).click();
  const extension = stine.locator("form").filter({ has: stine.getByLabel("Ny frist") });
  await expect(extension.getByRole("alert")).toBeFocused();
  await expect(stine.getByLabel("Ny frist")).toHaveValue("2027-01-15");
  await stine.getByLabel("Begrunnelse").fill("Skoleutvikleren var sykmeldt i januar");
  await stine.getByRole("button", { name: "Gi utsatt frist" }).click();
  await expect(extension.getByRole("status")).toBeFocused();
  await expect(stine.getByText("Fristen gikk ut")).toHaveCount(0);
  const b = await (await browser.newContext()).newPage();
  await signInAsDemo(b, "Kari Strand");
  await b.goto("/min-side/evalueringer/vesteralen/2025");
  await regionField(a, "Prosess").fill("Tekst fra første fane.");
  await saved(a);
  await regionField(b, "Prosess").fill("Tekst fra andre fane.");
  await expect(b.getByText("har endret dette feltet mens du skrev")).toBeVisible({ timeout: 10_000 });
  await expect(b.getByText("Tekst fra første fane.")).toBeVisible();
  await expectAccessible(b);
  await b.getByRole("button", { name: "Lagre min tekst over den" }).click();
  await saved(b);
  // Attachments: a PDF is accepted, a program is refused with a message at the field.
  await b.getByLabel("Legg ved en fil").setInputFiles({ name: "program.exe", mimeType: "application/octet-stream", buffer: Buffer.from("MZ") });
  await b.getByRole("button", { name: "Last opp" }).click();
  await expect(b.getByText("Bare PDF og kontordokumenter (Word, Excel, PowerPoint, OpenDocument) kan legges ved.").first()).toBeVisible();
  await b.getByLabel("Legg ved en fil").setInputFiles({ name: "Samlingsplan.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 plan\n%%EOF") });
  await b.getByRole("button", { name: "Last opp" }).click();
  await expect(b.getByRole("link", { name: "Samlingsplan.pdf" })).toBeVisible();
  const href = (await b.getByRole("link", { name: "Samlingsplan.pdf" }).getAttribute("href")) as string;
  expect((await (await b.request.get(href)).body()).toString()).toBe("%PDF-1.4 plan\n%%EOF");
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(href)).status()).toBe(401);
  await anonymous.close();
  await expectAccessible(b);
  await a.reload();
  await expect(regionField(a, "Prosess")).toHaveValue("Tekst fra andre fane.");
  for (const p of [stine, a, b]) await p.context().close();
});
