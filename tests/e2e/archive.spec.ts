// The archive, as Statsforvalteren uses it: configure the county's Noark 5 archive (a test archive on loopback,
// tests/support/noark5-server.ts), approve an allocation, and see its archive copy delivered; download the copy.
import { checkPdfa, noarkTerm } from "../support/pdfa";
import { startTestArchive } from "../support/noark5-server";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, signInAsDemo, test } from "../support/e2e";

// Both tests set the demo county's archive (one configures it, one needs none): one after the other.
test.describe.configure({ mode: "serial" });

/** A final decision: reopen the region's 2026 allocation and approve it again. */
async function reapprove(page: Page, region: string) {
  await page.goto("/min-side/tildelinger/nordland/2026");
  await page.getByRole("button", { name: `Gjenåpne ${region}` }).click();
  await page.getByRole("button", { name: "Ja, gjenåpne" }).click();
  await page.getByRole("button", { name: `Godkjenn ${region}` }).click();
  await expect(page.getByText(`Tildelingen til ${region} er godkjent.`)).toBeVisible();
}

test("Statsforvalteren configures the archive, approves an allocation, and its PDF/A copy is delivered", async ({ page }) => {
  const archive = await startTestArchive();
  try {
    await signInAsDemo(page, "Stine Berg");
    await page.goto("/min-side/struktur/nordland");
    await page.getByRole("link", { name: "Arkivkopier av vedtakene, og arkivsystemet de leveres til" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Arkivkopier for Nordland");
    await expectAccessible(page);

    // A plain-http address elsewhere is refused at the field, and what was typed stays.
    const url = page.getByLabel("Adressen til arkivdelen (Noark 5 tjenestegrensesnitt)");
    await url.fill("http://arkiv.example.no/arkivdel/1");
    await page.getByRole("button", { name: "Lagre arkivoppsettet" }).click();
    await expect(page.locator("#arkiv-url-error")).toHaveText("Adressen må begynne med https:// (http:// bare til denne maskinen, for et testarkiv).");
    await expect(url).toHaveValue("http://arkiv.example.no/arkivdel/1");
    await expectAccessible(page);

    await url.fill(archive.arkivdelUrl);
    await page.getByLabel("Tilgangsnøkkel (bearer-token)").fill(archive.token);
    await page.getByRole("button", { name: "Lagre arkivoppsettet" }).click();
    await expect(page.getByText("Arkivoppsettet er lagret.")).toBeVisible();

    await reapprove(page, "Lofoten");

    await page.goto("/min-side/struktur/nordland/arkiv");
    const row = page.getByRole("row", { name: /Vedtak om tildeling av midler til Lofoten, 2026 \(DEKOM\)/ }).first();
    await expect(async () => {
      await page.reload();
      await expect(row).toContainText("Levert", { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await expectAccessible(page);
    const filed = archive.registreringer.filter((r) => r.tittel === "Vedtak om tildeling av midler til Lofoten, 2026 (DEKOM)");
    expect(filed).toHaveLength(1);
    await expect(row.getByRole("cell").first()).toHaveText("DEKOM");
    // Narrowed to REKOM, DEKOM's copy is not listed; the page says where the minutes are.
    await page.getByRole("navigation", { name: "Ordninger" }).getByRole("link", { name: "REKOM" }).click();
    await expect(page).toHaveURL(/\?ordning=rekom$/);
    await expect(page.getByText("Protokollene står under «Alle ordninger», fordi et møte kan behandle saker i flere ordninger.")).toBeVisible();
    await expect(page.getByRole("row", { name: /Lofoten, 2026 \(DEKOM\)/ })).toHaveCount(0);
    await expectAccessible(page);
    await page.getByRole("link", { name: "Alle ordninger" }).click();

    const download = page.waitForEvent("download");
    await row.getByRole("link", { name: /Last ned/ }).click();
    const file = await (await download).path();
    const { readFile } = await import("node:fs/promises");
    const bytes = await readFile(file);
    const report = await checkPdfa(bytes);
    expect(report.problems).toEqual([]);
    expect(noarkTerm(report.xmp, "mottaker")).toBe("Lofoten");
    expect(Buffer.compare(filed[0].dokumentbeskrivelser[0].dokumentobjekter[0].file!, bytes)).toBe(0);
  } finally {
    // Leave the demo county without an archive, as the other tests expect.
    await page.goto("/min-side/struktur/nordland/arkiv");
    await page.getByLabel("Adressen til arkivdelen (Noark 5 tjenestegrensesnitt)").fill("");
    await page.getByRole("button", { name: "Lagre arkivoppsettet" }).click();
    await expect(page.getByText("Arkivoppsettet er fjernet.")).toBeVisible();
    await archive.close();
  }
});

test("with no archive, Statsforvalteren downloads the waiting copies as a package and marks them archived", async ({ page }) => {
  await signInAsDemo(page, "Stine Berg");
  await reapprove(page, "Bodø");

  await page.goto("/min-side/struktur/nordland/arkiv");
  const row = page.getByRole("row", { name: /Vedtak om tildeling av midler til Bodø, 2026 \(DEKOM\)/ }).first();
  // Made by the archive job within seconds of the decision; no archive, so it waits for the package.
  await expect(async () => {
    await page.reload();
    await expect(row).toContainText("Legges i arkivet med pakken ovenfor", { timeout: 1_000 });
    await expect(row.getByRole("link", { name: /Last ned/ })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 40_000 });
  await expectAccessible(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Last ned pakken" }).click();
  const { unzipSync, strFromU8 } = await import("fflate");
  const { readFile } = await import("node:fs/promises");
  const files = unzipSync(new Uint8Array(await readFile(await (await download).path())));
  const xml = strFromU8(files["arkivkopier.xml"]);
  expect(xml).toContain("<tittel>Vedtak om tildeling av midler til Bodø, 2026 (DEKOM)</tittel>");
  const pdfName = /<referanseDokumentfil>([^<]+)<\/referanseDokumentfil>/.exec(xml.slice(xml.indexOf("Bodø")))![1];
  expect((await checkPdfa(files[pdfName])).problems).toEqual([]);

  await page.getByRole("button", { name: "Merk kopiene i pakken som arkivert" }).click();
  // The confirmation stays in view although nothing waits any more.
  await expect(page.getByText(/kopi(er)? er merket som arkivert\./)).toBeVisible();
  await expect(page.getByText("Ingen kopier venter på å bli lagt i arkivet.")).toBeVisible();
  await expect(row).toContainText("Merket som arkivert fra pakke");
  await expectAccessible(page);
});
