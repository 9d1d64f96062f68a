// A county adopts the portal, from an empty database with the demo sign-in off: the first administrator is
// made with the admin command, creates a county and invites its Statsforvalteren by e-mail (read from a real
// SMTP server); she accepts through identity provider A, sets up two regions and invites a skoleutvikler,
// who accepts through provider B, which sends no e-mail claim (as ID-porten). The skoleutvikler sees her
// region and nothing else; when Statsforvalteren takes the role away, her next page load is refused.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible } from "../support/e2e";
import { EMPTY_PORTAL, MAILBOX_HTTP_PORT } from "../support/oidc-settings";

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
  test.setTimeout(180_000);

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
    await siri.getByLabel("Rolle i forumet").selectOption({ label: "Leder" });
    await siri.getByRole("button", { name: "Legg til medlem" }).click();
    await expect(siri.getByRole("status")).toHaveText("Mona Midt er lagt til.");
    await siri.getByLabel("Navn", { exact: true }).fill("Odd Annen");
    await siri.getByLabel("Representerer").fill("Prøvestad kommune");
    await siri.getByLabel("Kommune (for kommunens representanter)").selectOption({ label: "Prøvestad kommune" });
    await siri.getByLabel("Rolle i forumet").selectOption({ label: "Leder" });
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
    await siri.getByLabel("Dag", { exact: true }).fill("31");
    await siri.getByLabel("Måned").selectOption({ label: "april" });
    await siri.getByRole("button", { name: "Lagre innstillingene" }).click();
    await expect(siri.locator(":focus")).toContainText("31.4. finnes ikke hvert år");
    await expect(siri.getByLabel("Høyeste andel til nettverkene (%)")).toHaveValue("35");
    await expect(siri.getByLabel("Måned")).toHaveValue("4");
    await siri.getByLabel("Dag", { exact: true }).fill("15");
    await siri.getByLabel("Måned").selectOption({ label: "januar" });
    await siri.getByRole("button", { name: "Lagre innstillingene" }).click();
    await expect(siri.getByRole("status")).toContainText("Innstillingene for Troms er lagret.");
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

  await test.step("Statsforvalteren opens the access page", async () => {
    await siri.goto("/min-side");
    await siri.getByRole("link", { name: "Brukere og tilgang – Troms" }).click();
    await expect(siri.getByRole("heading", { level: 1 })).toHaveText("Brukere og tilgang – Troms");
    await expectAccessible(siri);
  });

  const sent = Date.now();
  await siri.getByLabel("Navn").fill("Sander Skoleutvikler");
  await siri.getByLabel("E-post").fill("sander@rkk.example");
  await siri.getByLabel("Rolle", { exact: true }).selectOption({ label: "Skoleutvikler" });
  await siri.getByLabel(/^Ansvarsområde/).selectOption({ label: "Midt-Troms" });
  await siri.getByRole("button", { name: "Send invitasjon" }).click();
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
});

test("a provider that is down: the sign-in page says so and still offers the others", async ({ page }) => {
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: "Logg inn med Entra ID (nede)" }).click();
  await page.waitForURL(/\/logg-inn\?.*error=OAuthSignin/);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Vi fikk ikke kontakt med identitetsleverandøren. Prøv igjen om litt, eller velg en annen innlogging.");
  await expect(page.getByRole("button", { name: /^Logg inn med/ })).toHaveCount(3);
  await expectAccessible(page);
});
