// Concurrency: for every action that edits a shared row, N simultaneous conflicting requests (50 in
// `npm test`) through the real exported server actions on PostgreSQL. Exactly one wins (or, where the
// rule is "the last one counts", every one is kept as one row), the others get a clear Norwegian message,
// no request throws (a 500 in Next), there is one audit entry per success, and every rule of the domain
// holds afterwards. The long form: CONCURRENCY=200 npx vitest run --project integration concurrency
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/database";
import { brokenInvariants } from "../support/invariants";
import { F, form, INPUT_ERROR, pdf, prepareCells, session, users, type ActorKey } from "../support/action-cells";
import * as allocations from "../../src/server/allocations/actions";
import * as evaluations from "../../src/server/evaluations/actions";
import * as structure from "../../src/server/structure/actions";
import * as voting from "../../src/server/voting/actions";
import { errors } from "../../src/i18n/server-text";
import type { Db } from "../../src/server/prisma-client";
import { logTo } from "@/server/log";

const t = useTestDatabase();
const N = Number(process.env.CONCURRENCY ?? 50);
let db: Db;

beforeAll(async () => {
  db = t.db;
  // The security log writes a line per refusal; tens of thousands of them here would bury the output.
  logTo({ write: () => {} }); // the refusals' log lines, not wanted in the test output
  await prepareCells(db);
}, 120_000);

type Outcome = { ok?: boolean; message?: string; thrown?: string };

/** Sends N requests at once as one user; returns the outcomes, with the audit entries they left. */
async function race(who: ActorKey, auditAction: string, send: (i: number) => Promise<unknown>, entriesPerWin = 1) {
  session.user = users[who];
  const audit = () => db.auditEntry.count({ where: { action: auditAction } });
  const before = await audit();
  const outcomes = (await Promise.all(Array.from({ length: N }, (_, i) => send(i).then(
    (r) => (Array.isArray(r) ? { ok: true } : (r as Outcome)),
    (e: unknown) => (String(e).includes("NEXT_REDIRECT") ? { ok: true } : { thrown: String(e).slice(0, 300) }),
  )))) as Outcome[];
  const wins = outcomes.filter((o) => o.ok === true).length;
  const losers = [...new Set(outcomes.filter((o) => o.ok !== true).map((o) => o.thrown ?? o.message ?? "(no message)"))];
  expect(outcomes.filter((o) => o.thrown), "no request may throw").toEqual([]);
  for (const m of losers) {
    expect(m, "a loser's message says what happened").not.toBe(INPUT_ERROR);
    expect([errors.forbidden, errors.notSignedIn, ""]).not.toContain(m);
  }
  expect(await audit() - before, "the audit entries of each success, once").toBe(wins * entriesPerWin);
  expect(await brokenInvariants(db)).toEqual([]);
  return { wins, losers };
}

const action = (fn: unknown) => fn as (prev: null, fd: FormData) => Promise<unknown>;

describe(`${N} simultaneous conflicting writes`, () => {
  it("the distribution key: one new key, the others told that someone registered one meanwhile", async () => {
    const fields = { schemeId: "dekom", periodId: F.period!, basedOnKeyId: F.key!, fromYear: "2027", basis: "TEACHERS", decisionRef: "Sak 9/26", decidedOn: "2026-11-01", ...Object.fromEntries(F.regions!.split(",").map((r, i) => [`share:${r}`, String(10 + i)])) };
    const { wins, losers } = await race("sf", "key.set", (i) => action(allocations.setKeyAction)(null, form({ ...fields, decisionRef: `Sak ${i}/26` })));
    expect(wins).toBe(1);
    expect(losers).toEqual([expect.stringMatching(/^Noen andre har registrert en ny fordelingsnøkkel/)]);
  });

  it("an allocation's decision: one reopening, the others told it changed", async () => {
    const a = await db.allocation.findUniqueOrThrow({ where: { id: F.allocation! } });
    const { wins, losers } = await race("sf", "allocation.reopen", () => action(allocations.decideAllocationAction)(null, form({ allocationId: a.id, version: String(a.version), decision: "reopen" })));
    expect(wins).toBe(1);
    for (const m of losers) expect([errors.staleAllocation, "Vesterålen: Bare godkjente eller avviste tildelinger kan gjenåpnes."]).toContain(m);
  });

  it("approve all: one approval of the year's allocations, the others changed nothing", async () => {
    // Three allocations waiting: the one reopened above and two more.
    session.user = users.sf;
    for (const a of (await db.allocation.findMany({ where: { grantId: F.grant!, status: "APPROVED" }, take: 2 }))) {
      expect(await action(allocations.decideAllocationAction)(null, form({ allocationId: a.id, version: String(a.version), decision: "reopen" }))).toMatchObject({ ok: true });
    }
    const grant = await db.stateGrant.findUniqueOrThrow({ where: { id: F.grant! }, include: { allocations: true } });
    const waiting = grant.allocations.filter((a) => a.status !== "APPROVED");
    expect(waiting.length).toBe(3);
    const items = waiting.map((a) => `${a.id}:${a.version}`);
    const { wins, losers } = await race("sf", "allocation.approve", () => action(allocations.approveAllAction)(null, form({ grantId: grant.id, items })), waiting.length);
    // One request approves all three; every other one finds them changed and approves none (race() has
    // checked three audit entries in all: a second winner would have made six).
    expect(wins).toBe(1);
    expect(losers.length).toBeGreaterThan(0);
    expect(await db.allocation.count({ where: { id: { in: waiting.map((a) => a.id) }, status: "APPROVED" } })).toBe(waiting.length);
  });

  it("a case number: one case 77/26 in the meeting, the others told the number is taken", async () => {
    const { wins, losers } = await race("su", "case.create", (i) => action(voting.createCaseAction)(null, form({ schemeId: "dekom", meetingId: F.meeting!, number: "77/26", title: `Sak nummer ${i}`, description: "Samtidig opprettet sak", kind: "ORDINAR", proposals: "A\nB" })));
    expect(wins).toBe(1);
    // Told by the check, or (when two got past it at once) by the database's unique constraint.
    for (const m of losers) expect(["Sak 77/26 finnes allerede i møtet.", "Noen andre lagret det samme i samme øyeblikk. Last siden på nytt og se over før du prøver igjen."]).toContain(m);
    expect(await db.case.count({ where: { meetingId: F.meeting!, number: "77/26" } })).toBe(1);
  });

  it("an attachment removed N times: one removal, the others told it is gone", async () => {
    session.user = users.su;
    const up = await action(evaluations.uploadAttachmentAction)(null, form({ evaluationId: F.evaluation!, file: pdf() }));
    expect(up).toMatchObject({ ok: true });
    const a = await db.evaluationAttachment.findFirstOrThrow({ where: { evaluationId: F.evaluation! }, orderBy: { createdAt: "desc" } });
    const { wins, losers } = await race("su", "evaluation.detach", () => action(evaluations.removeAttachmentAction)(null, form({ attachmentId: a.id })));
    expect(wins).toBe(1);
    expect(losers).toEqual([errors.notFound]);
  });

  it("one field of the evaluation typed in N windows from the same text: one saved, the others told of the conflict", async () => {
    const e = await db.evaluation.findUniqueOrThrow({ where: { id: F.evaluation! } });
    const { wins, losers } = await race("su", "evaluation.edit", (i) => evaluations.saveFieldAction({ evaluationId: e.id, field: "effect", base: e.effect, value: `Tekst fra vindu ${i}` }));
    expect(wins).toBe(1);
    expect(losers.length).toBeGreaterThan(0);
    expect((await db.evaluation.findUniqueOrThrow({ where: { id: e.id } })).effect).toMatch(/^Tekst fra vindu \d+$/);
  });

  it("a group's members from one version: one member added, the others told the group changed", async () => {
    const g = await db.developmentGroup.findUniqueOrThrow({ where: { id: F.group! }, include: { members: true } });
    const { wins, losers } = await race("su", "group.member.add", (i) => action(structure.addGroupMemberAction)(null, form({ groupId: g.id, version: String(g.version), name: `Deltaker ${"abcdefghijklmnopqrstuvwxyzæøå"[i % 29]}${"abcdefghij"[Math.floor(i / 29) % 10]}`, role: "HTV" })));
    expect(wins).toBe(1);
    expect(losers).toEqual([errors.staleGroup]);
    expect(await db.groupMember.count({ where: { groupId: g.id } })).toBe(g.members.length + 1);
  });

  it("a meeting's details from one version: one change, the others told the meeting changed", async () => {
    const m = await db.meeting.findUniqueOrThrow({ where: { id: F.meeting! } });
    const { wins, losers } = await race("su", "meeting.update", (i) => action(voting.updateMeetingAction)(null, form({ meetingId: m.id, version: String(m.version), title: `Oppvekstforum, møte 4/2026 (${i})`, date: "2026-12-04", time: "10:00", place: "Sortland, rådhuset" })));
    expect(wins).toBe(1);
    expect(losers).toEqual(["Noen andre har endret møtet mens du hadde det åpent. Se over og prøv igjen."]);
  });

  it("a vote: N ballots from one member are one counted ballot; then N closings are one closing", async () => {
    const round = await db.voteRound.findUniqueOrThrow({ where: { id: F.round! }, include: { case: { include: { proposals: true } } } });
    const proposals = round.case.proposals.map((p) => p.id);
    session.user = users.ofm;
    const ballots = await Promise.all(Array.from({ length: N }, (_, i) => action(voting.castBallotAction)(null, form({ roundId: round.id, choice: proposals[i % proposals.length]! })).catch((e: unknown) => ({ thrown: String(e) }))));
    expect(ballots.filter((b) => (b as Outcome).thrown)).toEqual([]);
    expect(ballots.every((b) => (b as Outcome).ok === true)).toBe(true); // the last one counts: each is accepted
    const unitBallots = await db.ballot.findMany({ where: { roundId: round.id } });
    expect(new Set(unitBallots.map((b) => b.unit)).size).toBe(unitBallots.length);
    const { wins, losers } = await race("ofmLeader", "vote.close", () => action(voting.closeRoundAction)(null, form({ roundId: round.id })));
    expect(wins).toBe(1);
    expect(losers).toEqual(["Avstemningen er allerede avsluttet."]);
  });

  it("a vote opened N times on one case: one round", async () => {
    const c = await db.case.findUniqueOrThrow({ where: { id: F.case2! } });
    const { wins, losers } = await race("ofmLeader", "vote.open", () => action(voting.openRoundAction)(null, form({ caseId: c.id, version: String(c.version), minutes: "30" })));
    expect(wins).toBe(1);
    for (const m of losers) expect([errors.staleCase, "Det er allerede en åpen avstemning i saken."]).toContain(m);
    expect(await db.voteRound.count({ where: { caseId: c.id } })).toBe(1);
  });

  it("the state grant of a new year recorded N times: one grant, one set of allocations", async () => {
    const { wins } = await race("sf", "grant.record", (i) => action(allocations.recordGrantAction)(null, form({ schemeId: "dekom", countyId: F.county!, year: "2027", amount: String(10_000_000 + i), receivedOn: "2027-01-20", letterRef: "Udir 2027/1", networkShare: "40", version: "0" })));
    expect(wins).toBe(1);
    const grant = await db.stateGrant.findFirstOrThrow({ where: { countyId: F.county!, year: 2027 }, include: { allocations: true } });
    expect(grant.allocations.length).toBe(F.regions!.split(",").length);
  });
});
