// The queries that keep pages bounded at national scale (issue 14), on the seeded database: each reads only
// what its page shows, and still shows what the user relies on. And the live voting event: who has voted,
// never what.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/database";
import { actorByEmail } from "../support/actors";
import type { PortalUser } from "../../src/server/auth/actor";
import type { Db } from "../../src/server/prisma-client";
import { getDashboard } from "../../src/server/evaluations/queries";
import { getGroupMembers, getRegion } from "../../src/server/structure/queries";
import { listMeetings, listPublicMeetings, meetingSpan } from "../../src/server/voting/queries";
import { roundState } from "../../src/server/voting/live";

const t = useTestDatabase();
let db: Db;
let stine: PortalUser, kari: PortalUser, tor: PortalUser;
let vesteralen: string;

beforeAll(async () => {
  db = t.db;
  process.env.DATABASE_URL = t.url;
  process.env.NEXTAUTH_SECRET ??= "x".repeat(40);
  [stine, kari, tor] = await Promise.all(["stine.berg@statsforvalteren.example", "kari.strand@rkk.example", "tor.andreassen@sortland.example"].map((e) => actorByEmail(db, e)));
  vesteralen = (await db.region.findUniqueOrThrow({ where: { slug: "vesteralen" } })).id;
  // Another county with a region and a report: none of the Nordland users' business.
  await db.county.create({
    data: {
      slug: "annet-fylke", name: "Annet fylke", forumName: "Samarbeidsforum i Annet fylke", governorName: "Statsforvalteren i Annet fylke",
      regions: { create: { slug: "annen-region", name: "Annen region", coordinator: "RKK", uhPartner: "UiX", evaluations: { create: { schemeId: "dekom", year: 2025, effect: "x".repeat(5000) } } } },
      forums: { create: { kind: "SAMARBEIDSFORUM", name: "Samarbeidsforum i Annet fylke", meetings: { create: { title: "Møte i annet fylke", startsAt: new Date("2026-05-01T08:00:00Z"), place: "X", agendaPublishedAt: new Date("2026-04-01T08:00:00Z") } } } },
    },
  });
});

describe("the evaluation dashboard", () => {
  it("reads only the counties the user holds a grant in, and only the years it shows", async () => {
    const now = new Date("2026-11-24T10:00:00Z");
    const forStine = await getDashboard(stine, now);
    expect(forStine.map((c) => c.county.slug)).toEqual(["nordland"]);
    expect(forStine[0].years).toEqual([2026, 2025, 2024, 2023]);
    expect(forStine[0].rows.map((r) => r.region.slug)).toContain("vesteralen");
    // Kari holds a grant in Vesterålen only: the county is found through her region, and only her row shows.
    const forKari = await getDashboard(kari, now);
    expect(forKari.map((c) => c.county.slug)).toEqual(["nordland"]);
    expect(forKari[0].rows.map((r) => r.region.slug)).toEqual(["vesteralen"]);
    expect(forKari[0].rows[0].cells.map((c) => c.year)).toEqual([2026, 2025, 2024, 2023]);
  });
});

describe("the meetings lists", () => {
  it("show last year, this year and what is planned by default, and one year when asked, with the years there are", async () => {
    expect(meetingSpan(2026)).toEqual({ gte: new Date("2024-12-31T23:00:00Z") });
    expect(meetingSpan(2026, 2025)).toEqual({ gte: new Date("2024-12-31T23:00:00Z"), lt: new Date("2025-12-31T23:00:00Z") });
    const titles = (data: { forums: { meetings: { title: string }[] }[] }) => data.forums.flatMap((f) => f.meetings.map((m) => m.title));
    const recent = (await listPublicMeetings("nordland", meetingSpan(2026)))!;
    expect(titles(recent)).toContain("Oppvekstforum, møte 4/2026");
    expect(recent.years[0]).toBe(2026);
    expect(titles((await listPublicMeetings("nordland", meetingSpan(2026, 2025)))!)).not.toContain("Oppvekstforum, møte 4/2026");
    expect(titles(recent)).not.toContain("Møte i annet fylke");
  });

  it("list the forums the user sits in or may read, found in the database, and no other county's", async () => {
    const forTor = await listMeetings(tor, meetingSpan(2026));
    expect(forTor.forums.map((f) => f.name)).toEqual(["Oppvekstforum Vesterålen og Lødingen"]);
    expect(forTor.forums[0].meetings.map((m) => m.title)).toContain("Oppvekstforum, møte 4/2026");
    const forStine = await listMeetings(stine, meetingSpan(2026));
    expect(forStine.forums.map((f) => f.name)).toContain("Oppvekstforum Vesterålen og Lødingen");
    expect(forStine.forums.map((f) => f.name)).not.toContain("Samarbeidsforum i Annet fylke");
  });
});

describe("the public region page", () => {
  it("shows this year's and later gatherings and counts the earlier ones; all of them when asked", async () => {
    const sfo = (r: NonNullable<Awaited<ReturnType<typeof getRegion>>>) => r.networks.find((n) => n.kind === "SFO_LEDERNETTVERK")!;
    const in2022 = (await getRegion("vesteralen", 2022))!;
    expect(sfo(in2022).gatherings.map((g) => g.title)).toEqual(["Vårsamling"]);
    expect(sfo(in2022)._count.gatherings).toBe(1);
    const all = (await getRegion("vesteralen", 2022, undefined, true))!;
    expect(sfo(all).gatherings.map((g) => g.title)).toEqual(["Høstsamling", "Vårsamling"]);
    expect(all.allGatherings).toBe(true);
  });

  it("shows the adopted plan in force in full, and lists the others", async () => {
    const region = (await getRegion("vesteralen", 2022))!;
    expect(region.plan!.period.startYear).toBe(2020);
    expect(region.plan!.goals.flatMap((g) => g.measures).length).toBeGreaterThan(0);
    expect(region.plans.map((p) => p.period.startYear)).toContain(2020);
  });

  it("gives the SUT/SKUT members' names only when asked for them, and otherwise how many hold each role", async () => {
    const group = await db.developmentGroup.findFirstOrThrow({ where: { name: "SKUT Lamarka" }, include: { members: true } });
    expect(group.members.length).toBeGreaterThan(0);
    const counts = (await getGroupMembers(vesteralen, false)).get(group.id)!;
    expect(counts.reduce((n, r) => n + r.count, 0)).toBe(group.members.length);
    expect(counts.flatMap((r) => r.names)).toEqual([]);
    for (const r of counts) expect(r.count).toBe(group.members.filter((m) => m.role === r.role).length);
    const named = (await getGroupMembers(vesteralen, true)).get(group.id)!;
    expect(named.flatMap((r) => r.names).sort()).toEqual(group.members.map((m) => m.name).sort());
  });
});

describe("the live voting event", () => {
  it("carries who has voted in the round and who cast it, never the choice", async () => {
    const c = await db.case.findFirstOrThrow({ where: { number: "12/26" }, include: { proposals: true, meeting: { include: { forum: { include: { members: { where: { holdsVote: true }, take: 2 } } } } } } });
    const [a, b] = c.meeting.forum.members;
    const round = await db.voteRound.create({
      data: {
        caseId: c.id, opensAt: new Date(), closesAt: new Date(Date.now() + 3_600_000), frozenAlternatives: c.proposals.map((p) => ({ proposalId: p.id, text: p.text })),
        frozenVoters: [a, b].map((m) => ({ unit: m.schoolOwnerId!, label: m.organisation })),
      },
    });
    expect(await roundState(round.id)).toEqual({ roundId: round.id, voted: [] });
    await db.ballot.create({ data: { roundId: round.id, unit: a.schoolOwnerId!, memberId: a.id, proposalId: c.proposals[0].id, castAt: new Date("2026-11-24T10:00:00Z") } });
    await db.ballot.create({ data: { roundId: round.id, unit: b.schoolOwnerId!, memberId: b.id, proposalId: null, castAt: new Date("2026-11-24T10:01:00Z") } });
    const state = await roundState(round.id);
    expect(state.voted).toEqual([{ unit: a.schoolOwnerId, by: a.name }, { unit: b.schoolOwnerId, by: b.name }]);
    const sent = JSON.stringify(state);
    for (const p of c.proposals) expect(sent).not.toContain(p.id);
  });
});
