// The authorization matrix: every exported server action (every 'use server' file) and every route
// handler, called as anonymous, as every role, and as the same role in a foreign county and region. A cell
// that is not allowed must be refused as such (not signed in / no access / not found) and change nothing
// (a hash of every table's rows before and after); an allowed cell must get past authorization. A new
// action or route without a row fails the first test.
//
// The actions are the real exported functions on a real PostgreSQL. What cannot run outside Next is
// replaced, and only that: the session cookie lookup (currentUser returns the cell's user), Next's page
// cache refresh (revalidatePath) and the request's cookies and headers.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

import { useTestDatabase } from "../support/database";
import { changedTables, databaseHash } from "../support/db-hash";
import { errors } from "../../src/i18n/server-text";
import { ACTIONS, ACTORS, F, GENERIC, INPUT_ERROR, fieldErrorsOf, isRefusal, messageOf, prepareCells, refusedOk, session, users, type ActorKey } from "../support/action-cells";
import type { Db } from "../../src/server/prisma-client";
import * as roundEvents from "../../src/app/api/avstemninger/[id]/hendelser/route";
import * as evaluationAttachment from "../../src/app/(portal)/min-side/evalueringer/vedlegg/[id]/route";
import * as allocationCsv from "../../src/app/(portal)/min-side/tildelinger/[fylke]/[year]/csv/route";
import * as caseDocument from "../../src/app/(public)/moter/vedlegg/[id]/route";
import * as minutesPdf from "../../src/app/(public)/moter/[id]/protokoll.pdf/route";
import * as oversightCsv from "../../src/app/(portal)/min-side/oversikt/[fylke]/csv/route";
import * as recommendationPdf from "../../src/app/(public)/fylker/[fylke]/innstilling/[year]/innstilling.pdf/route";
import * as liveness from "../../src/app/api/helse/live/route";
import * as readiness from "../../src/app/api/helse/klar/route";
import * as archiveCopy from "../../src/app/(portal)/min-side/struktur/[fylke]/arkiv/kopi/[id]/route";
import * as archivePackage from "../../src/app/(portal)/min-side/struktur/[fylke]/arkiv/pakke/route";
import { logTo } from "@/server/log";

const t = useTestDatabase();
let db: Db;

type Get = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
type RouteRow = { get: Get; params: (x: typeof F) => Record<string, string>; allowed: ActorKey[] | "everyone" } | { exempt: string };
const followers: ActorKey[] = ["sf", "forum", "su", "ofmLeader", "ofm", "uh", "owner"];

/** Every route handler under src/app, with who gets the content (200); everyone else gets 401, 403 or 404. */
const ROUTES: Record<string, RouteRow> = {
  "api/auth/[...nextauth]/route.ts": { exempt: "next-auth's own sign-in and sign-out endpoints (tested in sign-in and session tests)" },
  "api/avstemninger/[id]/hendelser/route.ts": { get: roundEvents.GET as Get, params: (x) => ({ id: x.round }), allowed: followers },
  "(portal)/min-side/evalueringer/vedlegg/[id]/route.ts": { get: evaluationAttachment.GET as Get, params: (x) => ({ id: x.attachmentKept }), allowed: ["sf", "forum", "su", "uh"] },
  "(portal)/min-side/tildelinger/[fylke]/[year]/csv/route.ts": { get: allocationCsv.GET as Get, params: () => ({ fylke: "nordland", year: "2022" }), allowed: ["sf", "forum"] },
  "(public)/moter/vedlegg/[id]/route.ts": { get: caseDocument.GET as Get, params: (x) => ({ id: x.caseDocument }), allowed: followers },
  "(public)/moter/[id]/protokoll.pdf/route.ts": { get: minutesPdf.GET as Get, params: (x) => ({ id: x.meeting }), allowed: "everyone" },
  // A skoleutvikler or UH partner sees their own region's figures (also the other region's skoleutvikler, in hers).
  "(portal)/min-side/oversikt/[fylke]/csv/route.ts": { get: oversightCsv.GET as Get, params: () => ({ fylke: "nordland" }), allowed: ["sf", "forum", "su", "uh", "suOther"] },
  "(public)/fylker/[fylke]/innstilling/[year]/innstilling.pdf/route.ts": { get: recommendationPdf.GET as Get, params: () => ({ fylke: "nordland", year: "2025" }), allowed: "everyone" },
  "(portal)/min-side/struktur/[fylke]/arkiv/kopi/[id]/route.ts": { get: archiveCopy.GET as Get, params: (x) => ({ fylke: "nordland", id: x.archiveCopy }), allowed: ["sf"] },
  "(portal)/min-side/struktur/[fylke]/arkiv/pakke/route.ts": { get: archivePackage.GET as Get, params: () => ({ fylke: "nordland" }), allowed: ["sf"] },
  "api/helse/live/route.ts": { get: liveness.GET as unknown as Get, params: () => ({}), allowed: "everyone" },
  "api/helse/klar/route.ts": { get: readiness.GET as unknown as Get, params: () => ({}), allowed: "everyone" },
};

/** The log's lines (src/server/log.ts), kept here instead of flooding the test output. */
const logged: string[] = [];

beforeAll(async () => {
  db = t.db;
  logTo({ write: (line) => void logged.push(line) });
  await prepareCells(db);
}, 120_000);

/** Every exported function of the 'use server' files under src/. */
function serverActionFiles(dir = path.resolve("src")): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return serverActionFiles(p);
    return /\.tsx?$/.test(name) && /^\s*["']use server["']/.test(readFileSync(p, "utf8")) ? [p] : [];
  });
}

describe("the authorization matrix", () => {
  it("has a row for every exported server action", async () => {
    const exported: string[] = [];
    for (const file of serverActionFiles()) {
      const mod = (await import(file)) as Record<string, unknown>;
      exported.push(...Object.keys(mod).filter((k) => typeof mod[k] === "function"));
    }
    expect(serverActionFiles().map((f) => path.relative("src", f)).sort()).toEqual([
      "server/access/actions.ts", "server/allocations/actions.ts", "server/archive/actions.ts", "server/evaluations/actions.ts", "server/language/actions.ts", "server/needs/actions.ts", "server/networks/actions.ts", "server/openness/actions.ts", "server/plans/actions.ts", "server/recommendations/actions.ts", "server/structure/actions.ts", "server/voting/actions.ts",
    ]);
    expect(exported.sort()).toEqual(Object.keys(ACTIONS).sort());
  });

  it("has a row for every route handler", () => {
    const routes = (dir: string): string[] => readdirSync(dir).flatMap((n) => {
      const p = path.join(dir, n);
      return statSync(p).isDirectory() ? routes(p) : n === "route.ts" ? [path.relative(path.resolve("src/app"), p)] : [];
    });
    expect(routes(path.resolve("src/app")).sort()).toEqual(Object.keys(ROUTES).sort());
  });

  it("answers every route cell as its row says, and a GET changes nothing", async () => {
    const wrong: string[] = [];
    let cells = 0;
    for (const [file, row] of Object.entries(ROUTES)) {
      if ("exempt" in row) continue;
      for (const actor of ACTORS) {
        cells++;
        session.user = users[actor];
        const before = await databaseHash(db);
        const response = await row.get(new Request("http://127.0.0.1/"), { params: Promise.resolve(row.params(F)) });
        await response.body?.cancel().catch(() => {});
        const after = await databaseHash(db);
        const allowed = row.allowed === "everyone" || row.allowed.includes(actor);
        if (allowed ? response.status !== 200 : ![401, 403, 404].includes(response.status)) wrong.push(`${file} as ${actor}: ${response.status}`);
        if (after !== before) wrong.push(`${file} as ${actor}: the GET wrote (${changedTables(before, after)})`);
      }
    }
    expect(cells).toBe(Object.values(ROUTES).filter((r) => !("exempt" in r)).length * ACTORS.length);
    expect(wrong).toEqual([]);
  });

  const cells = Object.entries(ACTIONS).flatMap(([name, row]) => ACTORS.map((actor) => ({ name, row, actor })));
  const refusedCells = cells.filter((c) => !c.row.allowed.includes(c.actor));
  const allowedCells = cells.filter((c) => c.row.allowed.includes(c.actor));

  it(`refuses every cell that is not allowed and changes nothing (${refusedCells.length} cells)`, async () => {
    const wrong: string[] = [];
    for (const { name, row, actor } of refusedCells) {
      session.user = users[actor];
      const before = await databaseHash(db);
      const lines = logged.length;
      let result: unknown;
      try {
        result = await row.call(F);
      } catch (error) {
        result = { thrown: String(error) };
      }
      const after = await databaseHash(db);
      // Every refused write leaves one structured log line: who, which action, why; nothing typed.
      const logLines = logged.slice(lines).map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.event === "action.refused");
      const writes = !["heartbeatAction", "startAcceptingAction"].includes(name);
      if (writes && (logLines.length !== 1 || logLines[0]!.action !== name || logLines[0]!.userId !== (users[actor]?.id ?? null))) {
        wrong.push(`${name} as ${actor}: log lines ${JSON.stringify(logLines)}`);
      }
      if (logLines.some((l) => Object.keys(l).sort().join(",") !== "action,event,level,reason,time,userId")) wrong.push(`${name} as ${actor}: a log line with more than it should`);
      if (!refusedOk(result)) wrong.push(`${name} as ${actor}: ${messageOf(result)}`);
      else if (after !== before) wrong.push(`${name} as ${actor}: refused, but the database changed: ${changedTables(before, after)}`);
    }
    expect(wrong).toEqual([]);
  }, 600_000);

  it(`lets every allowed cell past authorization (${allowedCells.length} cells)`, async () => {
    const wrong: string[] = [];
    for (const { name, row, actor } of allowedCells) {
      session.user = users[actor];
      let result: unknown;
      try {
        result = await row.call(F);
      } catch (error) {
        // A redirect after success (new forum, new meeting) is how Next leaves an action.
        result = String(error).includes("NEXT_REDIRECT") ? { ok: true } : { thrown: String(error) };
      }
      if (name === "startAcceptingAction" || name === "heartbeatAction") continue; // no access of its own to prove
      const gone = row.consumes && actor !== row.allowed[0] && messageOf(result) === errors.notFound;
      const inputError = messageOf(result) === INPUT_ERROR && fieldErrorsOf(result);
      if (inputError) wrong.push(`${name} as ${actor}: input not valid: ${JSON.stringify(inputError)}`);
      else if (!gone && isRefusal(result) && GENERIC.has(messageOf(result))) wrong.push(`${name} as ${actor}: ${messageOf(result)}`);
      else if (result && typeof result === "object" && "thrown" in result) wrong.push(`${name} as ${actor}: ${messageOf(result)}`);
    }
    expect(wrong).toEqual([]);
  }, 600_000);
});
