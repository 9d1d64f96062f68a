// The public, not signed in: the county's strategy, its regions, and Vesterålen as the sources describe it.
import { readFileSync } from "node:fs";
import { expect, expectAccessible, test } from "../support/e2e";

test("the front page lists the counties; Nordland's page shows its strategy, the money rule and the 9 regions", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Desentralisert ordning for kompetanseutvikling i skolen");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Nordland", exact: true }).click();
  await expect(page).toHaveURL(/\/fylker\/nordland$/);
  await expect(page).toHaveTitle("Kompetanseutvikling i skolen – Nordland – DEKOM-portalen");
  // The county's name and pages above, its Statsforvalter and forum below: from the county's row.
  await expect(page.getByRole("navigation", { name: "Sider for Nordland" })).toBeVisible();
  await expect(page.getByText("Samarbeidsforum for kompetanseutvikling i Nordland · Statsforvalteren i Nordland")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Desentralisert ordning for kompetanseutvikling i skolen i Nordland");
  // The period that covers this year: the sources' strategy carried forward as demo data.
  await expect(page.getByRole("heading", { name: "Strategi for DEKOM i Nordland 2024–2027" })).toBeVisible();
  await expect(page.getByText("Statens tilskudd deles med 40 % til kompetanseregionenes nettverk og 60 % til universitet")).toBeVisible();
  await expect(page.getByText("innen 1. februar hvert år")).toBeVisible();
  const rows = page.getByRole("table", { name: "Kompetanseregioner i Nordland" }).locator("tbody tr");
  await expect(rows).toHaveCount(9);
  await expect(rows.filter({ hasText: "Vesterålen" })).toContainText("RKK Vesterålen og Lødingen622");
  await expect(page.getByRole("link", { name: "Logg inn" })).toBeVisible();
  await expectAccessible(page);
});

test("the Vesterålen page shows municipalities, schools, the Oppvekstforum and who votes, without people's names in SUT/SKUT", async ({ page }) => {
  await page.goto("/fylker/nordland");
  await page.getByRole("link", { name: "Vesterålen", exact: true }).click();
  await expect(page).toHaveURL(/\/fylker\/nordland\/regioner\/vesteralen$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kompetanseregion Vesterålen");
  const owners = page.getByRole("table", { name: "Skoleeiere og skoler i Vesterålen" }).locator("tbody tr");
  await expect(owners).toHaveCount(6);
  await expect(owners.filter({ hasText: "Sortland kommune" })).toContainText("Holmstad, Lamarka, Maurnes, Sigerfjord, Sortland barneskole, Sortland ungdomsskole, Strand");
  const forum = page.getByRole("table", { name: /Medlemmer av Oppvekstforum/ }).locator("tbody tr");
  await expect(forum).toHaveCount(16);
  await expect(forum.filter({ hasText: "Kan avgi kommunens stemme" })).toHaveCount(10);
  await expect(forum.filter({ hasText: "Talerett" })).toHaveCount(6);
  await expect(forum.filter({ hasText: "Nord universitet" })).toContainText("Talerett");
  await expect(page.getByText("16 representanter. Hver kommune har én stemme (6 stemmer i alt)")).toBeVisible();
  await expect(page.getByText("Ved stemmelikhet har lederen dobbeltstemme (Tor Andreassen, Sortland kommune)")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Arbeidsutvalg skole (AUS)" })).toBeVisible();
  await page.getByText("Sortland kommune: 9 grupper").click();
  await expect(page.getByRole("heading", { name: "SKUT Lamarka" })).toBeVisible();
  await expect(page.getByText("Navn på medlemmene vises for innloggede brukere.")).toBeVisible();
  await expect(page.getByText("Mona Aas")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "SFO-ledernettverket I DEKOM, med Nord universitet" })).toBeVisible();
  await expect(page.getByText("Tiltak 1: Skolebaserte tiltak i enkeltskoler i Hadsel, Lødingen, Sortland og Øksnes.")).toBeVisible();
  await expectAccessible(page);
  // The demo network's gatherings are from 2021–22: counted, and shown when asked for.
  const sfo = page.getByRole("article").filter({ has: page.getByRole("heading", { name: /^SFO-ledernettverket/ }) });
  await expect(sfo).toContainText("2 tidligere samlinger er ikke vist her");
  await expect(sfo.getByText(/^Høstsamling/)).toHaveCount(0);
  await sfo.getByRole("link", { name: "Vis alle samlingene" }).click();
  await expect(page).toHaveURL(/\?samlinger=alle#nettverk$/);
  await expect(sfo.getByText(/^Høstsamling/)).toBeVisible();
  await expect(sfo.getByText(/^Vårsamling/)).toBeVisible();
  await expect(sfo).not.toContainText("tidligere samlinger er ikke vist");
});

test("the county's meetings are public once their agenda is published: the seeded meetings, their agendas and the minutes' status", async ({ page }) => {
  await page.goto("/fylker/nordland");
  await page.getByRole("navigation", { name: "Sider for Nordland" }).getByRole("link", { name: "Møter og protokoller" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Møter og protokoller i Nordland");
  const forum = page.getByRole("region", { name: "Oppvekstforum Vesterålen" });
  await expect(forum.getByRole("listitem").filter({ hasText: "Oppvekstforum, møte 4/2026" })).toContainText("4 saker · protokollen er ikke godkjent");
  await expectAccessible(page);
  // One year at a time when asked (the years there are meetings in: the demo's are all in 2026).
  const years = page.getByRole("navigation", { name: "Velg år" });
  await expect(years.getByRole("link")).toHaveText(["Siste og kommende", "2026"]);
  await years.getByRole("link", { name: "2026" }).click();
  await expect(page).toHaveURL(/\?ar=2026$/);
  await expect(page.getByText("Viser møtene i 2026.")).toBeVisible();
  await expect(years.getByRole("link", { name: "2026" })).toHaveAttribute("aria-current", "page");
  await expect(forum.getByRole("listitem").filter({ hasText: "Oppvekstforum, møte 4/2026" })).toBeVisible();
  await expectAccessible(page);
  await forum.getByRole("link", { name: "Oppvekstforum, møte 4/2026" }).click();
  await expect(page.getByRole("heading", { name: "Saksliste" })).toBeVisible();
  const agenda = page.getByRole("region", { name: "Saksliste" }).locator("ol > li");
  await expect(agenda.filter({ hasText: /Sak 12\/26/ })).toContainText("DEKOM Sak 12/26: Satsingsområder for DEKOM Vesterålen 2024–2027");
  await expect(page.getByText("Protokollen er ikke godkjent ennå. Den godkjennes i forumets neste møte.")).toBeVisible();
  await expectAccessible(page);
  // The Oppvekstforum steers DEKOM and REKOM: the public agenda narrows to one scheme's cases, and back.
  const allCases = await agenda.count();
  await page.getByRole("navigation", { name: "Ordninger" }).getByRole("link", { name: "REKOM" }).click();
  await expect(page).toHaveURL(/\?ordning=rekom$/);
  await expect(agenda).toHaveText([/^REKOM Sak 20\/26: Fordeling av REKOM-midler/]);
  await expectAccessible(page);
  await page.getByRole("navigation", { name: "Ordninger" }).getByRole("link", { name: "Alle ordninger" }).click();
  await expect(agenda).toHaveCount(allCases);
  expect(allCases).toBeGreaterThan(1);
  expect((await page.goto("/fylker/troms-finnes-ikke/moter"))?.status()).toBe(404);
});

test("every page carries a nonce-based Content-Security-Policy: the page's scripts have this request's nonce, nothing is refused, the page still works; HSTS over https", async ({ page }) => {
  const refused: string[] = [];
  page.on("console", (m) => { if (m.type() === "error" && /Content Security Policy/i.test(m.text())) refused.push(m.text()); });
  const response = await page.goto("/fylker/nordland");
  const csp = response!.headers()["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'(;|$)/);
  expect(csp).toContain("frame-ancestors 'none'");
  const nonce = /'nonce-([^']+)'/.exec(csp)![1];
  const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.nonce));
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.every((n) => n === nonce)).toBe(true);
  // Hydrated: a client-side navigation works under the policy.
  await page.getByRole("navigation", { name: "Sider for Nordland" }).getByRole("link", { name: "Godkjente tildelinger" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Godkjente tildelinger i Nordland");
  const again = await page.request.get("/fylker/nordland");
  expect(/'nonce-([^']+)'/.exec(again.headers()["content-security-policy"])![1]).not.toBe(nonce);
  expect(again.headers()["strict-transport-security"]).toBeUndefined();
  const viaTls = await page.request.get("/fylker/nordland", { headers: { "x-forwarded-proto": "https" } });
  expect(viaTls.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  expect(viaTls.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
  expect(refused).toEqual([]);
});

test("a demo region is labelled as demo data", async ({ page }) => {
  await page.goto("/fylker/nordland/regioner/lofoten");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Kompetanseregion Lofoten");
  await expect(page.getByText("Kildene navngir ikke denne regionen")).toBeVisible();
  await expectAccessible(page);
});

test("the accessibility statement, the sign-in page and an unknown address are accessible", async ({ page }) => {
  for (const path of ["/tilgjengelighet", "/logg-inn", "/fylker/finnes-ikke", "/fylker/nordland/regioner/finnes-ikke"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expectAccessible(page);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fant ikke siden");
  // A NUL byte in an id is "not found" and a broken %-escape a bad request, never a server error.
  expect((await page.request.get("/moter/abc%00def/protokoll")).status()).toBe(404);
  expect((await page.request.get("/fylker/nord%00land")).status()).toBe(404);
  expect((await page.request.get("/fylker/%E0%A4%A")).status()).toBe(400);
  // A server action posted from another site is refused with 403, not a server error.
  const foreign = await page.request.post("/logg-inn", { headers: { "next-action": "0".repeat(40), origin: "https://evil.example", "content-type": "text/plain" }, data: "[]" });
  expect(foreign.status()).toBe(403);
  expect(await foreign.text()).toBe("Forespørselen kom fra et annet nettsted og ble avvist.");
});

test("the accessibility statement says what is not compliant, when it was checked, and how to report a problem", async ({ page }) => {
  await page.goto("/tilgjengelighet");
  await expect(page.getByText("Sist kontrollert:")).toContainText(/\d{1,2}\. \w+ \d{4}/);
  await expect(page.getByRole("heading", { name: "Status: delvis i samsvar med kravene" })).toBeVisible();
  await expect(page.getByRole("link", { name: "brukerstotte@dekom.example" })).toHaveAttribute("href", "mailto:brukerstotte@dekom.example");
  await expect(page.getByRole("link", { name: "uustatus.no" })).toHaveAttribute("href", "https://uustatus.no/");
  await expect(page.getByRole("link", { name: "uutilsynet.no" })).toBeVisible();
  await expect(page.getByText("fokus er alltid synlig")).toHaveCount(0);
});

test("a hand-made server action request is answered with 400 or 413 and a Norwegian text, never a server error", async ({ page }) => {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { exportedName?: string }> };
  const ballot = Object.entries(manifest.node).find(([, v]) => v.exportedName === "castBallotAction")?.[0];
  expect(ballot).toMatch(/^[0-9a-f]{40,}$/);
  const post = (headers: Record<string, string>, data: string | Buffer) =>
    page.request.post("/moter", { headers: { origin: "http://127.0.0.1:3100", "next-action": ballot!, ...headers }, data });
  // The action called with `[null]` instead of a form: refused as not signed in, as any other call.
  const nul = await post({ "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" }, "[null]");
  expect(nul.status()).toBe(200);
  expect(await nul.text()).toContain("Du må logge inn for å gjøre dette.");
  const broken = await post({ "content-type": "multipart/form-data; boundary=XX" }, "--XX\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n");
  expect([broken.status(), await broken.text()]).toEqual([400, "Forespørselen kunne ikke leses. Last siden på nytt og prøv igjen."]);
  const json = await post({ "content-type": "text/plain" }, "{not json");
  expect(json.status()).toBe(400);
  const badId = await post({ "next-action": "not-an-action", "content-type": "text/plain" }, "[]");
  expect(badId.status()).toBe(400);
  const huge = await post({ "content-type": "multipart/form-data; boundary=XX" }, Buffer.alloc(12 * 1024 * 1024));
  expect([huge.status(), await huge.text()]).toEqual([413, "Forespørselen er for stor. Et vedlegg kan være på høyst 10 MB."]);
});

test("ten unusable invitation links from one address, and that address is refused for a while; others are not", async ({ page }) => {
  const open = async (address: string, token: string) => {
    const r = await page.request.get(`/invitasjon/${token}`, { headers: { "x-forwarded-for": address } });
    return (await r.text()).match(/For mange mislykkede forsøk|Invitasjonslenken er ikke gyldig/)?.[0];
  };
  for (let i = 0; i < 10; i++) expect(await open("203.0.113.77", `gjett${i}`)).toBe("Invitasjonslenken er ikke gyldig");
  expect(await open("203.0.113.77", "gjett10")).toBe("For mange mislykkede forsøk");
  expect(await open("203.0.113.78", "gjett11")).toBe("Invitasjonslenken er ikke gyldig");
});

test("keyboard: the first Tab reaches the skip link, which moves focus to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Hopp til hovedinnhold" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#innhold")).toBeFocused();
});

test("signed-in pages send the visitor to sign-in", async ({ page }) => {
  await page.goto("/min-side");
  await expect(page).toHaveURL(/\/logg-inn\?tilbake=%2Fmin-side$/);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test("the front page and the region page have no accessibility violations and no sideways page scroll", async ({ page }) => {
    for (const path of ["/", "/fylker/nordland", "/fylker/nordland/regioner/vesteralen", "/fylker/nordland/moter", "/fylker/nordland/tildelinger"]) {
      await page.goto(path);
      await expectAccessible(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
  });
});
