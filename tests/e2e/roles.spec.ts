// Each role signs in and sees its own start page: what it is responsible for, and nothing more.
import { type Page } from "@playwright/test";
import { expect, expectAccessible, signInAsDemo, test } from "../support/e2e";

const headings = (page: Page) => page.locator("main h2").allInnerTexts();

test("Statsforvalteren sees the county, its settings and all 9 regions", async ({ page }) => {
  await signInAsDemo(page, "Stine Berg");
  await expect(page.getByText("Stine Berg · Statsforvalteren")).toBeVisible();
  expect(await headings(page)).toEqual(["Ditt ansvar: Samarbeidsforum for kompetanseutvikling i Nordland"]);
  await expect(page.getByText("inntil 40 % til nettverkene, rapportfrist 1. februar")).toBeVisible();
  await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(9);
  await expectAccessible(page);
});

test("a forum member sees the forum and the regions, but no management text", async ({ page }) => {
  await signInAsDemo(page, "Jon Nyland");
  expect(await headings(page)).toEqual(["Samarbeidsforum for kompetanseutvikling i Nordland"]);
  await expect(page.getByText("Som medlem av samarbeidsforumet")).toBeVisible();
  await expect(page.getByText("Som Statsforvalteren")).toHaveCount(0);
  await expectAccessible(page);
});

test("the skoleutvikler sees her region: SUT groups to edit, networks, plan, and her seat without a vote", async ({ page }) => {
  await signInAsDemo(page, "Kari Strand");
  expect(await headings(page)).toEqual(["Kompetanseregion Vesterålen"]);
  await expect(page.getByRole("link", { name: /^Rediger SUT/ })).toHaveCount(6);
  await expect(page.getByText("Du har talerett, ikke stemmerett.")).toBeVisible();
  await expect(page.getByText("Skolebaserte tiltak (4 skoler), i partnerskap med UH")).toBeVisible();
  await expectAccessible(page);
});

test("the Oppvekstforum leader sees that he holds Sortland's vote and the double vote, and no groups to edit", async ({ page }) => {
  await signInAsDemo(page, "Tor Andreassen");
  await expect(page.getByText("Du er leder og har dobbeltstemme ved stemmelikhet. Du kan avgi kommunens stemme; den siste stemmen som avgis for kommunen, teller.")).toBeVisible();
  await expect(page.getByRole("link", { name: /Rediger/ })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Nettverk" })).toHaveCount(0);
  await expectAccessible(page);
});

test("the UH partner sees the partnership's networks and tiltak, and no groups to edit", async ({ page }) => {
  await signInAsDemo(page, "Nina Lund");
  await expect(page.getByRole("heading", { name: "Regionens planer" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Strategi for DEKOM i Nordland 2020–2023" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Rediger/ })).toHaveCount(0);
  await expectAccessible(page);
});

test("the skoleeier (also in Oppvekstforum) sees Sortland's SUT and seven SKUT groups, and her forum seat", async ({ page }) => {
  await signInAsDemo(page, "Lene Karlsen");
  expect(await headings(page)).toEqual(["Kompetanseregion Vesterålen", "Sortland kommune"]);
  await expect(page.getByRole("region", { name: "Sortland kommune" }).getByRole("list").getByRole("link")).toHaveCount(9);
  await expect(page.getByText("Du kan avgi kommunens stemme; den siste stemmen som avgis for kommunen, teller.")).toBeVisible();
  await expectAccessible(page);
});

test("the skoleleder sees only her school's SKUT, and the municipality's SUT is not found for her", async ({ page, browser }) => {
  await signInAsDemo(page, "Mona Aas");
  expect(await headings(page)).toEqual(["Lamarka skole"]);
  await expect(page.locator("main section ul li a")).toHaveText(["SKUT Lamarka"]);
  // Signed in, she sees names in the region's groups.
  await page.goto("/fylker/nordland/regioner/vesteralen");
  await page.getByText("Sortland kommune: 9 grupper").click();
  await expect(page.getByText("Mona Aas – skoleleder").first()).toBeVisible();
  // The SUT of her municipality is the skoleeier's: find its address as the skoleeier, then try it as her.
  const owner = await (await browser.newContext()).newPage();
  await signInAsDemo(owner, "Lene Karlsen");
  await owner.getByRole("link", { name: "SUT Sortland" }).click();
  await expect(owner.getByRole("heading", { level: 1 })).toHaveText("SUT Sortland");
  const response = await page.goto(new URL(owner.url()).pathname);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fant ikke siden");
  await owner.context().close();
});

test("a user without a role is told so and is not signed in to anything", async ({ page }) => {
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: /^Ulf Utenrolle/ }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/Brukeren din har ingen rolle i DEKOM-portalen ennå/);
  await page.goto("/min-side");
  await expect(page).toHaveURL(/\/logg-inn/);
  await expectAccessible(page);
});
