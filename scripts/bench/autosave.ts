// Benchmark: the autosave round trip of the evaluation form in Chromium. For 10 edits of a field,
// reports the server action's round trip (request sent → response complete) and the time from the last
// keystroke to "Alle endringer er lagret" on screen (which includes the 800 ms pause before saving).
// Usage: npx tsx scripts/bench/autosave.ts
import { chromium } from "@playwright/test";
import { startPortal } from "./portal.ts";

const portal = await startPortal(3203, 54344);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  const page = await (await browser.newContext({ baseURL: portal.base })).newPage();
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: /^Kari Strand/ }).click();
  await page.waitForURL(/min-side/);
  await page.goto("/min-side/evalueringer/vesteralen/2026");
  const field = page.getByLabel("Effekt/resultat", { exact: true }).first();
  const roundTrips: number[] = [];
  const toScreen: number[] = [];
  // The autosave's server action carries the field in its body; the presence heartbeat does not.
  page.on("requestfinished", (r) => {
    if (r.method() === "POST" && r.headers()["next-action"] && (r.postData() ?? "").includes('"field"')) {
      const t = r.timing();
      roundTrips.push(t.responseEnd - t.requestStart);
    }
  });
  for (let i = 0; i < 10; i++) {
    await field.fill(`Utkast nummer ${i}: flere elever opplever mestring.`);
    const t = performance.now();
    await page.waitForFunction((n) => document.querySelector("[data-testid=lagret]")?.textContent?.startsWith("Alle endringer er lagret") && n >= 0, i);
    toScreen.push(performance.now() - t);
  }
  await page.waitForTimeout(500);
  console.log(`autosave round trip (server action, request → response), 10 saves: median ${Math.round(median(roundTrips))} ms, min ${Math.round(Math.min(...roundTrips))} ms, max ${Math.round(Math.max(...roundTrips))} ms`);
  console.log(`last keystroke → "lagret" on screen (includes the 800 ms pause): median ${Math.round(median(toScreen))} ms`);
} finally {
  await browser.close();
  await portal.stop();
}
