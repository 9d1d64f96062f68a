// Votes in the seeded Oppvekstforum Vesterålen and the Samarbeidsforum, through the functions the server
// actions call: the allowed paths, each refusal (nothing changes), and 16 ballots posted at once.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/database";
import { actorByEmail } from "../support/actors";
import { loadActor, type PortalUser } from "../../src/server/auth/actor";
import { addCaseAttachment, castBallot, closeRound, createCase, decideInCommittee, openRound, recordFinalSay } from "../../src/server/voting/service";
import { updateForumRules } from "../../src/server/structure/forums";
import type { Db } from "../../src/server/prisma-client";

const t = useTestDatabase();
let db: Db;
const as = (email: string) => actorByEmail(db, email);
const caseBy = (number: string) => db.case.findFirstOrThrow({ where: { number }, include: { proposals: { orderBy: { position: "asc" } } } });
const voteState = async () => ({
  ballots: await db.ballot.findMany({ orderBy: { id: "asc" } }),
  rounds: await db.voteRound.findMany({ orderBy: { id: "asc" } }),
  decisions: await db.decision.count(),
  audit: await db.auditEntry.count(),
});

/** A portal user for every Oppvekstforum seat that has none, so all 16 members can vote at once. */
async function seatUsers(): Promise<PortalUser[]> {
  const forum = await db.forum.findFirstOrThrow({ where: { kind: "OPPVEKSTFORUM" }, include: { members: true } });
  const region = await db.region.findUniqueOrThrow({ where: { slug: "vesteralen" } });
  const users: PortalUser[] = [];
  for (const m of forum.members) {
    let userId = m.userId;
    if (!userId) {
      const u = await db.user.create({ data: { email: `seat-${m.id}@test.example`, name: m.name, roles: { create: { role: "OPPVEKSTFORUM_MEMBER", regionId: region.id } } } });
      await db.forumMember.update({ where: { id: m.id }, data: { userId: u.id } });
      userId = u.id;
    }
    users.push((await loadActor(db, userId))!);
  }
  return users;
}

let tor: PortalUser, lene: PortalUser, kari: PortalUser, stine: PortalUser, geir: PortalUser, jon: PortalUser;
beforeAll(async () => {
  db = t.db;
  [tor, lene, kari, stine, geir, jon] = await Promise.all([
    "tor.andreassen@sortland.example", "lene.karlsen@sortland.example", "kari.strand@rkk.example",
    "stine.berg@statsforvalteren.example", "geir.pedersen@hadsel.example", "jon.nyland@ks.example",
  ].map(as));
});

describe("Oppvekstforum: case 12/26, satsingsområder", () => {
  let roundId: string;

  it("only the chair (the leader) opens the round", async () => {
    const c = await caseBy("12/26");
    const before = await voteState();
    expect(await openRound(db, kari, { caseId: c.id, version: c.version, minutes: 30 })).toEqual({ ok: false, message: "Bare møtelederen kan åpne en avstemning." });
    expect(await voteState()).toEqual(before);
    const r = await openRound(db, tor, { caseId: c.id, version: c.version, minutes: 30 });
    expect(r).toMatchObject({ ok: true });
    roundId = (r as { data: { roundId: string } }).data.roundId;
    const round = await db.voteRound.findUniqueOrThrow({ where: { id: roundId } });
    expect((round.frozenVoters as { label: string }[]).map((v) => v.label).sort()).toEqual(
      ["Andøy kommune", "Bø kommune", "Hadsel kommune", "Lødingen kommune", "Sortland kommune", "Øksnes kommune"]);
  });

  it("an RKK member, and someone not in the forum, cannot vote; nothing is written", async () => {
    const c = await caseBy("12/26");
    const before = await voteState();
    expect(await castBallot(db, kari, { roundId, choice: c.proposals[0].id })).toEqual({ ok: false, message: "Du har talerett, men ikke stemmerett, i dette forumet." });
    expect(await castBallot(db, stine, { roundId, choice: c.proposals[0].id })).toEqual({ ok: false, message: "Du er ikke medlem av dette forumet, og kan ikke stemme." });
    expect(await castBallot(db, tor, { roundId, choice: "not-a-proposal-id-at-all" })).toMatchObject({ ok: false });
    expect(await voteState()).toEqual(before);
  });

  it("Sortland votes once: Lene's later ballot replaces Tor's, and the record shows who cast it", async () => {
    const [a, b] = (await caseBy("12/26")).proposals;
    expect(await castBallot(db, tor, { roundId, choice: a.id })).toEqual({ ok: true, message: "Stemmen er registrert." });
    expect(await castBallot(db, lene, { roundId, choice: b.id })).toEqual({ ok: true, message: "Stemmen er endret." });
    const sortland = await db.ballot.findMany({ where: { roundId }, include: { member: true } });
    expect(sortland.map((x) => [x.member.name, x.proposalId])).toEqual([["Lene Karlsen", b.id]]);
    const changes = await db.auditEntry.findMany({ where: { entityId: roundId, action: { in: ["vote.cast", "vote.change"] } }, orderBy: { id: "asc" } });
    expect(changes.map((e) => e.action)).toEqual(["vote.cast", "vote.change"]);
  });

  it("16 ballots posted at the same moment: each municipality counted exactly once, the 6 without a vote refused", async () => {
    const members = await seatUsers();
    const [a] = (await caseBy("12/26")).proposals;
    const results = await Promise.all(members.map((u) => castBallot(db, u, { roundId, choice: a.id })));
    expect(results.filter((r) => r.ok)).toHaveLength(10); // 10 municipal representatives
    expect(results.filter((r) => !r.ok).map((r) => r.message)).toEqual(Array(6).fill("Du har talerett, men ikke stemmerett, i dette forumet."));
    const ballots = await db.ballot.findMany({ where: { roundId } });
    expect(ballots).toHaveLength(6);
    expect(new Set(ballots.map((b) => b.unit)).size).toBe(6);
    expect(ballots.every((b) => b.proposalId === a.id)).toBe(true);
  });

  it("closing counts, records the decision with its rule, and updates the region's satsingsområder", async () => {
    const c = await caseBy("12/26");
    const [a, b] = c.proposals;
    // Make it 4–2 for the new areas (B): Geir (Hadsel), Tor (Sortland) and two more change to B.
    for (const email of ["geir.pedersen@hadsel.example", "tor.andreassen@sortland.example", "per.olsen@bo.example", "ingrid.hansen@andoy.example"]) {
      expect((await castBallot(db, await as(email), { roundId, choice: b.id })).ok).toBe(true);
    }
    expect(await closeRound(db, geir, { roundId })).toEqual({ ok: false, message: "Bare møtelederen kan avslutte en avstemning." });
    const r = await closeRound(db, tor, { roundId });
    expect(r).toEqual({ ok: true, message: `Sak 12/26 er avgjort: ${b.text}.` });
    const decision = await db.decision.findUniqueOrThrow({ where: { caseId: c.id } });
    expect(decision).toMatchObject({ proposalId: b.id, rule: "FLERTALL", counts: { counts: { [a.id]: 2, [b.id]: 4 }, abstentions: 0 } });
    const areas = await db.priorityArea.findMany({ where: { region: { slug: "vesteralen" } }, orderBy: { position: "asc" } });
    expect(areas.map((x) => x.title)).toEqual(["Lesing og skriving", "Inkluderende læringsmiljø", "Profesjonsfellesskap"]);
  });

  it("a ballot after close is refused and changes nothing", async () => {
    const [a] = (await caseBy("12/26")).proposals;
    const before = await voteState();
    expect(await castBallot(db, geir, { roundId, choice: a.id })).toMatchObject({ ok: false, message: expect.stringContaining("lukket") });
    expect(await voteState()).toEqual(before);
  });
});

describe("the working committee (AUS)", () => {
  it("may not decide the economic case 13/26, but may decide the ordinary case 14/26", async () => {
    const economic = await caseBy("13/26");
    const before = await voteState();
    expect(await decideInCommittee(db, geir, { caseId: economic.id, version: economic.version, proposalId: economic.proposals[0].id }))
      .toEqual({ ok: false, message: "Saken er økonomisk, og kan ikke avgjøres i arbeidsutvalget. Den må legges fram for forumet." });
    expect(await decideInCommittee(db, jon, { caseId: economic.id, version: economic.version, proposalId: economic.proposals[0].id }))
      .toEqual({ ok: false, message: "Bare medlemmer av arbeidsutvalget kan avgjøre saker i utvalget." });
    expect(await voteState()).toEqual(before);
    const ordinary = await caseBy("14/26");
    expect(await decideInCommittee(db, geir, { caseId: ordinary.id, version: ordinary.version, proposalId: ordinary.proposals[0].id })).toMatchObject({ ok: true });
    expect((await db.decision.findUniqueOrThrow({ where: { caseId: ordinary.id } })).rule).toBe("ARBEIDSUTVALG");
  });
});

describe("the county Samarbeidsforum: case 7/26", () => {
  it("opens a vote only after consensus failed; Statsforvalteren does not vote; a tie gets Statsforvalteren's final say", async () => {
    const c = await caseBy("7/26");
    const [a, b] = c.proposals;
    const before = await voteState();
    expect(await openRound(db, stine, { caseId: c.id, version: c.version, minutes: 10 }))
      .toMatchObject({ ok: false, message: "Forumet arbeider etter konsensus. Møtelederen må registrere at det ikke ble enighet før det kan stemmes." });
    expect(await voteState()).toEqual(before);
    const opened = await openRound(db, stine, { caseId: c.id, version: c.version, minutes: 10, consensusFailedNote: "Ikke enighet om lærertall eller skoletall som grunnlag" });
    expect(opened.ok).toBe(true);
    const roundId = (opened as { data: { roundId: string } }).data.roundId;
    expect(await castBallot(db, stine, { roundId, choice: a.id })).toEqual({ ok: false, message: "Statsforvalteren leder sekretariatet og stemmer ikke i forumet." });
    // KS votes A; one region representative votes B: 1–1, no leader tie-break in this body.
    expect((await castBallot(db, jon, { roundId, choice: a.id })).ok).toBe(true);
    const regionRep = await db.forumMember.findFirstOrThrow({ where: { kind: "REGION", forum: { kind: "SAMARBEIDSFORUM" } } });
    const repUser = await db.user.create({ data: { email: "region-rep@test.example", name: regionRep.name, roles: { create: { role: "FORUM_MEMBER", countyId: (await db.county.findFirstOrThrow()).id } } } });
    await db.forumMember.update({ where: { id: regionRep.id }, data: { userId: repUser.id } });
    expect((await castBallot(db, (await loadActor(db, repUser.id))!, { roundId, choice: b.id })).ok).toBe(true);
    expect(await closeRound(db, stine, { roundId })).toEqual({ ok: true, message: "Avstemningen i sak 7/26 ble uavgjort. Saken står åpen." });
    const fresh = await caseBy("7/26");
    expect(await recordFinalSay(db, jon, { caseId: c.id, version: fresh.version, proposalId: a.id, reason: "Lærertall gir best samsvar med behovene" }))
      .toEqual({ ok: false, message: "Bare Statsforvalteren kan ta den endelige avgjørelsen." });
    expect(await recordFinalSay(db, stine, { caseId: c.id, version: fresh.version, proposalId: a.id, reason: "kort" })).toMatchObject({ ok: false });
    expect(await recordFinalSay(db, stine, { caseId: c.id, version: fresh.version, proposalId: a.id, reason: "Lærertall gir best samsvar med regionenes behovsmeldinger" }))
      .toEqual({ ok: true, message: "Statsforvalterens avgjørelse i sak 7/26 er registrert." });
    expect(await db.decision.findUniqueOrThrow({ where: { caseId: c.id } })).toMatchObject({ rule: "STATSFORVALTERENS_AVGJORELSE", proposalId: a.id, reason: "Lærertall gir best samsvar med regionenes behovsmeldinger" });
  });
});

describe("preparing cases", () => {
  it("an AUS member puts a case with its proposals on the agenda; others cannot; bad input is refused", async () => {
    const meeting = await db.meeting.findFirstOrThrow({ where: { forum: { kind: "OPPVEKSTFORUM" } } });
    const input = { schemeId: "dekom", meetingId: meeting.id, number: "15/26", title: "Regional eksamensordning", description: "Skal regionen etablere en felles eksamensordning?", kind: "PRINSIPIELL", proposals: "Etablere ordningen fra 2027\nUtsette saken ett år\n" };
    const before = await db.case.count();
    expect(await createCase(db, lene, input)).toEqual({ ok: false, message: "Saker forberedes av arbeidsutvalget (eller møtelederen der forumet ikke har arbeidsutvalg)." });
    expect(await createCase(db, geir, { ...input, proposals: "Bare ett forslag" })).toMatchObject({ ok: false, fieldErrors: { proposals: ["Skriv minst to forslag, ett per linje."] } });
    expect(await db.case.count()).toBe(before);
    expect(await createCase(db, geir, input)).toMatchObject({ ok: true, message: "Sak 15/26 er satt på sakslisten." });
    const created = await db.case.findFirstOrThrow({ where: { number: "15/26" }, include: { proposals: { orderBy: { position: "asc" } } } });
    expect([created.preparedBy, created.kind, created.proposals.map((p) => p.text)]).toEqual(["Arbeidsutvalg skole (AUS)", "PRINSIPIELL", ["Etablere ordningen fra 2027", "Utsette saken ett år"]]);
    expect(await createCase(db, geir, input)).toMatchObject({ ok: false, message: "Sak 15/26 finnes allerede i møtet." });
  });
});

describe("case documents", () => {
  it("the working committee attaches a PDF to an open case; a member outside it cannot; a decided case is closed for documents", async () => {
    const open = await caseBy("13/26");
    const pdf = new TextEncoder().encode("%PDF-1.7 saksframlegg\n%%EOF");
    expect(await addCaseAttachment(db, lene, { caseId: open.id, filename: "Saksframlegg.pdf", bytes: pdf })).toEqual({ ok: false, message: "Saksdokumenter legges ved av arbeidsutvalget eller møtelederen." });
    expect(await addCaseAttachment(db, geir, { caseId: open.id, filename: "Saksframlegg.exe", bytes: pdf })).toMatchObject({ ok: false, fieldErrors: { file: [expect.any(String)] } });
    expect(await addCaseAttachment(db, geir, { caseId: open.id, filename: "Saksframlegg.pdf", bytes: pdf })).toEqual({ ok: true, message: "Saksframlegg.pdf er lagt ved sak 13/26." });
    const decided = await caseBy("12/26");
    expect(await addCaseAttachment(db, geir, { caseId: decided.id, filename: "Sent.pdf", bytes: pdf })).toEqual({ ok: false, message: "Saken er avgjort; dokumentene kan ikke endres." });
    expect(await db.caseAttachment.count()).toBe(1);
  });
});

describe("the leader's double vote goes with the leader's municipality, whoever cast its ballot", () => {
  it("3–3 where Lene (not the leader) cast Sortland's ballot is decided for Sortland's choice, and the minutes say which ballot decided", async () => {
    await seatUsers();
    const meeting = await db.meeting.findFirstOrThrow({ where: { title: "Oppvekstforum, møte 4/2026" } });
    expect(await createCase(db, tor, { schemeId: "dekom", meetingId: meeting.id, number: "98/26", title: "Stemmelikhet", description: "En sak som ender 3–3.", kind: "ORDINAR", proposals: "Forslag A\nForslag B" })).toMatchObject({ ok: true });
    const c = await caseBy("98/26");
    const [a, b] = c.proposals;
    const opened = await openRound(db, tor, { caseId: c.id, version: c.version, minutes: 30 });
    const roundId = (opened as { data: { roundId: string } }).data.roundId;
    const seats = await db.forumMember.findMany({ where: { forum: { kind: "OPPVEKSTFORUM" }, kind: "KOMMUNE" }, include: { schoolOwner: true }, orderBy: { name: "asc" } });
    const one = new Map<string, string>();
    for (const m of seats) if (m.schoolOwner && !one.has(m.schoolOwner.name) && m.userId) one.set(m.schoolOwner.name, m.userId);
    const choice: Record<string, string> = { "Andøy kommune": a.id, "Bø kommune": a.id, "Hadsel kommune": a.id, "Øksnes kommune": b.id, "Lødingen kommune": b.id };
    for (const [owner, proposal] of Object.entries(choice)) expect((await castBallot(db, (await loadActor(db, one.get(owner)!))!, { roundId, choice: proposal })).ok).toBe(true);
    expect(await castBallot(db, lene, { roundId, choice: b.id })).toMatchObject({ ok: true });
    expect(await closeRound(db, tor, { roundId })).toEqual({ ok: true, message: `Sak 98/26 er avgjort: ${b.text}.` });
    expect(await db.decision.findUniqueOrThrow({ where: { caseId: c.id } })).toMatchObject({ proposalId: b.id, rule: "LEDERS_DOBBELTSTEMME" });
    process.env.DATABASE_URL = t.url;
    process.env.NEXTAUTH_SECRET ??= "x".repeat(40);
    const { getMinutes } = await import("../../src/server/voting/queries");
    const { minutesBlocks } = await import("../../src/server/voting/minutes");
    const block = minutesBlocks((await getMinutes(meeting.id))!).blocks.find((x) => x.heading.startsWith("Sak 98/26"))!;
    expect(block.lines).toContain("Stemmelikhet, avgjort med lederens dobbeltstemme: Sortland kommune stemte for «Forslag B», avgitt av Lene Karlsen.");
  });

  it("the minutes are in the written standard the forum chose, for the page, the PDF and the archive; an unknown one is refused", async () => {
    const meeting = await db.meeting.findFirstOrThrow({ where: { title: "Oppvekstforum, møte 4/2026" }, include: { forum: true } });
    const forum = meeting.forum;
    const rules = { forumId: forum.id, voteUnit: forum.voteUnit, leaderBreaksTie: forum.leaderBreaksTie ? "on" : "", quorum: forum.quorum ? String(forum.quorum) : "" };
    const before = await db.auditEntry.count();
    expect(await updateForumRules(db, kari, { ...rules, version: String(forum.version), language: "se" })).toMatchObject({ ok: false, fieldErrors: { language: ["Velg bokmål eller nynorsk."] } });
    expect(await db.forum.findUniqueOrThrow({ where: { id: forum.id } })).toMatchObject({ language: "nb", version: forum.version });
    expect(await db.auditEntry.count()).toBe(before);
    expect(await updateForumRules(db, kari, { ...rules, version: String(forum.version), language: "nn" })).toMatchObject({ ok: true });
    expect(await db.auditEntry.findFirst({ where: { entityId: forum.id, action: "forum.rules" }, orderBy: { at: "desc" } })).toMatchObject({ before: { language: "nb" }, after: { language: "nn" } });

    const { getMinutes } = await import("../../src/server/voting/queries");
    const { minutesBlocks, minutesPdf, isDecisionLine } = await import("../../src/server/voting/minutes");
    const { withLocale } = await import("../../src/i18n/server-text");
    // A bokmål reader still gets the forum's nynorsk: the document does not follow the reader.
    const m = await withLocale("nb", async () => minutesBlocks((await getMinutes(meeting.id))!));
    expect(m.language).toBe("nn");
    const block = m.blocks.find((x) => x.heading === "Sak 98/26: Stemmelikhet")!;
    expect(block.lines).toContain("Likt røystetal, avgjort med dobbeltrøysta til leiaren: Sortland kommune røysta for «Forslag B», gitt av Lene Karlsen.");
    expect(block.lines).toContain("Vedtak: Forslag B");
    expect(block.lines).toContain("Vedteke ved likt røystetal med dobbeltrøysta til leiaren.");
    expect(block.lines).toContain("– Forslag A: 3 røyster");
    expect(isDecisionLine("Vedtak: Forslag B") && isDecisionLine("Saka er ikkje avgjord.") && !isDecisionLine("Framlegg:")).toBe(true);
    expect(m.intro).toContain("Protokollen er laga av portalen frå sakene, avrøystingane og vedtaka som er registrerte i møtet.");
    const pdf = (await minutesPdf((await getMinutes(meeting.id))!)).toString("latin1");
    expect(pdf).toContain("nn-NO");
    expect(await updateForumRules(db, kari, { ...rules, version: String(forum.version + 1), language: "nb" })).toMatchObject({ ok: true });
  });
});

describe("a ballot racing the close", () => {
  it("the round closes no earlier than its last counted ballot, so no ballot is dated after the close", async () => {
    const meeting = await db.meeting.findFirstOrThrow({ where: { title: "Oppvekstforum, møte 4/2026" } });
    expect((await createCase(db, tor, { schemeId: "dekom", meetingId: meeting.id, number: "97/26", title: "Kappløp", description: "Stemme og avslutning samtidig.", kind: "ORDINAR", proposals: "Ja\nNei" })).ok).toBe(true);
    const c = await caseBy("97/26");
    const opened = await openRound(db, tor, { caseId: c.id, version: c.version, minutes: 30 });
    const roundId = (opened as { data: { roundId: string } }).data.roundId;
    const t = Date.now();
    // Tor's ballot is stamped by a clock a little ahead of the chair's close (two requests in the same moment).
    expect((await castBallot(db, tor, { roundId, choice: c.proposals[0].id }, new Date(t + 2_000))).ok).toBe(true);
    expect((await closeRound(db, tor, { roundId }, new Date(t + 1_000))).ok).toBe(true);
    const round = await db.voteRound.findUniqueOrThrow({ where: { id: roundId }, include: { ballots: true } });
    expect(round.ballots.every((b) => b.castAt.getTime() <= round.closedAt!.getTime())).toBe(true);
    expect(round.closedAt).toEqual(new Date(t + 2_000));
  });
});
