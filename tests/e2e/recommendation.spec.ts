// The Samarbeidsforum's innstilling: Statsforvalteren assembles it from the plans, needs and allocations, writes its
// introduction, a forum member comments, the forum agrees on it by consensus in a case, Statsforvalteren records the
// adoption, and an anonymous visitor reads it and downloads the PDF, whose text (æøå and Sami letters) reads back.
import type { Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { expect, expectAccessible, signInAsDemo, test } from "../support/e2e";

const year = new Date().getFullYear();
const intro = "Forumet anbefaler tiltakene nedenfor. Sámi: áčđŋšŧž. Norsk: æøå ÆØÅ.";
const caseCard = (page: Page, number: string) => page.getByRole("article").filter({ has: page.getByRole("heading", { name: new RegExp(`^Sak ${number}`) }) });

test("Statsforvalteren assembles the innstilling, the forum adopts it, and anyone downloads its PDF", async ({ page, browser }) => {
  test.setTimeout(90_000);
  await signInAsDemo(page, "Stine Berg");
  await page.getByRole("link", { name: "Innstillingen: sett sammen, kommenter og vedta" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Samarbeidsforum for kompetanseutvikling i Nordland: innstilling ${year}`);
  await expect(page.getByText("Innstillingen for dette året er ikke satt sammen ennå.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Sett sammen innstillingen" }).click();
  await expect(page.getByRole("status")).toHaveText(`Innstillingen for ${year} er satt sammen av vedtatte planer, behovsmeldinger og tildelinger.`);
  const money = page.getByRole("table", { name: "Fordeling av midlene" });
  await expect(money.getByRole("row")).toHaveCount(10); // a header and nine regions
  // Allocated to Vesterålen's networks in the demo's approved 2026 grant; nothing planned, since no 2024–2027 plan is adopted.
  await expect(money.getByRole("row", { name: /Vesterålen/ }).getByRole("cell").nth(0)).toHaveText(year === 2026 ? "506 000,00 kr" : "–", { useInnerText: true });
  await expect(page.getByRole("region", { name: "Vesterålen" })).toContainText("Regionen har ingen vedtatt plan for året.");
  await page.getByLabel("Innledning").fill(intro);
  await page.getByRole("button", { name: "Lagre teksten" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Teksten er lagret." })).toBeVisible();
  await expect(page.getByText(intro).first()).toBeVisible();
  await expectAccessible(page);
  const recommendationUrl = page.url();

  // A forum member comments on the draft.
  const jon = await (await browser.newContext()).newPage();
  await signInAsDemo(jon, "Jon Nyland");
  await jon.goto(recommendationUrl);
  await expect(jon.getByRole("button", { name: "Sett sammen på nytt med dagens tall" })).toHaveCount(0);
  await jon.getByLabel("Ny kommentar").fill("KS støtter innstillingen.");
  await jon.getByRole("button", { name: "Lagre kommentaren" }).click();
  await expect(jon.getByRole("status")).toHaveText("Kommentaren er lagret.");
  await expect(jon.getByText(/Jon Nyland, .*: KS støtter innstillingen\./)).toBeVisible();
  await expectAccessible(jon);

  // The forum agrees by consensus in a case of its meeting.
  const number = `${Date.now() % 1000}/${String(year).slice(2)}`;
  await page.goto("/moter");
  await page.getByRole("link", { name: /Samarbeidsforum, møte 2\/2026/ }).click();
  await page.getByText("Ny sak på sakslisten").click();
  await page.getByLabel("Ordning", { exact: true }).selectOption("dekom");
  await page.getByLabel("Saksnummer").fill(number);
  await page.getByLabel("Tittel").fill(`Innstilling ${year}`);
  await page.getByLabel("Beskrivelse").fill("Forumets innstilling for året, satt sammen av sekretariatet.");
  await page.getByLabel("Type sak").selectOption("OKONOMISK");
  await page.getByLabel("Forslag til vedtak").fill("Vedta innstillingen\nSende innstillingen tilbake");
  await page.getByRole("button", { name: "Sett saken på sakslisten" }).click();
  const sak = caseCard(page, number);
  await sak.getByText("Registrer konsensus").click();
  await sak.getByRole("button", { name: "Registrer at forumet er enige" }).click();
  await expect(sak).toContainText("Vedtatt ved konsensus i forumet");
  await expectAccessible(page);

  await page.goto(recommendationUrl);
  await page.getByLabel("Saken som vedtok innstillingen").selectOption({ label: `${number}: Innstilling ${year}` });
  await page.getByRole("button", { name: "Registrer som vedtatt og publiser" }).click();
  await expect(page.getByRole("status")).toHaveText(`Innstillingen for ${year} er vedtatt i sak ${number} og publisert.`);
  await expect(page.getByText(new RegExp(`Vedtatt i sak ${number.replace("/", "\\/")}`)).first()).toBeVisible();

  // Anyone reads it and downloads the PDF.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/fylker/nordland");
  await visitor.getByRole("link", { name: `Innstilling ${year}` }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(`Samarbeidsforum for kompetanseutvikling i Nordland: innstilling ${year}`);
  await expect(visitor.getByText(intro)).toBeVisible();
  await expectAccessible(visitor);
  const href = await visitor.getByRole("link", { name: `Last ned innstillingen ${year} som PDF` }).getAttribute("href");
  const pdf = await visitor.request.get(href!);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const text = (await extractText(await getDocumentProxy(new Uint8Array(await pdf.body())), { mergePages: true })).text;
  expect(text).toContain(intro);
  expect(text).toContain("Vesterålen");
  expect(text).toContain(`Vedtatt i sak ${number}`);
});
