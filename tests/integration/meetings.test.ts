// Meetings planned in the browser (create, move, agenda order and publication, attendance and quorum,
// approval of the minutes at the next meeting), the forum's rules and seats, and its working committees:
// each allowed and refused through the functions the server actions call, with the database and audit asserted.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/database";
import { actorByEmail } from "../support/actors";
import type { PortalUser } from "../../src/server/auth/actor";
import { approveMinutes, createMeeting, moveCase, publishAgenda, recordAttendance, updateMeeting } from "../../src/server/voting/meetings";
import { createCase } from "../../src/server/voting/service";
import { getMinutes, getPublicMeeting, listPublicMeetings } from "../../src/server/voting/queries";
import { addCommitteeMember, createCommittee, removeCommitteeMember, updateForumMember, updateForumRules } from "../../src/server/structure/forums";
import type { Db } from "../../src/server/prisma-client";

const t = useTestDatabase();
let db: Db;
let tor: PortalUser, kari: PortalUser, rune: PortalUser, stine: PortalUser, ulf: PortalUser;
let forumId: string;
const as = (email: string) => actorByEmail(db, email);
const NOW = new Date("2027-03-01T08:00:00Z");
const meetingInput = (over: Record<string, string> = {}) => ({ forumId, title: "Oppvekstforum, møte 1/2027", date: "2027-03-10", time: "10:00", place: "Sortland, rådhuset", videoLink: "", ...over });
const meeting = (id: string) => db.meeting.findUniqueOrThrow({ where: { id }, include: { cases: { orderBy: { position: "asc" } }, attendance: true } });

beforeAll(async () => {
  db = t.db;
  // The read queries use the portal's own client (as the pages do).
  process.env.DATABASE_URL = t.url;
  process.env.NEXTAUTH_SECRET ??= "x".repeat(40);
  [tor, kari, rune, stine, ulf] = await Promise.all([
    "tor.andreassen@sortland.example", "kari.strand@rkk.example", "rune.eriksen@oksnes.example",
    "stine.berg@statsforvalteren.example", "uten.rolle@demo.example",
  ].map(as));
  forumId = (await db.forum.findFirstOrThrow({ where: { kind: "OPPVEKSTFORUM", region: { slug: "vesteralen" } } })).id;
});

describe("planning a meeting", () => {
  let first: string;
  let second: string;

  it("the chair creates a meeting at Oslo time (10:00 in March is 09:00 UTC); a member without a planning role may not", async () => {
    const audit = await db.auditEntry.count();
    expect(await createMeeting(db, rune, meetingInput(), NOW)).toEqual({ ok: false, message: "Bare møtelederen, arbeidsutvalget eller den som setter opp forumet kan planlegge møtene." });
    expect(await createMeeting(db, ulf, meetingInput(), NOW)).toMatchObject({ ok: false });
    expect(await db.auditEntry.count()).toBe(audit);
    const r = await createMeeting(db, tor, meetingInput(), NOW);
    expect(r).toMatchObject({ ok: true, message: "Oppvekstforum, møte 1/2027 er opprettet. Sett opp sakslisten, og publiser den når den er klar." });
    first = (r as { data: { meetingId: string } }).data.meetingId;
    expect(await meeting(first)).toMatchObject({ startsAt: new Date("2027-03-10T09:00:00Z"), place: "Sortland, rådhuset", videoLink: null, agendaPublishedAt: null, version: 1 });
    expect(await db.auditEntry.findFirst({ where: { entityId: first, action: "meeting.create" } })).toMatchObject({ actorId: tor.id });
    // Summer time: 10:00 in June is 08:00 UTC. Statsforvalteren (who sets the forum up) may plan too; a video meeting needs no place.
    const s = await createMeeting(db, stine, meetingInput({ title: "Oppvekstforum, møte 2/2027", date: "2027-06-10", place: "", videoLink: "https://video.example/rom/7" }), NOW);
    second = (s as { data: { meetingId: string } }).data.meetingId;
    expect(await meeting(second)).toMatchObject({ startsAt: new Date("2027-06-10T08:00:00Z"), place: "", videoLink: "https://video.example/rom/7" });
  });

  it("refuses a meeting in the past, with no place, at a date that does not exist or with a script link, at the field", async () => {
    const count = await db.meeting.count();
    expect(await createMeeting(db, tor, meetingInput({ date: "2027-02-28" }), NOW)).toMatchObject({ ok: false, fieldErrors: { date: ["Møtet kan ikke legges til et tidspunkt som har vært. Velg en dato og et klokkeslett fram i tid."] } });
    expect(await createMeeting(db, tor, meetingInput({ place: " " }), NOW)).toMatchObject({ ok: false, fieldErrors: { place: ["Skriv hvor møtet holdes, eller en lenke til videomøtet."] } });
    expect(await createMeeting(db, tor, meetingInput({ date: "2027-02-30" }), NOW)).toMatchObject({ ok: false, fieldErrors: { date: [expect.stringContaining("finnes ikke")] } });
    expect(await createMeeting(db, tor, meetingInput({ time: "25:00" }), NOW)).toMatchObject({ ok: false, fieldErrors: { date: [expect.stringContaining("finnes ikke")] } });
    expect(await createMeeting(db, tor, meetingInput({ videoLink: "javascript:alert(1)" }), NOW)).toMatchObject({ ok: false, fieldErrors: { videoLink: ["Lenken til videomøtet må begynne med https://."] } });
    expect(await createMeeting(db, tor, meetingInput({ date: "2031-01-01" }), NOW)).toMatchObject({ ok: false, fieldErrors: { date: ["Møtet kan legges høyst 3 år fram i tid."] } });
    expect(await db.meeting.count()).toBe(count);
  });

  it("moves a meeting with a version check; the loser of two saves is told", async () => {
    const m = await meeting(first);
    const [a, b] = await Promise.all([
      updateMeeting(db, tor, { ...meetingInput({ time: "12:00" }), meetingId: first, version: String(m.version) }, NOW),
      updateMeeting(db, stine, { ...meetingInput({ time: "13:00" }), meetingId: first, version: String(m.version) }, NOW),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect([a, b].find((r) => !r.ok)).toMatchObject({ message: "Noen andre har endret møtet mens du hadde det åpent. Se over og prøv igjen." });
    expect((await meeting(first)).version).toBe(2);
    expect(await db.auditEntry.count({ where: { entityId: first, action: "meeting.update" } })).toBe(1);
  });

  it("is not public until the agenda is published; an empty agenda cannot be published", async () => {
    expect(await getMinutes(first)).toBeNull();
    expect((await listPublicMeetings("nordland", { gte: new Date(0) }))!.forums.flatMap((f) => f.meetings).some((m) => m.id === first)).toBe(false);
    let m = await meeting(first);
    expect(await publishAgenda(db, tor, { meetingId: first, version: String(m.version) }, NOW)).toEqual({ ok: false, message: "Sakslisten er tom. Sett opp minst én sak før du publiserer." });
    for (const [n, title] of [["1/27", "Budsjett 2027"], ["2/27", "Program for skoleledernettverket"], ["3/27", "Eventuelt"]]) {
      expect(await createCase(db, tor, { schemeId: "dekom", meetingId: first, number: n, title, description: "Saken forberedes til møtet.", kind: "ORDINAR", proposals: "Vedta\nIkke vedta" })).toMatchObject({ ok: true });
    }
    m = await meeting(first);
    expect(await publishAgenda(db, tor, { meetingId: first, version: String(m.version) }, NOW)).toMatchObject({ ok: true, message: "Sakslisten for Oppvekstforum, møte 1/2027 er publisert og vises for alle." });
    expect((await meeting(first)).agendaPublishedAt).toEqual(NOW);
    expect(await publishAgenda(db, tor, { meetingId: first, version: String(m.version + 1) }, NOW)).toMatchObject({ ok: false, message: "Sakslisten er allerede publisert." });
    // A version beyond PostgreSQL's int4 is a bad request at the field, not a server error.
    expect(await publishAgenda(db, tor, { meetingId: first, version: "99999999999" }, NOW)).toMatchObject({ ok: false, fieldErrors: { version: ["Ugyldig versjon."] } });
    const listed = (await listPublicMeetings("nordland", { gte: new Date(0) }))!.forums.find((f) => f.id === forumId)!.meetings.find((x) => x.id === first);
    expect(listed).toMatchObject({ title: "Oppvekstforum, møte 1/2027", _count: { cases: 3 }, minutesApprovedAt: null });
    expect(await listPublicMeetings("troms", { gte: new Date(0) })).toBeNull();
    // The public meeting page answers only under its own county's address.
    expect((await getPublicMeeting("nordland", first))!.meeting.cases.map((c) => c.number)).toEqual(["1/27", "2/27", "3/27"]);
    expect(await getPublicMeeting("troms", first)).toBeNull();
  });

  it("orders the agenda: 3/27 moves up; the first cannot move up; after the start nothing moves", async () => {
    let m = await meeting(first);
    const last = m.cases[2];
    expect(await moveCase(db, tor, { caseId: last.id, version: String(m.version), direction: "up" }, NOW)).toMatchObject({ ok: true, message: "Sak 3/27 er flyttet." });
    m = await meeting(first);
    expect(m.cases.map((c) => c.number)).toEqual(["1/27", "3/27", "2/27"]);
    expect(await moveCase(db, tor, { caseId: m.cases[0].id, version: String(m.version), direction: "up" }, NOW)).toEqual({ ok: false, message: "Saken kan ikke flyttes lenger den veien." });
    expect(await moveCase(db, tor, { caseId: m.cases[2].id, version: String(m.version), direction: "up" }, new Date("2027-03-10T12:30:00Z"))).toEqual({ ok: false, message: "Møtet har startet; sakslisten kan ikke endres lenger." });
    expect(await db.auditEntry.findFirst({ where: { entityId: first, action: "meeting.reorder" } })).toMatchObject({ before: { order: ["1/27", "2/27", "3/27"] }, after: { order: ["1/27", "3/27", "2/27"] } });
  });

  it("records attendance from an hour before; with a quorum of 4 municipalities, 3 present is not quorate", async () => {
    const forum = await db.forum.findUniqueOrThrow({ where: { id: forumId }, include: { members: { orderBy: { name: "asc" } } } });
    expect(await updateForumRules(db, tor, { forumId, version: String(forum.version), voteUnit: "MUNICIPALITY", leaderBreaksTie: "on", quorum: "4" })).toEqual({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect(await updateForumRules(db, kari, { forumId, version: String(forum.version), voteUnit: "MUNICIPALITY", leaderBreaksTie: "on", quorum: "4" })).toMatchObject({ ok: true });
    const municipal = forum.members.filter((x) => x.kind === "KOMMUNE");
    const distinct = [...new Map(municipal.map((x) => [x.schoolOwnerId, x])).values()].slice(0, 3);
    const present = [...distinct.map((x) => x.id), ...municipal.filter((x) => x.schoolOwnerId === distinct[0].schoolOwnerId && x.id !== distinct[0].id).map((x) => x.id)];
    let m = await meeting(first);
    expect(await recordAttendance(db, tor, { meetingId: first, version: String(m.version), present }, new Date("2027-03-10T07:00:00Z"))).toEqual({ ok: false, message: "Oppmøtet registreres når møtet har startet." });
    const r = await recordAttendance(db, tor, { meetingId: first, version: String(m.version), present }, new Date("2027-03-10T11:30:00Z"));
    expect(r).toMatchObject({ ok: true, message: `Oppmøtet er registrert: ${present.length} av ${forum.members.length} medlemmer til stede. Ikke beslutningsdyktig: 3 stemmeenheter til stede (minst 4).` });
    m = await meeting(first);
    expect(m.attendance.map((a) => a.forumMemberId).sort()).toEqual([...present].sort());
    const another = municipal.find((x) => !distinct.some((d) => d.schoolOwnerId === x.schoolOwnerId))!;
    expect(await recordAttendance(db, tor, { meetingId: first, version: String(m.version), present: [...present, another.id] }, new Date("2027-03-10T11:30:00Z")))
      .toMatchObject({ ok: true, message: expect.stringContaining("Beslutningsdyktig: 4 stemmeenheter til stede (minst 4).") });
    const stranger = await db.forumMember.findFirstOrThrow({ where: { forum: { kind: "SAMARBEIDSFORUM" } } });
    m = await meeting(first);
    expect(await recordAttendance(db, tor, { meetingId: first, version: String(m.version), present: [stranger.id] }, new Date("2027-03-10T11:30:00Z"))).toMatchObject({ ok: false, message: "Listen inneholder noen som ikke er medlem av forumet. Last siden på nytt." });
    expect((await meeting(first)).attendance).toHaveLength(present.length + 1);
    expect((await getMinutes(first))!.attendance.quorum).toEqual({ present: 4, required: 4, quorate: true });
  });

  it("approves the minutes at the next meeting, once; not before the meeting is held, not in an earlier meeting", async () => {
    expect(await approveMinutes(db, tor, { meetingId: first, minutesOfId: second }, new Date("2027-06-11T08:00:00Z"))).toEqual({ ok: false, message: "Bare protokoller fra tidligere møter kan godkjennes i dette møtet." });
    expect(await approveMinutes(db, tor, { meetingId: second, minutesOfId: first }, new Date("2027-03-05T08:00:00Z"))).toEqual({ ok: false, message: "Møtet er ikke holdt ennå." });
    const seeded = await db.meeting.findFirstOrThrow({ where: { forum: { kind: "SAMARBEIDSFORUM" } } });
    expect(await approveMinutes(db, tor, { meetingId: second, minutesOfId: seeded.id }, new Date("2027-06-10T08:00:00Z"))).toEqual({ ok: false, message: "Protokollen er fra et annet forum." });
    const at = new Date("2027-06-10T08:30:00Z");
    const results = await Promise.all([1, 2, 3].map(() => approveMinutes(db, tor, { meetingId: second, minutesOfId: first }, at)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, message: "Protokollen er allerede godkjent." }, { ok: false, message: "Protokollen er allerede godkjent." }]);
    expect(await meeting(first)).toMatchObject({ minutesApprovedAt: at, minutesApprovedInId: second });
    expect(await db.auditEntry.count({ where: { entityId: first, action: "meeting.minutes.approve" } })).toBe(1);
  });

  it("gives a case number once per meeting, even when ten people post it at once", async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () =>
      createCase(db, tor, { schemeId: "dekom", meetingId: second, number: "77/27", title: "Samtidig sak", description: "Ti som lagrer samtidig.", kind: "ORDINAR", proposals: "Ja\nNei" })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.case.count({ where: { meetingId: second, number: "77/27" } })).toBe(1);
  });
});

describe("the forum's rules, seats and working committees", () => {
  it("a stale rules form is refused; a change is audited with before and after", async () => {
    const forum = await db.forum.findUniqueOrThrow({ where: { id: forumId } });
    expect(await updateForumRules(db, kari, { forumId, version: String(forum.version - 1), voteUnit: "MUNICIPALITY", quorum: "" })).toEqual({ ok: false, message: "Noen andre har endret forumet mens du hadde siden åpen. Se over og prøv igjen." });
    expect(await updateForumRules(db, kari, { forumId, version: String(forum.version), voteUnit: "MUNICIPALITY", leaderBreaksTie: "on", quorum: "0" })).toMatchObject({ ok: false, fieldErrors: { quorum: ["Minst 1."] } });
    expect(await updateForumRules(db, kari, { forumId, version: String(forum.version), voteUnit: "MUNICIPALITY", leaderBreaksTie: "on", quorum: "" })).toMatchObject({ ok: true });
    expect(await db.forum.findUniqueOrThrow({ where: { id: forumId } })).toMatchObject({ quorum: null, leaderBreaksTie: true });
    expect(await db.auditEntry.findFirst({ where: { entityId: forumId, action: "forum.rules" }, orderBy: { at: "desc" } })).toMatchObject({ before: { quorum: 4 }, after: { quorum: null } });
  });

  it("links a seat to a user with a role in the county; not to one without, not to one who has a seat already; one leader", async () => {
    const seat = await db.forumMember.findFirstOrThrow({ where: { forumId, userId: null, kind: "KOMMUNE" } });
    const torSeat = await db.forumMember.findFirstOrThrow({ where: { forumId, userId: tor.id } });
    expect(await updateForumMember(db, kari, { memberId: seat.id, position: "MEDLEM", userId: ulf.id })).toMatchObject({ ok: false, fieldErrors: { userId: ["Brukeren har ingen rolle i fylket. Inviter personen først."] } });
    expect(await updateForumMember(db, kari, { memberId: seat.id, position: "MEDLEM", userId: tor.id })).toMatchObject({ ok: false, fieldErrors: { userId: [`Brukeren har allerede plassen til ${torSeat.name} i forumet.`] } });
    expect(await updateForumMember(db, kari, { memberId: seat.id, position: "LEDER", userId: "" })).toMatchObject({ ok: false, fieldErrors: { position: ["Forumet har allerede en leder. Gjør den andre til medlem først."] } });
    const free = await db.user.create({ data: { email: "ny.representant@test.example", name: "Ny Representant", roles: { create: { role: "OPPVEKSTFORUM_MEMBER", regionId: (await db.region.findUniqueOrThrow({ where: { slug: "vesteralen" } })).id } } } });
    expect(await updateForumMember(db, kari, { memberId: seat.id, position: "MEDLEM", userId: free.id })).toMatchObject({ ok: true, message: `Endringene for ${seat.name} er lagret. Avstemninger som alt er åpnet, beholder stemmeretten og lederen de ble åpnet med.` });
    expect(await db.forumMember.findUniqueOrThrow({ where: { id: seat.id } })).toMatchObject({ userId: free.id, holdsVote: true });
    expect(await db.auditEntry.findFirst({ where: { entityId: forumId, action: "forum.member.update" } })).toMatchObject({ before: { userId: null }, after: { userId: free.id } });
  });

  it("creates a working committee once, adds a forum member with a function, refuses an outsider, removes", async () => {
    await db.committeeMember.deleteMany({ where: { committee: { forumId, kind: "AUB" } } });
    await db.workingCommittee.deleteMany({ where: { forumId, kind: "AUB" } });
    expect(await createCommittee(db, rune, { forumId, kind: "AUB", mandate: "Forbereder barnehagesakene." })).toEqual({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect(await createCommittee(db, kari, { forumId, kind: "AUB", mandate: "Forbereder barnehagesakene." })).toMatchObject({ ok: true, message: "Arbeidsutvalg barnehage (AUB) er opprettet." });
    expect(await createCommittee(db, kari, { forumId, kind: "AUB", mandate: "En gang til." })).toMatchObject({ ok: false, fieldErrors: { kind: ["Forumet har allerede et slikt arbeidsutvalg."] } });
    const aub = await db.workingCommittee.findUniqueOrThrow({ where: { forumId_kind: { forumId, kind: "AUB" } } });
    const member = await db.forumMember.findFirstOrThrow({ where: { forumId, kind: "KOMMUNE" } });
    const outsider = await db.forumMember.findFirstOrThrow({ where: { forum: { kind: "SAMARBEIDSFORUM" } } });
    expect(await addCommitteeMember(db, kari, { committeeId: aub.id, forumMemberId: outsider.id, function: "Medlem" })).toMatchObject({ ok: false, fieldErrors: { forumMemberId: ["Velg et medlem av forumet."] } });
    expect(await addCommitteeMember(db, kari, { committeeId: aub.id, forumMemberId: member.id, function: "Leder" })).toMatchObject({ ok: true, message: `${member.name} er lagt til i Arbeidsutvalg barnehage (AUB).` });
    expect(await addCommitteeMember(db, kari, { committeeId: aub.id, forumMemberId: member.id, function: "Leder" })).toMatchObject({ ok: false, fieldErrors: { forumMemberId: [`${member.name} er allerede med i arbeidsutvalget.`] } });
    const row = await db.committeeMember.findFirstOrThrow({ where: { committeeId: aub.id } });
    expect(row).toMatchObject({ name: member.name, function: "Leder", forumMemberId: member.id });
    expect(await removeCommitteeMember(db, kari, { committeeMemberId: row.id })).toMatchObject({ ok: true });
    expect(await db.committeeMember.count({ where: { committeeId: aub.id } })).toBe(0);
    expect(await db.auditEntry.count({ where: { entityId: forumId, action: { startsWith: "committee." } } })).toBe(3);
  });
});
