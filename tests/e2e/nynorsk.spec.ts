// Bokmål and nynorsk: a skoleutvikler switches to nynorsk on the sign-in page and does the yearly evaluation
// (REKOM, Vesterålen 2026) entirely in nynorsk: the pages, the server's refusals and confirmations, the print
// view. Axe runs on every page in both languages. The choice is remembered; the browser's preference is the
// default; an unknown language in the address or the cookie is explained, and the page falls back.
import { type Browser, type Page } from "@playwright/test";
import { currentNeedsYear } from "../../src/domain/needs";
import { expect, expectAccessible, test } from "../support/e2e";

const REPORT = "/min-side/evalueringer/vesteralen/2026";
/**
 * Words only bokmål has, from the interface's own text (not what users wrote: the demo plan is in bokmål, and an
 * office's name such as "Statsforvalteren i Nordland" is a name).
 */
const BOKMAL_ONLY = /\b(ikke|hva|hvordan|hvilke|lagret|endringer|Innlogget|Hovedmeny|Forside|Statsforvalteren(?! i )|dager|påbegynt|godkjent|Evalueringer|regionene|Demobrukere|Tilgjengelighetserklæring)\b/;

/** The interface text of a page: header, footer and main, without the texts users wrote (the report's answers, the plan's titles). */
async function interfaceText(page: Page) {
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll("textarea, dd, [data-user-text], script, style").forEach((n) => n.remove());
    // Group headings of the report name a tiltak by its title from the plan.
    clone.querySelectorAll("h2, a").forEach((n) => { if (/^Mål \d+, tiltak \d+:/.test(n.textContent ?? "")) n.remove(); });
    return clone.innerText;
  });
}
async function inNynorsk(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "nn");
  expect(await interfaceText(page)).not.toMatch(BOKMAL_ONLY);
  await expectAccessible(page);
}
/** A demo user signed in from a browser of the given language (the demo sign-in buttons). */
async function signedIn(browser: Browser, name: string, locale: "nb-NO" | "nn-NO") {
  const page = await (await browser.newContext({ locale })).newPage();
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: new RegExp(`^${name}`) }).click();
  await page.waitForURL(/\/min-side$/);
  return page;
}
const saved = (page: Page) => expect(page.getByTestId("lagret")).toHaveText(/Alle endringar er lagra/, { timeout: 10_000 });

test.use({ locale: "nb-NO" });

test("a skoleutvikler chooses nynorsk and does the evaluation in nynorsk; the choice is remembered", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await page.goto("/logg-inn");
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await expect(page.getByRole("heading", { name: "Demobrukere" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Nynorsk" }).click();
  await expect(page.getByRole("heading", { name: "Demobrukarar" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Nynorsk" })).toHaveAttribute("aria-pressed", "true");
  await inNynorsk(page);

  await page.getByRole("button", { name: /^Kari Strand/ }).click();
  await page.waitForURL(/\/min-side$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mi side" })).toBeVisible();
  await expect(page.getByText("Kari Strand · Skuleutviklar")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Årleg evaluering" })).toBeVisible();
  await inNynorsk(page);

  await page.goto("/min-side/evalueringer?ordning=rekom");
  await expect(page.getByRole("heading", { level: 1, name: "Evalueringar" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Ordningar" }).getByRole("link", { name: "REKOM" })).toHaveAttribute("aria-current", "page");
  await inNynorsk(page);
  await page.getByRole("rowheader").getByRole("link", { name: "Vesterålen" }).click();
  await expect(page).toHaveURL(`${REPORT}?ordning=rekom`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Evaluering 2026: Vesterålen");
  await expect(page.getByText("Status: Ikkje påbyrja")).toBeVisible();
  await inNynorsk(page);

  await page.getByRole("button", { name: "Start rapporten for 2026" }).click();
  await expect(page.getByText("Status: Utkast")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Delar av rapporten" })).toBeVisible();
  // A refusal from the server comes in nynorsk too, and takes focus.
  await page.getByRole("button", { name: "Lever rapporten" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Fyll ut Effekt/resultat, Prosess og Struktur for regionen før rapporten blir levert." })).toBeFocused();
  await inNynorsk(page);

  await page.getByLabel("Effekt/resultat", { exact: true }).first().fill("Fleire barnehagar har prøvd ut leik med språk.");
  await page.getByLabel("Prosess", { exact: true }).first().fill("Fire samlingar med utprøving mellom samlingane.");
  await page.getByLabel("Struktur", { exact: true }).first().fill("Ei utviklingsgruppe for barnehage i Sortland.");
  await saved(page);
  await page.getByRole("button", { name: "Lever rapporten" }).click();
  await expect(page.getByText(/Rapporten vart levert .*Han kan ikkje endrast med mindre Statsforvaltaren sender han tilbake\./)).toBeVisible();
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await inNynorsk(page);

  await page.getByRole("link", { name: "Utskriftsvenleg versjon" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Evaluering 2026: kompetanseregion Vesterålen");
  await expect(page.getByRole("region", { name: "Statushistorikk" }).getByRole("listitem")).toHaveText([/Påbyrja \(Kari Strand\)/, /Levert \(Kari Strand\)/]);
  await expect(page.getByText("Fleire barnehagar har prøvd ut leik med språk.")).toBeVisible();
  await inNynorsk(page);

  // Remembered: a new page in the same browser is in nynorsk without choosing again.
  const again = await page.context().newPage();
  await again.goto("/min-side");
  await expect(again.getByRole("heading", { level: 1, name: "Mi side" })).toBeVisible();
  await again.close();

  // Back to bokmål: the same print view in bokmål, accessible too. What Kari wrote stays as written.
  await page.getByRole("button", { name: "Bokmål" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await expect(page.getByRole("region", { name: "Statushistorikk" }).getByRole("listitem")).toHaveText([/Påbegynt/, /Levert/]);
  await expect(page.getByText("Fleire barnehagar har prøvd ut leik med språk.")).toBeVisible();
  await expectAccessible(page);

  // Statsforvalteren, who reads bokmål, accepts the nynorsk report in bokmål.
  const sf = await signedIn(browser, "Stine Berg", "nb-NO");
  await sf.goto(`${REPORT}?ordning=rekom`);
  await sf.getByRole("button", { name: "Godkjenn rapporten" }).click();
  await expect(sf.getByText("Rapporten er godkjent av Statsforvalteren.")).toBeVisible();
  await expectAccessible(sf);
  await sf.context().close();
});

test("the browser's preference is the default; an unknown language in the address or the cookie is explained", async ({ browser }) => {
  const nn = await (await browser.newContext({ locale: "nn-NO" })).newPage();
  await nn.goto("/");
  await expect(nn.locator("html")).toHaveAttribute("lang", "nn");
  await expect(nn.getByRole("link", { name: "Framside" })).toBeVisible();
  await expect(nn.getByRole("heading", { level: 1 })).toHaveText("Desentralisert ordning for kompetanseutvikling i skulen");
  await expect(nn.getByText(/Nordland .* · \d+ kompetanseregionar/)).toBeVisible();
  await inNynorsk(nn);
  await expect(nn.getByRole("button", { name: "Nynorsk" })).toHaveAttribute("aria-pressed", "true");
  // An invitation link that does not work says so in nynorsk (the page a new user meets first).
  await nn.goto("/invitasjon/ikke-en-gyldig-lenke");
  await expect(nn.getByRole("heading", { level: 1 })).toHaveText("Invitasjonen kan ikkje brukast");
  await expect(nn.getByRole("alert").filter({ hasText: /^Invitasjonslenk/ })).toBeVisible();
  await expectAccessible(nn);
  // ?sprak= shows one page in a language without changing the choice.
  await nn.goto("/logg-inn?sprak=nb");
  await expect(nn.locator("html")).toHaveAttribute("lang", "nb");
  await nn.goto("/logg-inn?sprak=se");
  await expect(nn.locator("html")).toHaveAttribute("lang", "nn");
  await expect(nn.getByRole("alert").filter({ hasText: "Adressa bad om språket «se», som portalen ikkje har. Sida blir vist på nynorsk" })).toBeVisible();
  await expectAccessible(nn);
  await nn.context().close();

  const context = await browser.newContext({ locale: "nb-NO" });
  await context.addCookies([{ name: "dekom-sprak", value: "klingon", url: test.info().project.use.baseURL ?? "http://127.0.0.1:3100" }]);
  const page = await context.newPage();
  await page.goto("/logg-inn");
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await expect(page.getByRole("alert").filter({ hasText: "Det lagrede språkvalget «klingon» er ukjent. Siden vises på bokmål" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Nynorsk" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "nn");
  await expect(page.getByText(/språkvalet|språkvalget/)).toHaveCount(0);
  await context.close();
});

/**
 * A page of a job, in nynorsk: its heading, `lang`, none of the job's bokmål-only interface phrases (`bokmal`; the
 * demo's own texts, written in bokmål, are not checked), and axe.
 */
async function nynorskPage(page: Page, heading: string | RegExp, bokmal: RegExp) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  await expect(page.locator("html")).toHaveAttribute("lang", "nn");
  expect((await page.locator("body").innerText()).match(bokmal)?.[0]).toBeUndefined();
  await expectAccessible(page);
}

/** Interface phrases only bokmål has on the county's public pages (the demo's own texts, written in bokmål, are not checked). */
const BOKMAL_PUBLIC = /(Godkjente tildelinger|Møter og protokoller|Kompetanseregionene|Skoleeiere og skoler|Slik fordeles midlene|Nettverk og samlinger|Stemmerett|publiserte møter|Kildene navngir|Vedtatt i oppvekstforumet|protokollen er ikke|Tilgjengelighetserklæring)/;

test("the public reads the county's pages in nynorsk, and the minutes in the written standard the forum chose", async ({ browser }) => {
  test.setTimeout(90_000);
  const nn = await (await browser.newContext({ locale: "nn-NO" })).newPage();
  const publicPage = (heading: string | RegExp) => nynorskPage(nn, heading, BOKMAL_PUBLIC);
  await nn.goto("/fylker/nordland");
  await publicPage("Desentralisert ordning for kompetanseutvikling i skulen i Nordland");
  await expect(nn.getByRole("heading", { name: "Slik blir midlane fordelte" })).toBeVisible();
  await expect(nn.getByRole("table", { name: "Kompetanseregionar i Nordland" })).toBeVisible();
  await nn.getByRole("link", { name: "Vesterålen" }).first().click();
  await publicPage(/^Kompetanseregion Vesterålen/);
  await expect(nn.getByRole("columnheader", { name: "Røysterett" }).first()).toBeVisible();
  await nn.getByRole("navigation", { name: "Sider for Nordland" }).getByRole("link", { name: "Godkjende tildelingar" }).click();
  await publicPage("Godkjende tildelingar i Nordland");
  await nn.getByRole("navigation", { name: "Sider for Nordland" }).getByRole("link", { name: "Møte og protokollar" }).click();
  await publicPage("Møte og protokollar i Nordland");
  await expect(nn.getByRole("listitem").filter({ hasText: "Oppvekstforum, møte 4/2026" })).toContainText("protokollen er ikkje godkjend");
  await nn.getByRole("link", { name: "Oppvekstforum, møte 4/2026" }).click();
  await publicPage("Oppvekstforum, møte 4/2026");
  await expect(nn.getByRole("heading", { name: "Saksliste" })).toBeVisible();
  await nn.goto("/tilgjengelighet");
  await publicPage("Tilgjengeerklæring for DEKOM-portalen");

  // Statsforvalteren sets the Samarbeidsforum's written standard to nynorsk; its minutes follow, whoever reads them.
  const sf = await signedIn(browser, "Stine Berg", "nb-NO");
  await sf.goto("/min-side/struktur/nordland");
  await sf.getByRole("link", { name: /^Samarbeidsforum for kompetanseutvikling i Nordland/ }).click();
  const rules = sf.getByRole("region", { name: "Regler for beslutninger" });
  await expect(rules.getByLabel("Målform for forumets dokumenter")).toHaveValue("nb");
  await rules.getByLabel("Målform for forumets dokumenter").selectOption({ label: "Nynorsk" });
  await rules.getByRole("button", { name: "Lagre reglene" }).click();
  await expect(rules.getByRole("status")).toContainText("er lagret");
  await expectAccessible(sf);
  try {
    const reader = await (await browser.newContext({ locale: "nb-NO" })).newPage();
    await reader.goto("/fylker/nordland/moter");
    await reader.getByRole("link", { name: "Samarbeidsforum, møte 2/2026" }).click();
    await reader.getByRole("link", { name: "Les protokollen" }).click();
    await expect(reader.locator("html")).toHaveAttribute("lang", "nb");
    await expect(reader.getByText("Protokollen er skrevet på nynorsk, som forumet har valgt.")).toBeVisible();
    const minutes = reader.locator("article");
    await expect(minutes).toHaveAttribute("lang", "nn");
    await expect(minutes.getByRole("heading", { level: 1 })).toHaveText("Protokoll: Samarbeidsforum, møte 2/2026");
    await expect(minutes.getByText("Protokollen er ikkje godkjend enno. Han blir godkjend i neste møte i forumet.")).toBeVisible();
    await expect(minutes.getByText("Saka er ikkje avgjord.").first()).toBeVisible();
    await expectAccessible(reader);
    await reader.context().close();
  } finally {
    await rules.getByLabel("Målform for forumets dokumenter").selectOption({ label: "Bokmål" });
    await rules.getByRole("button", { name: "Lagre reglene" }).click();
    await expect(rules.getByRole("status")).toContainText("er lagret");
  }
  await sf.context().close();
  await nn.context().close();
});

const caseCard = (page: Page, number: string) => page.getByRole("article").filter({ has: page.getByRole("heading", { name: new RegExp(`^Sak ${number}`) }) });

/** Interface phrases only bokmål has in the meeting and voting job (the demo cases' own texts are not checked). */
const BOKMAL_VOTING = /(Avstemning|avstemningen|Stemme for|Avgi stemme|Forslag til vedtak|Ny sak på sakslisten|Sakslisten er|Forberedt av|Hvem som har stemt|Møter og saker|du kan stemme|Vedtatt med flertall|Oppmøtet registreres)/;

test("the Oppvekstforum's leader plans a meeting, puts a case on it, and runs the vote in nynorsk", async ({ browser }) => {
  test.setTimeout(90_000);
  const tor = await signedIn(browser, "Tor Andreassen", "nn-NO");
  const votingPage = (heading: string | RegExp) => nynorskPage(tor, heading, BOKMAL_VOTING);
  await tor.goto("/moter");
  await votingPage("Møte og saker");
  const forum = tor.getByRole("region", { name: "Oppvekstforum Vesterålen" });
  await forum.getByText("Nytt møte i Oppvekstforum Vesterålen").click();
  // A refusal in nynorsk, at the field, and what was typed stays.
  await forum.getByLabel("Namn på møtet").fill("Oppvekstforum, møte 9/2027");
  await forum.getByRole("button", { name: "Opprett møtet" }).click();
  await expect(forum.getByRole("alert")).toContainText("Dato: Datoen eller klokkeslettet finst ikkje.");
  await expect(forum.getByLabel("Namn på møtet")).toHaveValue("Oppvekstforum, møte 9/2027");
  await forum.getByLabel("Dato").fill("2027-03-10");
  await forum.getByLabel("Klokkeslett").fill("10:00");
  await forum.getByLabel("Stad").fill("Sortland rådhus");
  await forum.getByRole("button", { name: "Opprett møtet" }).click();
  await tor.waitForURL(/\/moter\/[^/]+$/);
  await votingPage("Oppvekstforum, møte 9/2027");
  await expect(tor.getByText(/Du deltek som .*: du kan røyste\./)).toBeVisible();

  await tor.getByText("Ny sak på sakslista").click();
  await tor.getByLabel("Ordning", { exact: true }).selectOption("dekom");
  await tor.getByLabel("Saksnummer").fill("31/27");
  await tor.getByLabel("Tittel").fill("Nynorsk i fagsamlingane");
  await tor.getByLabel("Skildring").fill("Skal fagsamlingane i regionen ha tilfang på nynorsk?");
  await tor.getByLabel("Framlegg til vedtak").fill("Ja, i alle samlingane\nBerre der skulane ønskjer det");
  await tor.getByRole("button", { name: "Set saka på sakslista" }).click();
  const sak = caseCard(tor, "31/27");
  // The committee's name is part of the case's record, in the forum's written standard (bokmål here).
  await expect(sak).toContainText("Førebudd av Arbeidsutvalg skole (AUS).");

  await sak.getByText("Opne avrøysting (møteleiar)").click();
  await sak.getByRole("button", { name: "Opne avrøystinga" }).click();
  await expect(sak.getByRole("status").filter({ hasText: "Avrøystinga i sak 31/27 er opna til" })).toBeVisible();
  await expect(sak.getByRole("table", { name: "Har røysta: 0 av 6" })).toBeVisible();
  await sak.getByLabel("Ja, i alle samlingane").check();
  await sak.getByRole("button", { name: "Gi røyst" }).click();
  await expect(sak.getByRole("status").filter({ hasText: "Røysta er registrert." })).toBeVisible();
  await expect(sak.getByText(/Registrert no: Ja, i alle samlingane \(gitt av deg\)/)).toBeVisible();
  await votingPage("Oppvekstforum, møte 9/2027");

  await sak.getByRole("button", { name: "Avslutt avrøystinga og tel opp" }).click();
  await expect(caseCard(tor, "31/27").getByText("Vedtak:")).toBeVisible();
  await expect(caseCard(tor, "31/27").getByRole("table", { name: /^Resultat \(avslutta .*\): Vedteke med fleirtal/ })).toBeVisible();
  await expect(caseCard(tor, "31/27").getByText("1 av 6 røysteføre har røysta.")).toBeVisible();
  await votingPage("Oppvekstforum, møte 9/2027");
  await tor.context().close();
});

/** Interface phrases only bokmål has in the allocation job (the demo's own texts, such as the letter's reference, are not checked). */
const BOKMAL_ALLOCATIONS = /(Tildelinger|tildelingen|Regionene|Andel til nettverkene|Egenandel|egenandel|Gjeldende nøkkel|Begrunnelse|Endringer i|Ikke utbetalt|Godkjent\b|Beregnet)/;

test("Statsforvalteren handles the allocations in nynorsk: the year, a refused grant, a region and the key", async ({ browser }) => {
  test.setTimeout(90_000);
  const stine = await signedIn(browser, "Stine Berg", "nn-NO");
  const allocationPage = (heading: string | RegExp) => nynorskPage(stine, heading, BOKMAL_ALLOCATIONS);
  await stine.goto("/min-side/tildelinger/nordland");
  await allocationPage("Tildelingar: Nordland");
  await stine.getByRole("link", { name: "2026", exact: true }).click();
  await allocationPage("Tildeling 2026: Nordland");
  await expect(stine.getByRole("table", { name: "Tilskotet frå staten 2026" })).toContainText("Nettverka til kompetanseregionane");
  await expect(stine.getByRole("table", { name: /^Tildeling for kvar region 2026/ }).locator("tbody tr").filter({ hasText: "Godkjend" })).toHaveCount(9);

  // A network share above the county's 40 % is refused in nynorsk at the field, and what was typed stays.
  const grant = stine.getByRole("region", { name: "Endre tildelinga frå staten" });
  await grant.getByLabel("Del til nettverka (%)").fill("45");
  await grant.getByRole("button", { name: "Lagre endra tildeling" }).click();
  await expect(grant.getByText("Nettverksdelen kan ikkje vere over 40 %. Ei anna fordeling kan berre gi meir til UH.").first()).toBeVisible();
  await expect(grant.getByLabel("Del til nettverka (%)")).toHaveValue("45");
  await allocationPage("Tildeling 2026: Nordland");

  await stine.getByRole("link", { name: "Vesterålen", exact: true }).click();
  await allocationPage("Vesterålen: tildeling 2026");
  await expect(stine.getByRole("heading", { name: "Eigendel (30 %)" })).toBeVisible();

  await stine.goto("/min-side/tildelinger/nordland/2026");
  await stine.getByRole("link", { name: "Endre nøkkelen" }).click();
  await allocationPage(/^Fordelingsnøkkel for /);
  // The form reads each value as it is typed, in nynorsk; the server reads them again.
  const first = stine.getByRole("group", { name: "Del av nettverksmidlane for kvar region (%)" }).getByRole("textbox").first();
  await first.fill("ti");
  await expect(stine.getByText("Skriv delen som eit tal, til dømes 40 eller 33,3333.")).toBeVisible();
  await expect(stine.getByText(/1 verdi er ikkje gyldig/)).toBeVisible();
  await expectAccessible(stine);

  // The region's plan, read by Statsforvalteren: the headings, the budget overview and the egenandel per owner.
  await stine.goto("/min-side/planer/nordland/vesteralen");
  await nynorskPage(stine, /^Plan for Vesterålen: /, /(Ikke påbegynt|Mål og tiltak er|Budsjett per år|Egenandel per skoleeier|Nettverksmidler|Versjoner etter|Vedtatt\b)/);
  await expect(stine.getByRole("table", { name: "Budsjett for kvart år: tildelt og planlagt" })).toBeVisible();
  await stine.context().close();
});

test("the skoleutvikler's networks, and Statsforvalteren's needs summary, oversight, archive, openness, innstilling and profile, in nynorsk", async ({ browser }) => {
  test.setTimeout(60_000);
  const kari = await signedIn(browser, "Kari Strand", "nn-NO");
  await kari.goto("/min-side/nettverk/nordland/vesteralen");
  const networksPage = (heading: string | RegExp) => nynorskPage(kari, heading, /(Deltakere|Samlinger|Opprett et nettverk|Navn på|Skoleeier|Kriterier for|bekreftet|ennå)/);
  await networksPage("Nettverk i Vesterålen");
  // A network without a name is refused in nynorsk at the field, and what was typed stays.
  await kari.getByLabel("Målgruppe").fill("Lærarar på 1.–4. trinn");
  await kari.getByRole("button", { name: "Opprett nettverket" }).click();
  await expect(kari.getByRole("alert").first()).toContainText("Namn på nettverket: Skriv namnet på nettverket (minst 3 teikn).");
  await expect(kari.getByLabel("Målgruppe")).toHaveValue("Lærarar på 1.–4. trinn");
  await expectAccessible(kari);
  await kari.getByRole("table", { name: "Nettverk i Vesterålen" }).getByRole("link").first().click();
  await expect(kari.getByRole("heading", { name: "Deltakarar", exact: true })).toBeVisible();
  await expect(kari.getByRole("heading", { name: "Samlingar", exact: true })).toBeVisible();
  await expect(kari.locator("html")).toHaveAttribute("lang", "nn");
  await expectAccessible(kari);
  await kari.context().close();

  const stine = await signedIn(browser, "Stine Berg", "nn-NO");
  const year = currentNeedsYear(new Date(), new Date().getUTCFullYear(), { month: 2, day: 1 });
  await stine.goto(`/min-side/behov/nordland/${year}`);
  await nynorskPage(stine, `Behovsmelding ${year}: Nordland`, /(Behov per region|Skoleeiere som|Ansatte med behov|Bare innsendte|Utsatt frist|Begrunnelse)/);
  await expect(stine.getByRole("table", { name: `Behov for kvar region ${year}` })).toBeVisible();
  await stine.goto("/min-side/oversikt/nordland");
  await nynorskPage(stine, "Oversikt over midlar og arbeid: Nordland", /(Per region|Per nettverk|Alle regioner|Utvalg|Tallene står|rapporteres|Deltakere|Påkrevd egenandel)/);
  await expect(stine.getByRole("table", { name: "For kvar skuleeigar (kommune)" }).getByRole("columnheader", { name: "Påkravd eigendel (kr)" })).toBeVisible();
  await stine.goto("/min-side/struktur/nordland/arkiv");
  await nynorskPage(stine, "Arkivkopiar for Nordland", /(Arkivkopier|Kopiene|nyeste først|Venter|Mislyktes|Lages nå|Tilgangsnøkkel for|Lagre arkivoppsettet og|leveres)/);
  await expect(stine.getByLabel("Adressa til arkivdelen (Noark 5 tenestegrensesnitt)")).toBeVisible();
  await stine.goto("/min-side/struktur/nordland/offentlighet");
  await nynorskPage(stine, "Offentlegheit: Nordland", /(Offentlighet|Endelige dokumenter|Hold tilbake|Gjør offentlig|Godkjente evalueringer|Begrunnelse)/);
  await stine.goto("/min-side/innstilling/nordland/2026");
  await nynorskPage(stine, /: innstilling 2026$/, /(Innstillingen|innstillingen|Kommentarer fra|Sett sammen|Tallene hentes|Innledning|Registrer som vedtatt)/);
  await stine.goto("/min-side/profil");
  await nynorskPage(stine, "Profilen min", /(Mine roller|Innlogginger|Roller gis|Endringer i roller|Ingen endringer)/);
  await stine.context().close();
});

test("Statsforvalteren manages people and access in nynorsk: a refused invitation keeps what was typed", async ({ browser }) => {
  test.setTimeout(60_000);
  const stine = await signedIn(browser, "Stine Berg", "nn-NO");
  await stine.goto("/min-side/tilgang/nordland");
  const accessPage = (heading: string | RegExp) => nynorskPage(stine, heading, /(Brukere og tilgang|Inviter en ny|Invitasjoner som venter|Sist innlogget|Ingen koblet|Velg rolle|Gi flere roller)/);
  await accessPage("Brukarar og tilgang – Nordland");
  const invite = stine.getByRole("region", { name: "Inviter ein ny brukar" });
  await invite.getByLabel("Namn").fill("Ingrid Haugland");
  await invite.getByLabel("E-post").fill("ikkje-ei-adresse");
  await invite.getByRole("button", { name: "Send invitasjon" }).click();
  await expect(invite.getByRole("alert").first()).toContainText("Skriv ei gyldig e-postadresse, til dømes namn@kommune.no.");
  await expect(invite.getByLabel("Namn")).toHaveValue("Ingrid Haugland");
  await expectAccessible(stine);
  await stine.getByRole("link", { name: "Kari Strand", exact: true }).click();
  await accessPage("Kari Strand");
  await expect(stine.getByRole("heading", { name: "Roller i Nordland" })).toBeVisible();
  await expect(stine.getByRole("button", { name: "Deaktiver Kari Strand" })).toBeVisible();
  await stine.context().close();
});

test("Statsforvalteren's county setup in nynorsk: settings refused at the field, forum, periods, a region and the import page", async ({ browser }) => {
  test.setTimeout(90_000);
  const stine = await signedIn(browser, "Stine Berg", "nn-NO");
  const setupPage = (heading: string | RegExp) => nynorskPage(stine, heading, /(Innstillinger|Strategiperioder|Forumene|Regioner \(|skoleeiere|Skoleeiere|Opprett en|Legg til en|Lagre innstillingene|Påminnelser|Medlemmer med stemmerett|Regler for beslutninger|Arbeidsutvalg\b|Velg|Forhåndsvis|ennå)/);
  await stine.goto("/min-side/struktur/nordland");
  await setupPage("Oppsett av Nordland");
  await stine.getByRole("link", { name: "Innstillingar for fylket" }).click();
  await setupPage("Innstillingar for Nordland");
  // A reminder day out of range is refused in nynorsk at the field; what was typed stays and nothing is saved.
  await stine.getByLabel("Påminningar, dagar før fristen").fill("30, 700");
  await stine.getByRole("button", { name: "Lagre innstillingane" }).click();
  await expect(stine.getByRole("alert").first()).toContainText("Påminningsdagane må vere heile tal frå 1 til 120.");
  await expect(stine.getByLabel("Påminningar, dagar før fristen")).toHaveValue("30, 700");
  await expectAccessible(stine);
  await stine.goto("/min-side/struktur/nordland/perioder");
  await setupPage("Strategiperiodar i Nordland");
  await stine.goto("/min-side/struktur/nordland");
  await stine.getByRole("link", { name: /^Samarbeidsforum for kompetanseutvikling i Nordland/ }).click();
  await setupPage("Samarbeidsforum for kompetanseutvikling i Nordland");
  await expect(stine.getByRole("heading", { name: "Reglar for vedtak" })).toBeVisible();
  await stine.goto("/min-side/struktur/nordland/regioner/vesteralen");
  await setupPage("Vesterålen");
  await expect(stine.getByRole("heading", { name: "Legg til ein skuleeigar" })).toBeVisible();
  await stine.goto("/min-side/struktur/nordland/import");
  await setupPage("Importer skuleeigarar og skular");
  await stine.context().close();
});
