// Benchmark: Statsforvalteren approves a year's allocations for the 9 regions in Chromium, one click per
// region. Reports, per approval, the server time of the server action (request sent → response started)
// and the time from click to the new status on screen; then the same year again with "Godkjenn alle".
// Usage: npx tsx scripts/bench/approve.ts
import { chromium, type Page } from "@playwright/test";
import { startPortal } from "./portal.ts";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number) => Math.round(x * 10) / 10;

async function recordGrant(page: Page, year: number, amount: string) {
  await page.goto(`/min-side/tildelinger/${year}`);
  await page.getByLabel("Beløp fra Udir (kr)").fill(amount);
  await page.getByLabel("Dato for tildelingsbrevet").fill(`${year}-01-25`);
  await page.getByLabel("Referanse til tildelingsbrevet").fill(`Bench ${year}`);
  await page.getByRole("button", { name: "Registrer tildeling" }).click();
  await page.getByRole("status").waitFor();
}

const portal = await startPortal(3201, 54342);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  const page = await (await browser.newContext({ baseURL: portal.base })).newPage();
  const serverMs: number[] = [];
  page.on("requestfinished", (req) => {
    if (req.method() === "POST" && req.headers()["next-action"]) {
      const t = req.timing();
      serverMs.push(t.responseStart - t.requestStart);
    }
  });
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: /^Stine Berg/ }).click();
  await page.waitForURL(/min-side/);

  await recordGrant(page, 2021, "12 345 678,90");
  serverMs.length = 0;
  const clickToScreen: number[] = [];
  const started = performance.now();
  for (let i = 0; i < 9; i++) {
    const button = page.getByRole("button", { name: /^Godkjenn (?!alle)/ }).first();
    const before = await page.getByText("Godkjent", { exact: true }).count();
    const t = performance.now();
    await button.click();
    await page.waitForFunction((n) => document.querySelectorAll("td .ds-tag[data-color=success]").length > n, before);
    clickToScreen.push(performance.now() - t);
  }
  const totalOne = performance.now() - started;
  const perRegion = [...serverMs];

  await recordGrant(page, 2020, "12 345 678,90");
  serverMs.length = 0;
  const finished = page.waitForEvent("requestfinished", (r) => r.method() === "POST" && !!r.headers()["next-action"]);
  const t = performance.now();
  await page.getByRole("button", { name: /Godkjenn alle som venter \(9\)/ }).click();
  await page.getByText("9 tildelinger er godkjent.").waitFor();
  const all = performance.now() - t;
  const timing = (await finished).timing();
  serverMs.splice(0, serverMs.length, timing.responseStart - timing.requestStart);

  console.log(`startup to first page: ${portal.startupMs} ms`);
  console.log(`9 approvals one by one: ${Math.round(totalOne)} ms in all; server time per approval median ${round(median(perRegion))} ms (min ${round(Math.min(...perRegion))}, max ${round(Math.max(...perRegion))}); click to new status on screen median ${round(median(clickToScreen))} ms`);
  console.log(`"Godkjenn alle" for 9 regions: server ${round(serverMs[0])} ms, click to confirmation ${Math.round(all)} ms`);
} finally {
  await browser.close();
  await portal.stop();
}
