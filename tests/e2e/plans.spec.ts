// The skoleutvikler writes the region's plan for the current period in the browser: a mål with two tiltak,
// each with its satsingsområde, network or schools and a budget per year. One krone over the allocation is
// refused at the field with both amounts, with everything typed kept; the fix is saved. A draft is not public.
import type { Locator, Page } from "@playwright/test";
import { expect, expectAccessible, signInAsDemo, test } from "../support/e2e";

const text = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");
/** "506 000,00 kr" → øre. */
const ore = (s: string) => BigInt(text(s).replace(/[ kr]/g, "").replace(",", ""));
/** Øre → what a user types: "253 000,00". */
const typed = (o: bigint) => `${(o / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, " ")},${String(o % 100n).padStart(2, "0")}`;

async function openNewMeasure(page: Page, goal: number): Promise<Locator> {
  const box = page.locator("details", { has: page.getByText(`Legg til tiltak under mål ${goal}`, { exact: true }) });
  // The form stays open after a tiltak is added, ready for the next one.
  if ((await box.getAttribute("open")) === null) await box.locator(":scope > summary").click();
  return box;
}

test("the skoleutvikler writes a plan with two tiltak, is refused 1 kr over the allocation, and fixes it", async ({ page, browser }) => {
  await signInAsDemo(page, "Kari Strand");
  await page.getByRole("link", { name: "Plan: mål, tiltak og budsjett" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Plan for Vesterålen: Strategi for DEKOM i Nordland 2024–2027");
  await expectAccessible(page);
  const overview = page.getByRole("table", { name: "Budsjett per år: tildelt og planlagt" });
  const row2026 = overview.getByRole("row", { name: /^2026/ });
  const allocated = ore(await row2026.getByRole("cell").nth(0).innerText());
  expect(allocated).toBeGreaterThan(0n);

  await page.getByLabel("Nytt mål").fill("Alle elever i Vesterålen skal lese godt i alle fag");
  await page.getByRole("button", { name: "Legg til målet" }).click();
  const saved = page.getByRole("status").filter({ hasText: /^Mål \d+ er lagret\.$/ });
  await expect(saved).toBeFocused();
  const goal = Number(/Mål (\d+)/.exec(await saved.innerText())![1]);

  // Tiltak 1: the SFO-ledernettverk (no schools listed), 60 % of this year's network money.
  const first = Math.floor(Number(allocated) * 0.6);
  let form = await openNewMeasure(page, goal);
  await form.getByLabel("Tiltak", { exact: true }).fill("Lesing som grunnleggende ferdighet i skoleledernettverket");
  await form.getByLabel("Tidlig innsats").check();
  await form.getByLabel("Nettverk", { exact: true }).selectOption({ label: "SFO-ledernettverket" });
  await form.getByLabel("Fra år").selectOption("2026");
  await form.getByLabel("Nettverksmidler 2026").fill(typed(BigInt(first)));
  await form.getByLabel("UH-midler 2026").fill("120 000");
  await form.getByLabel("Egenandel 2026").fill("45 000");
  await form.getByRole("button", { name: "Legg til tiltaket" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Tiltak ${goal}.1 er lagret.` })).toBeFocused();

  // Tiltak 2: two named schools, 1 kr more than what is left for 2026.
  const rest = allocated - BigInt(first);
  form = await openNewMeasure(page, goal);
  await form.getByLabel("Tiltak", { exact: true }).fill("Skolebasert kompetanseutvikling i lesing");
  await form.getByLabel("Tilpasset opplæring (regionens)").check();
  await form.getByText("Vis skolene i regionen").click();
  await form.getByLabel("Myre (Øksnes kommune)").check();
  await form.getByLabel("Alsvåg (Øksnes kommune)").check();
  await form.getByLabel("Fra år").selectOption("2026");
  await form.getByLabel("Nettverksmidler 2026").fill(typed(rest + 100n));
  await form.getByRole("button", { name: "Legg til tiltaket" }).click();
  const refusal = form.getByRole("alert");
  await expect(refusal).toBeFocused();
  const message = `Planlagte nettverksmidler for 2026 blir ${text(typed(allocated + 100n))} kr, men regionens tildeling er ${text(typed(allocated))} kr: 1,00 kr for mye.`;
  await expect(refusal.getByRole("heading")).toHaveText("Planen går over tildelingen. Rett budsjettet.");
  await expect(refusal.getByRole("link")).toHaveText(`Nettverksmidler 2026: ${message}`, { useInnerText: true });
  await expect(form.getByText(message, { exact: true })).toBeVisible(); // at the field too
  await expect(form.getByLabel("Nettverksmidler 2026")).toHaveAttribute("aria-invalid", "true");
  // Everything typed is still there.
  await expect(form.getByLabel("Tiltak", { exact: true })).toHaveValue("Skolebasert kompetanseutvikling i lesing");
  await expect(form.getByLabel("Myre (Øksnes kommune)")).toBeChecked();
  await expect(form.getByLabel("Tilpasset opplæring (regionens)")).toBeChecked();
  await expect(form.getByLabel("Fra år")).toHaveValue("2026");
  await expectAccessible(page);

  await form.getByLabel("Nettverksmidler 2026").fill(typed(rest));
  await form.getByRole("button", { name: "Legg til tiltaket" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Tiltak ${goal}.2 er lagret.` })).toBeFocused();
  await expect(row2026.getByRole("cell").nth(1)).toHaveText(text(`${typed(allocated)} kr`), { useInnerText: true });
  await expect(row2026.getByRole("cell").nth(2)).toHaveText("0,00 kr", { useInnerText: true });
  await expect(page.getByRole("heading", { name: `Tiltak ${goal}.2: Skolebasert kompetanseutvikling i lesing` })).toBeVisible();
  // Øksnes carries tiltak 2 alone: its egenandel is 30 % of the rest, rounded up to the øre.
  const owners = page.getByRole("table", { name: "Egenandel per skoleeier 2026" });
  await expect(owners.getByRole("row", { name: /Øksnes kommune/ })).toContainText(text(`${typed((rest * 3n + 9n) / 10n)} kr`), { useInnerText: true });
  await expectAccessible(page);

  // A draft is the region's work in progress: the public region page does not show it.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/fylker/nordland/regioner/vesteralen");
  await expect(visitor.getByRole("heading", { name: "Strategi for DEKOM i Nordland 2020–2023" })).toBeVisible();
  await expect(visitor.getByText("Skolebasert kompetanseutvikling i lesing")).toHaveCount(0);
  await expectAccessible(visitor);
});

test("the UH partner reads the plan but gets no forms", async ({ page }) => {
  await signInAsDemo(page, "Nina Lund");
  await page.goto("/min-side/planer/nordland/vesteralen?periode=2020");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Plan for Vesterålen: Strategi for DEKOM i Nordland 2020–2023");
  await expect(page.getByText("Status: Vedtatt")).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Tiltak 1\.1:/ })).toBeVisible();
  // Nothing to change: no mål or tiltak forms, no removal, no adoption.
  for (const name of ["Legg til målet", "Lagre tiltaket", "Legg til tiltaket", "Fjern tiltaket", "Registrer planen som vedtatt"]) await expect(page.getByRole("button", { name })).toHaveCount(0);
  await expect(page.getByText(/^Legg til tiltak under mål/)).toHaveCount(0);
  await expectAccessible(page);
  expect((await page.goto("/min-side/planer/nordland/vesteralen?periode=1999"))?.status()).toBe(404);
});
