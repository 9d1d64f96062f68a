// Live voting at national scale (part of `npm run bench`): 16 members of the largest region's Oppvekstforum
// vote in the same second, each in its own Chromium page that also watches the panel; measured from each
// form submission on "Avgi stemme" (taken in its page) to the voter's row turning to "Har stemt" on every
// other member's screen, with the two parts of it: the ballot's server action, and an event's way from the
// server's send to the page's script. Then 200
// panels watch one round (plain HTTP streams) while ballots arrive: the time to each watcher, and the
// server's work per ballot (SQL statements, CPU) against the same with one watcher.
import { readdirSync, readFileSync } from "node:fs";
import { chromium, type Page } from "@playwright/test";
import pg from "pg";
import { nid } from "./national-data.ts";

type Options = { base: string; ownerUrl: string; port: number; signIn: (email: string) => Promise<string>; voters: number; watchers: number };
const FORUM = nid("nat-county-01-region-1-oppvekstforum");
const REGION = nid("nat-county-01-region-1");
const quantile = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return Math.round(s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? NaN); };

/** The portal's server process (the one listening on `port`), for its CPU time. */
export function serverPid(port: number): number | null {
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("standalone/server.mjs")) continue;
      if (readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").includes(`PORT=${port}`)) return Number(pid);
    } catch { /* gone */ }
  }
  return null;
}
const cpuMs = (pid: number) => { const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" "); return (Number(f[11]) + Number(f[12])) * 10; };

export async function measureLiveVoting(o: Options): Promise<Record<string, number | string>> {
  const sql = new pg.Client({ connectionString: o.ownerUrl });
  await sql.connect();
  const out: Record<string, number | string> = {};
  try {
    // Municipal members without a user (not the leader) get a demo user each, and one round is opened afresh.
    await sql.query(`update "ForumMember" set "userId" = null where "userId" like 'bench-voter-%'`);
    const members = (await sql.query(`select id, "schoolOwnerId" from "ForumMember" where "forumId" = $1 and "schoolOwnerId" is not null and "userId" is null order by id`, [FORUM])).rows as { id: string; schoolOwnerId: string }[];
    const voters = members.slice(0, o.voters);
    for (const [k, m] of voters.entries()) {
      const userId = `bench-voter-${k}`;
      await sql.query(`insert into "User" (id, name, email, "isDemo") values ($1, $2, $3, true) on conflict do nothing`, [userId, `Velger ${k}`, `velger-${k}@nasjonal-01.example`]);
      await sql.query(`insert into "RoleAssignment" (id, "userId", role, "regionId") values ($1, $2, 'OPPVEKSTFORUM_MEMBER', $3) on conflict do nothing`, [`${userId}-role`, userId, REGION]);
      await sql.query(`update "ForumMember" set "userId" = $1 where id = $2 and "userId" is null`, [userId, m.id]);
    }
    // A round opened afresh on the first case of the forum's last meeting (still to come, not voted on).
    const target = (await sql.query(`select c.id as "caseId", m.id as "meetingId" from "Case" c join "Meeting" m on m.id = c."meetingId" where m."forumId" = $1 order by m."startsAt" desc, c.position limit 1`, [FORUM])).rows[0] as { caseId: string; meetingId: string };
    const round = { id: nid("nat-bench-round"), ...target };
    const alternatives = (await sql.query(`select id as "proposalId", text from "Proposal" where "caseId" = $1 order by position`, [round.caseId])).rows;
    const frozenVoters = (await sql.query(`select "schoolOwnerId" as unit, organisation as label from "ForumMember" where "forumId" = $1 and "schoolOwnerId" is not null order by organisation`, [FORUM])).rows as { unit: string; label: string }[];
    await sql.query(`delete from "Ballot" where "roundId" = $1`, [round.id]);
    await sql.query(`delete from "VoteRound" where id = $1`, [round.id]);
    await sql.query(`insert into "VoteRound" (id, "caseId", status, "opensAt", "closesAt", "frozenAlternatives", "frozenVoters") values ($1, $2, 'OPEN', now(), now() + interval '2 hours', $3, $4)`, [round.id, round.caseId, JSON.stringify(alternatives), JSON.stringify(frozenVoters)]);
    const labels = new Map(frozenVoters.map((v) => [v.unit, v.label]));
    const total = labels.size;

    // 1. n voters in Chromium, all clicking at once.
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
    try {
      const pages: { page: Page; label: string }[] = [];
      for (const [k, m] of voters.entries()) {
        const cookie = await o.signIn(`velger-${k}@nasjonal-01.example`);
        const context = await browser.newContext({ baseURL: o.base });
        await context.addCookies(cookie.split("; ").map((c) => { const [name, ...v] = c.split("="); return { name, value: v.join("="), url: o.base }; }));
        // How long each event took from the server's send to this page's script (network and a busy renderer).
        await context.addInitScript(`(() => {
          const Base = window.EventSource;
          window.__lags = [];
          window.EventSource = class extends Base {
            constructor(...args) {
              super(...args);
              this.addEventListener("ballot", (e) => { try { window.__lags.push(Date.now() - JSON.parse(e.data).sentAt); } catch {} });
            }
          };
        })()`);
        const page = await context.newPage();
        await page.goto(`/moter/${round.meetingId}`);
        await page.getByRole("table", { name: `Har stemt: 0 av ${total}` }).waitFor({ timeout: 60_000 });
        // Record when each row turns to "Har stemt" on this screen.
        // A string, not a function: tsx's helpers (__name) do not exist in the page.
        await page.evaluate(`(() => {
          const seen = {};
          window.__seen = seen;
          const scan = () => [...document.querySelectorAll("table")].filter((t) => /^Har stemt/.test(t.caption?.textContent ?? "")).flatMap((t) => [...t.querySelectorAll("tbody tr")]).forEach((tr) => {
            const label = tr.querySelector("th")?.textContent ?? "";
            if (!seen[label] && /Har stemt/.test(tr.querySelector("td")?.textContent ?? "")) seen[label] = Date.now();
          });
          new MutationObserver(scan).observe(document.body, { subtree: true, childList: true, characterData: true });
          document.addEventListener("submit", () => { window.__submitted = Date.now(); }, true);
        })()`);
        pages.push({ page, label: labels.get(m.schoolOwnerId)! });
      }
      await new Promise((r) => setTimeout(r, 1500)); // every stream connected
      // The moment each voter's form was submitted, taken in its own page (not when the test driver sent the click).
      const clicked = new Map<string, number>();
      const card = (p: Page) => p.getByRole("article").filter({ has: p.getByRole("button", { name: "Avgi stemme" }) }).first();
      await Promise.all(pages.map(async ({ page, label }) => {
        await card(page).getByRole("radio").first().check();
        await card(page).getByRole("button", { name: "Avgi stemme" }).click();
        clicked.set(label, (await page.evaluate("window.__submitted")) as number);
      }));
      await Promise.all(pages.map(({ page }) => page.getByRole("table", { name: `Har stemt: ${voters.length} av ${total}` }).waitFor({ timeout: 60_000 })));
      // How long each ballot's server action took, from the page's resource timing (the POST to the meeting page).
      const actionMs = (await Promise.all(pages.map(({ page }) => page.evaluate(`performance.getEntriesByType("resource").filter((e) => e.initiatorType === "fetch" && e.name.includes("/moter/")).map((e) => e.duration)`)))).flat() as number[];
      out[`the ballot's server action, ${voters.length} at once: p50 ms`] = quantile(actionMs, 0.5);
      out["… its p95 ms"] = quantile(actionMs, 0.95);
      const lags = (await Promise.all(pages.map(({ page }) => page.evaluate("window.__lags.slice(1)")))).flat() as number[];
      out["event sent → in the page's script: p50 ms"] = quantile(lags, 0.5);
      out["… p95 ms "] = quantile(lags, 0.95);
      const latencies: number[] = [];
      for (const { page, label: own } of pages) {
        const seen = (await page.evaluate("window.__seen")) as Record<string, number>;
        for (const [label, t] of clicked) if (label !== own && seen[label]) latencies.push(seen[label] - t);
      }
      out[`ballot→other screens, ${voters.length} voters at once: p50 ms`] = quantile(latencies, 0.5);
      out["… p95 ms"] = quantile(latencies, 0.95);
      out["… max ms"] = quantile(latencies, 1);
      out["… observations"] = latencies.length;
    } finally {
      await browser.close();
    }

    // 2. Watchers: the server's work per ballot with 1 and with N panels open on the round.
    const pid = serverPid(o.port);
    const leaderCookie = await o.signIn("forumleder@nasjonal-01.example");
    const rest = members.slice(o.voters);
    for (const watchers of [1, o.watchers]) {
      const controller = new AbortController();
      const received: number[][] = [];
      await Promise.all(Array.from({ length: watchers }, async (_, w) => {
        received[w] = [];
        const res = await fetch(`${o.base}/api/avstemninger/${round.id}/hendelser`, { headers: { cookie: leaderCookie }, signal: controller.signal });
        if (res.status !== 200) throw new Error(`watcher stream: HTTP ${res.status}`);
        void (async () => {
          const reader = res.body!.getReader();
          try {
            for (;;) {
              const { value, done } = await reader.read();
              if (done) break;
              const n = (new TextDecoder().decode(value).match(/event: ballot/g) ?? []).length;
              for (let i = 0; i < n; i++) received[w].push(Date.now());
            }
          } catch { /* aborted */ }
        })();
      }));
      await new Promise((r) => setTimeout(r, 1000));
      const ballots = rest.splice(0, 4);
      const before = received.map((r) => r.length);
      await sql.query("select pg_stat_statements_reset()");
      const cpu0 = pid ? cpuMs(pid) : 0;
      const sentAt: number[] = [];
      for (const m of ballots) {
        sentAt.push(Date.now());
        await sql.query(`insert into "Ballot" (id, "roundId", unit, "memberId", "proposalId") values ($1, $2, $3, $4, null)`, [`bench-${m.id}-${watchers}`, round.id, m.schoolOwnerId, m.id]);
        await new Promise((r) => setTimeout(r, 400));
      }
      await new Promise((r) => setTimeout(r, 1000));
      const cpu = pid ? cpuMs(pid) - cpu0 : NaN;
      const statements = (await sql.query(`select coalesce(sum(calls), 0)::int as n from pg_stat_statements s join pg_roles r on r.oid = s.userid where r.rolname = 'dekom_app'`)).rows[0].n as number;
      controller.abort();
      const lat: number[] = [];
      received.forEach((r, w) => r.slice(before[w]).forEach((t, i) => { if (sentAt[i]) lat.push(t - sentAt[i]); }));
      out[`${watchers} watching: ballot→each watcher p50 ms`] = quantile(lat, 0.5);
      out[`${watchers} watching: p95 ms`] = quantile(lat, 0.95);
      out[`${watchers} watching: events received`] = `${lat.length} of ${watchers * ballots.length}`;
      out[`${watchers} watching: SQL statements per ballot`] = +(statements / ballots.length).toFixed(1);
      out[`${watchers} watching: server CPU ms per ballot`] = +(cpu / ballots.length).toFixed(1);
    }
  } finally {
    await sql.end();
  }
  return out;
}

/** The resident memory of a process, in MB. */
export const rssMb = (pid: number) => Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024);
