// Oversight: Statsforvalteren reads the money and the work per region, network, UH partner and school owner for a
// year, beside a chart, and downloads a table as CSV that Norwegian Excel opens (BOM, semicolons, decimal comma).
import { expect, expectAccessible, signInAsDemo, test } from "../support/e2e";

test("Statsforvalteren reads the oversight for this year and downloads it as CSV", async ({ page }) => {
  await signInAsDemo(page, "Stine Berg");
  await page.getByRole("link", { name: "Oversikt: midler og arbeid per nettverk, UH-partner og kommune" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Oversikt over midler og arbeid: Nordland");
  await page.getByLabel("År", { exact: true }).selectOption("2026");
  await page.getByRole("button", { name: "Vis" }).click();
  await expect(page.getByText(/^Viser 2026\./)).toBeVisible();
  const regions = page.getByRole("table", { name: "Per region" });
  await expect(regions.getByRole("row")).toHaveCount(10);
  const vesteralen = regions.getByRole("row", { name: /Vesterålen/ });
  // The demo's approved 2026 allocation to Vesterålen's networks (the key's share of 40 % of 11,5 million kroner).
  await expect(vesteralen.getByRole("cell").nth(0)).toHaveText("506 000,00 kr", { useInnerText: true });
  for (const name of ["Per nettverk", "Per UH-partner", "Per skoleeier (kommune)"]) await expect(page.getByRole("table", { name })).toBeVisible();
  await expect(page.getByRole("table", { name: "Per nettverk" }).getByRole("row", { name: /Skoleledernettverket/ })).toBeVisible();
  await expect(page.getByRole("figure", { name: /Diagram: tildelt, planlagt og utbetalt/ })).toBeVisible();
  await expectAccessible(page);

  const href = await page.getByRole("link", { name: "Last ned «Per region» som CSV" }).getAttribute("href");
  const csv = await page.request.get(href!);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const body = await csv.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the byte order mark Excel needs for æøå
  const lines = new TextDecoder().decode(body).split("\r\n");
  expect(lines[0]).toBe("Region;Tildelt nettverk (kr);Planlagt nettverk (kr);Utbetalt (kr);Tildelt UH (kr);Planlagt UH (kr);Evaluering");
  const row = lines.find((l) => l.startsWith("Vesterålen;"))!;
  // The same figure as on the screen, written with a decimal comma and no thousands separator.
  const shown = (await vesteralen.getByRole("cell").nth(0).innerText()).replace(/[\s\u00a0\u202f]|kr/g, "");
  expect(row.split(";")[1]).toBe(shown);
});
