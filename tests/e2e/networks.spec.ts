// Networks in the browser: the skoleutvikler creates a network, adds a school, plans a gathering in the four parts
// of the dialogkonferansemodell (a missing part is refused at its field, with the rest kept) and records who came;
// the school's leader confirms the participation criteria.
import { expect, expectAccessible, signInAsDemo, test } from "../support/e2e";

test("the skoleutvikler runs a network from creation to attendance, and the skoleleder confirms the criteria", async ({ page, browser }) => {
  const name = `Lesenettverket ${Date.now().toString(36)}`;
  await signInAsDemo(page, "Kari Strand");
  await page.getByRole("link", { name: "Nettverk: deltakere, samlinger og oppmøte" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nettverk i Vesterålen");
  await expectAccessible(page);
  await page.getByLabel("Navn på nettverket").fill(name);
  await page.getByLabel("Type nettverk").selectOption({ label: "Fagnettverk: fagsamlinger" });
  await page.getByLabel("Målgruppe").fill("Lærere på 1.–4. trinn");
  await page.getByLabel("Samlingsrytme").fill("Tre samlinger i året");
  await page.getByLabel("Ordning nettverket er del av").selectOption({ label: "DEKOM" });
  await page.getByRole("button", { name: "Opprett nettverket" }).click();
  await expect(page.getByRole("status")).toHaveText(`Nettverket ${name} er opprettet.`);
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("DEKOM");
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByText("Desentralisert ordning for kompetanseutvikling i skolen (DEKOM)")).toBeVisible();

  await page.getByLabel("Skole", { exact: true }).selectOption({ label: "Lamarka (Sortland kommune)" });
  await page.getByRole("button", { name: "Legg til deltaker" }).click();
  await expect(page.getByRole("status")).toHaveText(`Lamarka er lagt til i ${name}.`);
  await expect(page.getByRole("table", { name: `Deltakere i ${name}` }).getByRole("row", { name: /Lamarka/ })).toContainText("0 av");

  // A gathering without part 2 is refused at that field; what was typed stays.
  const plan = page.locator("form", { has: page.getByRole("button", { name: "Legg til samlingen" }) });
  await plan.getByLabel("Navn på samlingen").fill("Høstsamling");
  await plan.getByLabel("Dato").fill("2027-10-14");
  await plan.getByLabel("Antall dager").fill("2");
  await plan.getByLabel("Sted").fill("Sortland");
  await plan.getByLabel("1. Faglige innlegg").fill("Innlegg om lesing ved Nord universitet");
  await plan.getByLabel("3. Erfaringsdeling og utvikling av ny praksis").fill("Gruppearbeid om egen praksis");
  await plan.getByLabel("4. Blikk mot framtiden / veien videre").fill("Aksjon til neste samling");
  await plan.getByRole("button", { name: "Legg til samlingen" }).click();
  await expect(plan.getByRole("alert")).toBeFocused();
  await expect(plan.getByRole("alert").getByRole("link")).toHaveText("2. Innblikk i andres praksis: Beskriv «2. Innblikk i andres praksis» (minst 3 tegn).");
  await expect(plan.getByLabel("1. Faglige innlegg")).toHaveValue("Innlegg om lesing ved Nord universitet");
  await expect(plan.getByLabel("Sted")).toHaveValue("Sortland");
  await expectAccessible(page);
  await plan.getByLabel("2. Innblikk i andres praksis").fill("Lamarka viser sitt lesekurs");
  await plan.getByRole("button", { name: "Legg til samlingen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Samlingen «Høstsamling» er lagret." })).toBeVisible();
  const gathering = page.getByRole("article", { name: "Høstsamling: 14. oktober 2027, 2 dager, Sortland" });
  await expect(gathering).toContainText("Lamarka viser sitt lesekurs");

  await gathering.getByText("Endre «Høstsamling» og registrer oppmøte").click();
  await gathering.getByLabel("Lamarka").check();
  await gathering.getByRole("button", { name: "Lagre oppmøtet" }).click();
  await expect(gathering.getByRole("status")).toHaveText("Oppmøte er registrert: 1 av 1 deltakere.");
  await expect(gathering).toContainText("Oppmøte: 1 av 1 (100 %)");
  await expectAccessible(page);
  const url = page.url();

  // The skoleleder of Lamarka confirms the criteria for her school.
  const mona = await (await browser.newContext()).newPage();
  await signInAsDemo(mona, "Mona Aas");
  await mona.goto(url);
  await expect(mona.getByRole("button", { name: "Opprett nettverket" })).toHaveCount(0);
  await mona.getByText("Sjekkliste for Lamarka").click();
  const boxes = mona.getByRole("checkbox");
  const total = await boxes.count();
  for (let i = 0; i < total; i++) await boxes.nth(i).check();
  await mona.getByRole("button", { name: "Lagre sjekklisten for Lamarka" }).click();
  await expect(mona.getByRole("status")).toHaveText(`Lamarka har bekreftet ${total} av ${total} kriterier.`);
  await expect(mona.getByRole("table", { name: `Deltakere i ${name}` }).getByRole("row", { name: /Lamarka/ })).toContainText("Alle bekreftet");
  await expectAccessible(mona);
});
