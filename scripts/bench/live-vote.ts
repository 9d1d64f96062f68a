// Benchmark: time from a member's ballot to the count updating on another member's screen, in Chromium.
// The leader opens a round; five municipal representatives vote in turn from their own browsers while
// the leader's page shows "Har stemt: n av 6". Measured from the click on "Avgi stemme" to the leader's
// table showing the new count (server-sent event + re-render), with no reload.
// Usage: npx tsx scripts/bench/live-vote.ts
import { chromium, type Browser, type Page } from "@playwright/test";
import { startPortal } from "./portal.ts";

const portal = await startPortal(3202, 54343);
const browser: Browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
async function signIn(name: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: portal.base })).newPage();
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: new RegExp(`^${name}`) }).click();
  await page.waitForURL(/min-side/);
  return page;
}
const card = (page: Page) => page.getByRole("article").filter({ has: page.getByRole("heading", { name: /^Sak 12\/26/ }) });
try {
  const leader = await signIn("Tor Andreassen");
  await leader.goto("/moter");
  await leader.getByRole("link", { name: /Oppvekstforum, møte 4\/2026/ }).click();
  await leader.getByRole("heading", { level: 1, name: /Oppvekstforum, møte 4\/2026/ }).waitFor();
  const url = new URL(leader.url()).pathname;
  await card(leader).getByText("Åpne avstemning (møteleder)").click();
  await card(leader).getByRole("button", { name: "Åpne avstemningen" }).click();
  await card(leader).getByRole("table", { name: "Har stemt: 0 av 6" }).waitFor();
  const times: number[] = [];
  const voters = ["Geir Pedersen", "Per Olsen", "Ingrid Hansen", "Rune Eriksen", "Siv Berg"];
  for (const [i, name] of voters.entries()) {
    const member = await signIn(name);
    await member.goto(url);
    await card(member).getByLabel(/^Nye satsingsområder/).check();
    const t = performance.now();
    await card(member).getByRole("button", { name: "Avgi stemme" }).click();
    await card(leader).getByRole("table", { name: `Har stemt: ${i + 1} av 6` }).waitFor({ timeout: 10_000 });
    times.push(performance.now() - t);
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`ballot → count on another member's screen, ${times.length} ballots: median ${Math.round(sorted[2])} ms, min ${Math.round(sorted[0])} ms, max ${Math.round(sorted[4])} ms`);
  console.log(`each: ${times.map((x) => Math.round(x)).join(", ")} ms`);
} finally {
  await browser.close();
  await portal.stop();
}
