// A county adopts the portal, from an empty database with the demo sign-in off: the first administrator is
// made with the admin command, creates a county and invites its Statsforvalteren by e-mail (read from a real
// SMTP server); she accepts through identity provider A, sets up two regions and invites a skoleutvikler,
// who accepts through provider B, which sends no e-mail claim (as ID-porten). The skoleutvikler sees her
// region and nothing else; when Statsforvalteren takes the role away, her next page load is refused.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { type Browser, type Page } from "@playwright/test";
import { expect, expectAccessible, sendInvitation, test } from "../support/e2e";
import { EMPTY_PORTAL, MAILBOX_HTTP_PORT } from "../support/oidc-settings";
import { osloFields } from "../../src/domain/meetings";

const run = promisify(execFile);

function admin(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, DEKOM_DATA_DIR: ".data/e2e-empty", DEKOM_DB_PORT: "54332", NEXTAUTH_URL: EMPTY_PORTAL };
  delete env.DATABASE_URL;
  return run("node_modules/.bin/tsx", ["scripts/admin.ts", ...args], { env }).then(
    (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }),
  );
}

async function invitationMailTo(email: string): Promise<string> {
  let link: string | undefined;
  await expect.poll(async () => {
    const messages = (await (await fetch(`http://127.0.0.1:${MAILBOX_HTTP_PORT}/messages`)).json()) as { to: string[]; text: string }[];
    const text = messages.filter((m) => m.to.includes(email)).at(-1)?.text;
    link = text && /http:\/\/127\.0\.0\.1:3101\/invitasjon\/[A-Za-z0-9_-]{43}/.exec(text)?.[0];
    return link;
  }, { timeout: 10_000 }).toBeTruthy();
  return link!;
}

/** Signs in at the test identity provider's own login page (its consent step on first use). */
async function loginAtProvider(page: Page, username: string) {
  await page.waitForURL(/127\.0\.0\.1:31(09|10)\/interaction\//);
  await page.locator('input[name="login"]').fill(username);
  await page.locator('input[name="password"]').fill("hva-som-helst");
  await page.locator('button[type="submit"]').click();
  const consent = page.locator('button[type="submit"]', { hasText: /continue|authorize/i });
  if (await consent.isVisible({ timeout: 3_000 }).catch(() => false)) await consent.click();
}

async function acceptInvitation(browser: Browser, link: string, provider: string, username: string) {
  const page = await (await browser.newContext({ baseURL: EMPTY_PORTAL })).newPage();
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Velkommen til DEKOM-portalen");
  await expectAccessible(page);
  await page.getByRole("button", { name: `Logg inn med ${provider}` }).click();
  await loginAtProvider(page, username);
  await page.waitForURL(`${EMPTY_PORTAL}/min-side`);
  return page;
}

test.use({ baseURL: EMPTY_PORTAL });

test("a new county is set up from an empty database by invitations, through two identity providers", async ({ browser, page }) => {
  test.setTimeout(300_000);
  const started = Date.now();
  const year = new Date().getFullYear();
  const today = new Date().toISOString().slice(0, 10);

  await test.step("the installation is empty, and offers both providers and no demo sign-in", async () => {
    await page.goto("/logg-inn");
    await expect(page.getByRole("button", { name: /^Logg inn med/ })).toHaveText(["Logg inn med Feide (test)", "Logg inn med ID-porten (test)", "Logg inn med Entra ID (nede)"]);
    await expect(page.getByText("Demobrukere")).toHaveCount(0);
  });

  let adminLink = "";
  await test.step("the admin command makes a one-time sign-in link, refuses bad input and a second run", async () => {
    expect(await admin("create-admin", "--name", "Ada Admin", "--email", "ikke-epost")).toMatchObject({ code: 2, err: expect.stringContaining("--email: Skriv en gyldig e-postadresse") });
    const first = await admin("create-admin", "--name", "Ada Admin", "--email", "ada@drift.example");
    expect(first.code).toBe(0);
    adminLink = /http:\/\/127\.0\.0\.1:3101\/invitasjon\/[A-Za-z0-9_-]{43}/.exec(first.out)![0];
    expect(await admin("create-admin", "--name", "Ada Admin", "--email", "ada@drift.example")).toMatchObject({ code: 1, err: expect.stringContaining("already has an open invitation") });
  });

  const adminPage = await acceptInvitation(browser, adminLink, "Feide (test)", "ada@drift.example");
  await test.step("the administrator creates a county and invites its Statsforvalteren", async () => {
    await expect(adminPage.getByText("Ada Admin · Systemadministrator")).toBeVisible();
    await adminPage.getByRole("link", { name: /^Administrasjon av installasjonen/ }).click();
    await expect(adminPage.getByRole("heading", { level: 1, name: "Administrasjon av installasjonen" })).toBeVisible();
    await expectAccessible(adminPage);
    // A mistake first: the message takes focus, the typed value stays.
    await adminPage.getByLabel("Statsforvalterembetet").fill("Statsforvalteren i Troms og Finnmark");
    await adminPage.getByRole("button", { name: "Opprett fylket" }).click();
    await expect(adminPage.locator(":focus")).toContainText("Skriv fylkets navn");
    await expect(adminPage.getByLabel("Statsforvalterembetet")).toHaveValue("Statsforvalteren i Troms og Finnmark");
    await adminPage.getByLabel("Fylkets navn").fill("Troms");
    await adminPage.getByRole("button", { name: "Opprett fylket" }).click();
    await expect(adminPage.getByRole("status")).toContainText("Troms er opprettet");
    const card = adminPage.getByRole("article").filter({ hasText: "Troms" });
    await card.getByLabel("Navn").fill("Siri Sol");
    await card.getByLabel("E-post").fill("siri@sf.example");
    await card.getByRole("button", { name: "Send invitasjon" }).click();
    await expect(card.getByRole("status")).toHaveText("Invitasjonen til Siri Sol er sendt til siri@sf.example.");
    await expectAccessible(adminPage);
  });

  const siri = await acceptInvitation(browser, await invitationMailTo("siri@sf.example"), "Feide (test)", "siri@sf.example");
  await test.step("Statsforvalteren sets up two regions and invites a skoleutvikler", async () => {
    await expect(siri.getByText("Siri Sol · Statsforvalteren")).toBeVisible();
    await siri.getByRole("link", { name: /^Oppsett av fylket/ }).click();
    await expect(siri.getByRole("list").getByText(`Ingen strategiperiode dekker ${new Date().getFullYear()}.`)).toBeVisible();
    await expect(siri.getByText("Fylket har ingen kompetanseregioner.")).toBeVisible();
    for (const name of ["Midt-Troms", "Nord-Troms"]) {
      await siri.getByLabel("Navn").fill(name);
      await siri.getByLabel("Koordinert av").fill(`${name} kompetansekontor`);
      await siri.getByLabel("UH-partner").fill("UiT Norges arktiske universitet");
      await siri.getByRole("button", { name: "Opprett regionen" }).click();
      await expect(siri.getByRole("status")).toHaveText(`Kompetanseregion ${name} er opprettet.`);
    }
    await expectAccessible(siri);
  });

  await test.step("Statsforvalteren imports owners and schools from an NSR file: preview, then import", async () => {
    await siri.goto("/min-side/struktur/troms");
    await expect(siri.getByText("Midt-Troms har ingen skoleeiere.")).toBeVisible();
    await siri.getByRole("link", { name: "Importer skoleeiere og skoler fra registrene" }).click();
    await siri.getByLabel("Region som skoleeierne og skolene hører til").selectOption({ label: "Midt-Troms" });
    await siri.getByLabel(/^Nasjonalt skoleregister/).check();
    await siri.getByLabel("Fil fra registeret").setInputFiles("samples/nsr-skoler-eksempel.json");
    await siri.getByRole("button", { name: "Forhåndsvis" }).click();
    await expect(siri.locator(":focus")).toHaveText("Forhåndsvisning: nsr-skoler-eksempel.json til Midt-Troms");
    await expect(siri.getByRole("list", { name: "Oppsummering" })).toContainText("Skoler: 320 nye, 0 endret, 0 uendret");
    await expect(siri.getByRole("list", { name: "Oppsummering" })).toContainText("Avvist: 1 rader");
    await expectAccessible(siri);
    await siri.getByRole("button", { name: "Importer" }).click();
    await expect(siri.getByRole("status")).toHaveText("Importert: 14 skoleeiere og 320 skoler er lagt til eller oppdatert. Resten var uendret.");
    // The kindergartens (REKOM) the same way, from an NBR file: under the same owners, and the private ones.
    await siri.goto("/min-side/struktur/troms/import");
    await siri.getByLabel("Region som skoleeierne og skolene hører til").selectOption({ label: "Midt-Troms" });
    await siri.getByLabel(/^Nasjonalt barnehageregister/).check();
    await siri.getByLabel("Fil fra registeret").setInputFiles("samples/nbr-barnehager-eksempel.json");
    await siri.getByRole("button", { name: "Forhåndsvis" }).click();
    await expect(siri.locator(":focus")).toHaveText("Forhåndsvisning: nbr-barnehager-eksempel.json til Midt-Troms");
    await expect(siri.getByRole("list", { name: "Oppsummering" })).toContainText("Barnehager: 60 nye, 0 endret, 0 uendret");
    await expectAccessible(siri);
    await siri.getByRole("button", { name: "Importer" }).click();
    await expect(siri.getByRole("status")).toHaveText(/^Importert: \d+ eiere og 60 barnehager er lagt til eller oppdatert\./);
    await siri.goto("/min-side/struktur/troms");
    await expect(siri.getByText("Midt-Troms har ingen skoleeiere.")).toHaveCount(0);
    await expect(siri.getByText("Nord-Troms har ingen skoleeiere.")).toBeVisible();
    // By hand: a mistyped organisasjonsnummer is refused at the field and the name stays; then the owner and a school.
    await siri.getByRole("link", { name: "Nord-Troms", exact: true }).click();
    await expect(siri.getByRole("heading", { level: 1 })).toHaveText("Nord-Troms");
    await siri.getByLabel("Navn", { exact: true }).last().fill("Kvænangen kommune");
    await siri.getByLabel("Organisasjonsnummer", { exact: true }).fill("123 456 789");
    await siri.getByRole("button", { name: "Legg til skoleeier" }).click();
    await expect(siri.locator(":focus")).toContainText("Organisasjonsnummeret har feil kontrollsiffer.");
    await expect(siri.getByLabel("Navn", { exact: true }).last()).toHaveValue("Kvænangen kommune");
    await siri.getByLabel("Organisasjonsnummer", { exact: true }).fill("974 760 673");
    await siri.getByRole("button", { name: "Legg til skoleeier" }).click();
    await expect(siri.getByRole("status")).toHaveText("Kvænangen kommune er lagt til.");
    await siri.getByLabel("Skolens navn").fill("Burfjord skole");
    await siri.getByRole("button", { name: "Legg til skole", exact: true }).click();
    await expect(siri.getByRole("status").filter({ hasText: "Burfjord skole er lagt til." })).toBeVisible();
    await expectAccessible(siri);
  });

  await test.step("Statsforvalteren sets up Midt-Troms' Oppvekstforum: a leader for a municipality; a second leader is refused", async () => {
    await siri.goto("/min-side/struktur/troms");
    await siri.getByRole("button", { name: "Opprett oppvekstforum for Midt-Troms" }).click();
    await expect(siri.getByRole("heading", { level: 1 })).toHaveText("Oppvekstforum Midt-Troms");
    await expect(siri.getByText("Ingen medlemmer ennå.")).toBeVisible();
    await siri.getByLabel("Navn", { exact: true }).fill("Mona Midt");
    await siri.getByLabel("Representerer").fill("Eksempelvik kommune");
    await siri.getByLabel("Kommune (for kommunens representanter)").selectOption({ label: "Eksempelvik kommune" });
    await siri.getByLabel("Rolle i forumet", { exact: true }).selectOption({ label: "Leder" });
    await siri.getByRole("button", { name: "Legg til medlem" }).click();
    await expect(siri.getByRole("status")).toHaveText("Mona Midt er lagt til.");
    await siri.getByLabel("Navn", { exact: true }).fill("Odd Annen");
    await siri.getByLabel("Representerer").fill("Prøvestad kommune");
    await siri.getByLabel("Kommune (for kommunens representanter)").selectOption({ label: "Prøvestad kommune" });
    await siri.getByLabel("Rolle i forumet", { exact: true }).selectOption({ label: "Leder" });
    await siri.getByRole("button", { name: "Legg til medlem" }).click();
    await expect(siri.locator(":focus")).toContainText("Forumet har allerede en leder.");
    await expect(siri.getByLabel("Kommune (for kommunens representanter)").locator("option:checked")).toHaveText("Prøvestad kommune");
    await expect(siri.getByText("Mona Midt, Eksempelvik kommune – Kommune, Eksempelvik kommune, leder, stemmerett")).toBeVisible();
    await expectAccessible(siri);
  });

  await test.step("Statsforvalteren sets the county's own key (35 %) and deadline (15 January)", async () => {
    await siri.goto("/min-side");
    await siri.getByRole("link", { name: /^Oppsett av fylket/ }).click();
    await siri.getByRole("link", { name: "Innstillinger for fylket" }).click();
    await expectAccessible(siri);
    await siri.getByLabel("Høyeste andel til nettverkene (%)").fill("35");
    const report = siri.getByRole("group", { name: /^Rapportfrist for evalueringen/ });
    await report.getByLabel("Dag").fill("31");
    await report.getByLabel("Måned").selectOption({ label: "april" });
    await siri.getByRole("button", { name: "Lagre innstillingene" }).click();
    await expect(siri.locator(":focus")).toContainText("31.4. finnes ikke hvert år");
    await expect(siri.getByLabel("Høyeste andel til nettverkene (%)")).toHaveValue("35");
    await expect(report.getByLabel("Måned")).toHaveValue("4");
    await report.getByLabel("Dag").fill("15");
    await report.getByLabel("Måned").selectOption({ label: "januar" });
    // The behovsmelding's deadline too: 1 March in this county.
    const needs = siri.getByRole("group", { name: /^Frist for skoleeiernes behovsmelding/ });
    await needs.getByLabel("Måned").selectOption({ label: "mars" });
    await siri.getByRole("button", { name: "Lagre innstillingene" }).click();
    await expect(siri.getByRole("status")).toContainText("Innstillingene for Troms er lagret.");
    await expect(needs.getByLabel("Måned")).toHaveValue("3");
    await siri.goto("/min-side/struktur/troms");
    await expect(siri.getByText("Inntil 35 % til nettverkene, rapportfrist 15. januar")).toBeVisible();
  });

  await test.step("Statsforvalteren creates a strategy period covering this year, then starts and closes the next", async () => {
    const year = new Date().getFullYear();
    await siri.goto("/min-side");
    await siri.getByRole("link", { name: "Strategiperioder" }).click();
    await expect(siri.getByText(`Ingen periode dekker ${year}.`)).toBeVisible();
    await expectAccessible(siri);
    await siri.getByLabel("Navn").fill(`Strategi for Troms ${year}–${year + 3}`);
    await siri.getByLabel("Første år").fill(String(year));
    await siri.getByLabel("Siste år").fill(String(year - 1));
    await siri.getByLabel("Satsingsområder").fill("Lesing og skriving\nInkluderende læringsmiljø");
    await siri.getByRole("button", { name: "Opprett perioden" }).click();
    await expect(siri.locator(":focus")).toContainText("Siste år: Sluttåret kan ikke være før startåret.");
    await expect(siri.getByLabel("Satsingsområder")).toHaveValue("Lesing og skriving\nInkluderende læringsmiljø");
    await siri.getByLabel("Siste år").fill(String(year + 3));
    await siri.getByRole("button", { name: "Opprett perioden" }).click();
    await expect(siri.getByRole("status")).toContainText(`Strategi for Troms ${year}–${year + 3} er opprettet.`);
    await expect(siri.getByRole("listitem").filter({ hasText: `Strategi for Troms ${year}–${year + 3}` })).toContainText("Gjelder nå");
    await siri.getByRole("button", { name: `Start perioden ${year + 4}–${year + 7}` }).click();
    await siri.getByRole("link", { name: "Se over og rediger den nye perioden" }).click();
    await expect(siri.getByRole("heading", { level: 1 })).toHaveText(`Strategi for Troms ${year + 4}–${year + 7}`);
    await expect(siri.getByLabel("Satsingsområder")).toHaveValue("Lesing og skriving\nInkluderende læringsmiljø");
    await expectAccessible(siri);
    siri.once("dialog", (d) => void d.accept());
    await siri.getByRole("button", { name: "Avslutt perioden" }).click();
    await expect(siri.getByText(/Perioden ble avsluttet/)).toBeVisible();
  });

  await test.step("Statsforvalteren moves an owner to the other region from the current period on", async () => {
    await siri.goto("/min-side/struktur/troms/regioner/nord-troms");
    const move = siri.getByRole("region", { name: "Flytt en skoleeier til en annen region" });
    await move.getByLabel("Skoleeier", { exact: true }).selectOption({ label: "Kvænangen kommune" });
    await move.getByLabel("Til region").selectOption({ label: "Midt-Troms" });
    await move.getByLabel("Fra og med perioden").selectOption({ label: `Strategi for Troms ${year}–${year + 3}` });
    await siri.getByRole("button", { name: "Flytt skoleeieren" }).click();
    await expect(siri.getByRole("status")).toHaveText(`Kvænangen kommune hører til Midt-Troms fra og med Strategi for Troms ${year}–${year + 3}.`);
    await expect(siri.getByRole("heading", { name: /^Skoleeiere \(0\)/ })).toBeVisible();
    await expectAccessible(siri);
  });

  await test.step("Statsforvalteren records the key and this year's grant (at most 35 %), and approves the allocations", async () => {
    await siri.goto("/min-side");
    await siri.getByRole("link", { name: "Tildelinger: registrer, fordel og godkjenn" }).click();
    await expect(siri).toHaveURL(/\/min-side\/tildelinger\/troms$/);
    await expect(siri.getByRole("navigation", { name: "Sider for Troms" })).toBeVisible();
    await siri.getByRole("link", { name: String(year), exact: true }).click();
    await expect(siri.getByRole("heading", { level: 1 })).toHaveText(`Tildeling ${year}: Troms`);
    await siri.getByRole("link", { name: "Endre nøkkelen" }).click();
    await expect(siri.getByRole("heading", { level: 1 })).toHaveText(`Fordelingsnøkkel for Strategi for Troms ${year}–${year + 3}`);
    // Troms keys by the number of teachers: 300 and 200 give 60 % and 40 %.
    await siri.getByLabel("Nøkkelen er gitt som").selectOption({ label: "Antall lærere i regionen" });
    await siri.getByLabel("Midt-Troms").fill("300");
    await siri.getByLabel("Nord-Troms").fill("200");
    await expect(siri.getByText("Gir 60 %")).toBeVisible();
    await expect(siri.getByText("Sum: 500 lærere")).toBeVisible();
    await siri.getByLabel("Vedtak i samarbeidsforumet").fill(`Samarbeidsforum sak 1/${String(year).slice(2)}`);
    await siri.getByLabel("Vedtaksdato").fill(today);
    await siri.getByRole("button", { name: "Registrer ny nøkkel" }).click();
    await expect(siri.getByRole("status")).toContainText(`Ny fordelingsnøkkel for Strategi for Troms ${year}–${year + 3} er registrert.`);
    await expectAccessible(siri);
    await siri.goto(`/min-side/tildelinger/troms/${year}`);
    await siri.getByLabel("Beløp fra Udir (kr)").fill("1 000 000");
    await siri.getByLabel("Dato for tildelingsbrevet").fill(today);
    await siri.getByLabel("Referanse til tildelingsbrevet").fill(`Udir ${year}/12`);
    await siri.getByLabel("Andel til nettverkene (%)").fill("40");
    await siri.getByRole("button", { name: "Registrer tildeling" }).click();
    // Troms' own setting, not Nordland's 40 %.
    await expect(siri.getByRole("main").getByRole("alert").first()).toContainText("Nettverksandelen kan ikke overstige 35 %");
    await siri.getByLabel("Andel til nettverkene (%)").fill("35");
    await siri.getByRole("button", { name: "Registrer tildeling" }).click();
    await expect(siri.getByRole("status")).toHaveText(`Tildelingen for ${year} er lagret: 350 000,00 kr til nettverkene og 650 000,00 kr til UH.`, { useInnerText: true });
    await siri.getByRole("button", { name: "Godkjenn alle som venter (2)" }).click();
    await siri.getByRole("button", { name: "Ja, godkjenn 2" }).click();
    await expect(siri.getByRole("status").first()).toHaveText("2 tildelinger er godkjent.");
    await expectAccessible(siri);
    const visitor = await (await browser.newContext({ baseURL: EMPTY_PORTAL })).newPage();
    await visitor.goto("/");
    await visitor.getByRole("link", { name: "Troms", exact: true }).click();
    await visitor.getByRole("link", { name: "Godkjente tildelinger" }).click();
    const published = visitor.getByRole("table", { name: `Godkjente tildelinger ${year}` });
    await expect(published.getByRole("row", { name: /Midt-Troms/ })).toContainText("210 000,00 kr");
    await expect(published.getByRole("row", { name: /Nord-Troms/ })).toContainText("140 000,00 kr");
    await expectAccessible(visitor);
  });

  await test.step("Statsforvalteren opens the access page", async () => {
    await siri.goto("/min-side");
    await siri.getByRole("link", { name: "Brukere og tilgang – Troms" }).click();
    await expect(siri.getByRole("heading", { level: 1 })).toHaveText("Brukere og tilgang – Troms");
    await expectAccessible(siri);
  });

  const sent = Date.now();
  await sendInvitation(siri, { name: "Sander Skoleutvikler", email: "sander@rkk.example", role: "Skoleutvikler", scope: "Midt-Troms" });
  await expect(siri.getByRole("status")).toHaveText("Invitasjonen til Sander Skoleutvikler er sendt til sander@rkk.example.");
  const sander = await acceptInvitation(browser, await invitationMailTo("sander@rkk.example"), "ID-porten (test)", "sander-uten-epost");
  const landed = Date.now() - sent;
  test.info().annotations.push({ type: "invitation to start page", description: `${landed} ms` });
  console.log(`[adoption] from "Send invitasjon" to the skoleutvikler's start page: ${landed} ms`);

  await test.step("the skoleutvikler sees her region and nothing else", async () => {
    await expect(sander.getByText("Sander Skoleutvikler · Skoleutvikler")).toBeVisible();
    await expect(sander.getByRole("heading", { level: 2 })).toHaveText(["Kompetanseregion Midt-Troms"]);
    await expect(sander.getByText("Nord-Troms")).toHaveCount(0);
    await expectAccessible(sander);
    await sander.getByRole("link", { name: "Min profil, roller og innlogginger" }).click();
    await expect(sander.getByText("ID-porten (test) (koblet")).toBeVisible();
    await expect(sander.getByRole("table", { name: "Endringer i roller og tilgang" })).toContainText("Fikk rollen Skoleutvikler");
    await expectAccessible(sander);
    // One person, two logins: she links provider A as well, and comes back to her profile.
    await sander.getByRole("button", { name: "Koble til Feide (test)" }).click();
    await loginAtProvider(sander, "sander.feide@rkk.example");
    await sander.waitForURL(`${EMPTY_PORTAL}/min-side/profil`);
    await expect(sander.getByRole("listitem").filter({ hasText: /^Feide \(test\) \(koblet/ })).toBeVisible();
    await expect(sander.getByRole("button", { name: /^Koble til/ })).toHaveCount(1);
    for (const path of ["/min-side/admin", "/min-side/struktur/troms"]) {
      await sander.goto(path);
      await expect(sander.getByRole("heading", { level: 1 })).toHaveText("Fant ikke siden");
    }
  });

  await test.step("Statsforvalteren takes the role away; the skoleutvikler's next page load is refused", async () => {
    await siri.reload();
    await siri.getByRole("link", { name: "Sander Skoleutvikler" }).click();
    await expect(siri.getByText("Innlogging: ID-porten (test), Feide (test)")).toBeVisible();
    await expectAccessible(siri);
    siri.once("dialog", (d) => void d.accept());
    await siri.getByRole("button", { name: /^Ta bort/ }).click();
    await expect(siri.getByRole("status")).toContainText("Rollen Skoleutvikler er tatt bort fra Sander Skoleutvikler.");
    await sander.goto("/min-side");
    await expect(sander).toHaveURL(/\/logg-inn\?feil=ingen-rolle/);
    await expect(sander.getByRole("main").getByRole("alert")).toContainText("ingen rolle");
  });

  await test.step("Statsforvalteren invites the Oppvekstforum's leader and gives her seat to her, with a quorum of 1", async () => {
    await siri.goto("/min-side/tilgang/troms");
    await sendInvitation(siri, { name: "Mona Midt", email: "mona@eksempelvik.example", role: "Medlem av oppvekstforum", scope: "Midt-Troms" });
    await expect(siri.getByRole("status")).toHaveText("Invitasjonen til Mona Midt er sendt til mona@eksempelvik.example.");
  });
  const mona = await acceptInvitation(browser, await invitationMailTo("mona@eksempelvik.example"), "Feide (test)", "mona@eksempelvik.example");
  await test.step("(the seat and the rules)", async () => {
    await siri.goto("/min-side/struktur/troms");
    await siri.getByRole("link", { name: /^Oppvekstforum Midt-Troms/ }).click();
    await siri.getByText("Endre Mona Midt").click();
    await siri.getByLabel("Bruker i portalen for Mona Midt").selectOption({ label: "Mona Midt (mona@eksempelvik.example)" });
    await siri.getByRole("button", { name: "Lagre Mona Midt" }).click();
    await expect(siri.getByRole("status")).toContainText("Endringene for Mona Midt er lagret.");
    await expect(siri.getByText("leder, stemmerett – bruker: Mona Midt")).toBeVisible();
    await siri.getByLabel("Beslutningsdyktig med (stemmeenheter til stede)").fill("1");
    await siri.getByRole("button", { name: "Lagre reglene" }).click();
    await expect(siri.getByRole("region", { name: "Regler for beslutninger" }).getByRole("status")).toContainText("Reglene for Oppvekstforum Midt-Troms er lagret.");
    await expectAccessible(siri);
  });

  let meetingPath = "";
  await test.step("the leader plans a meeting (not in the past), sets up and publishes the agenda, records attendance", async () => {
    await mona.goto("/moter");
    await mona.getByText("Nytt møte i Oppvekstforum Midt-Troms").click();
    const title = `Oppvekstforum Midt-Troms, møte 1/${year}`;
    await mona.getByLabel("Navn på møtet").fill(title);
    await mona.getByLabel("Dato").fill(new Date(Date.now() - 86_400_000).toISOString().slice(0, 10));
    await mona.getByLabel("Klokkeslett").fill("10:00");
    await mona.getByLabel("Sted").fill("Bardufoss, kommunehuset");
    await mona.getByRole("button", { name: "Opprett møtet" }).click();
    await expect(mona.locator(":focus")).toContainText("Møtet kan ikke legges til et tidspunkt som har vært.");
    await expect(mona.getByLabel("Navn på møtet")).toHaveValue(title);
    await expectAccessible(mona);
    const soon = osloFields(new Date(Date.now() + 20 * 60_000));
    await mona.getByLabel("Dato").fill(soon.date);
    await mona.getByLabel("Klokkeslett").fill(soon.time);
    await mona.getByRole("button", { name: "Opprett møtet" }).click();
    await expect(mona.getByRole("heading", { level: 1 })).toHaveText(title);
    meetingPath = new URL(mona.url()).pathname;
    await mona.getByText("Ny sak på sakslisten").click();
    await mona.getByLabel("Saksnummer").fill(`1/${String(year).slice(2)}`);
    await mona.getByLabel("Tittel").fill("Fordeling av regionens nettverksmidler");
    await mona.getByLabel("Beskrivelse").fill("Hvordan regionens andel skal fordeles mellom nettverkene.");
    await mona.getByLabel("Forslag til vedtak").fill("Etter antall lærere\nLik fordeling");
    await mona.getByRole("button", { name: "Sett saken på sakslisten" }).click();
    await expect(mona.getByRole("status").filter({ hasText: "er satt på sakslisten" })).toBeVisible();
    await mona.getByRole("button", { name: "Publiser sakslisten" }).click();
    await expect(mona.getByRole("status").filter({ hasText: "er publisert og vises for alle" })).toBeVisible();
    await mona.getByLabel("Mona Midt, Eksempelvik kommune").check();
    await mona.getByRole("button", { name: "Registrer oppmøtet" }).click();
    await expect(mona.getByRole("status").filter({ hasText: "Oppmøtet er registrert" })).toContainText("Beslutningsdyktig: 1 stemmeenheter til stede (minst 1).");
    await expectAccessible(mona);
  });

  await test.step("the case is decided by vote, and the public reads the agenda and the decision", async () => {
    const sak = mona.getByRole("article").filter({ has: mona.getByRole("heading", { name: /^Sak 1\// }) });
    await sak.getByText("Åpne avstemning (møteleder)").click();
    await sak.getByLabel("Åpen i antall minutter").fill("10");
    await sak.getByRole("button", { name: "Åpne avstemningen" }).click();
    await sak.getByLabel("Etter antall lærere").check();
    await sak.getByRole("button", { name: "Avgi stemme" }).click();
    await expect(sak.getByRole("status").filter({ hasText: "Stemmen er registrert." })).toBeVisible();
    await sak.getByRole("button", { name: "Avslutt avstemningen og tell opp" }).click();
    await expect(sak.getByText("Vedtak: Etter antall lærere")).toBeVisible();
    await expectAccessible(mona);
    const visitor = await (await browser.newContext({ baseURL: EMPTY_PORTAL })).newPage();
    await visitor.goto("/fylker/troms");
    await visitor.getByRole("link", { name: "Møter og protokoller" }).click();
    await visitor.getByRole("link", { name: `Oppvekstforum Midt-Troms, møte 1/${year}` }).click();
    await expect(visitor.getByRole("list").filter({ hasText: "Fordeling av regionens nettverksmidler" })).toBeVisible();
    await expect(visitor.getByText("Beslutningsdyktig: 1 stemmeenheter til stede (minst 1).")).toBeVisible();
    await expectAccessible(visitor);
    await visitor.getByRole("link", { name: "Les protokollen" }).click();
    await expect(visitor.getByText("Vedtak: Etter antall lærere")).toBeVisible();
    expect(meetingPath).toMatch(/^\/moter\//);
    // The leader's meeting page and the public list at phone width: no violations, no sideways scroll.
    for (const [p, path] of [[mona, meetingPath], [visitor, "/fylker/troms/moter"]] as const) {
      await p.setViewportSize({ width: 390, height: 844 });
      await p.goto(path);
      await expectAccessible(p);
      expect(await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `sideways scroll on ${path}`).toBeLessThanOrEqual(0);
    }
    const took = Date.now() - started;
    test.info().annotations.push({ type: "empty database to decided case", description: `${took} ms` });
    console.log(`[adoption] from an empty database to the first decided case: ${took} ms`);
  });
});

test("a provider that is down: the sign-in page says so and still offers the others", async ({ page }) => {
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: "Logg inn med Entra ID (nede)" }).click();
  await page.waitForURL(/\/logg-inn\?.*error=OAuthSignin/);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Vi fikk ikke kontakt med identitetsleverandøren. Prøv igjen om litt, eller velg en annen innlogging.");
  await expect(page.getByRole("button", { name: /^Logg inn med/ })).toHaveCount(3);
  await expectAccessible(page);
});
