// Writes the seed of prisma/seed-data.ts into an empty database. Idempotent: does nothing when the
// county already exists, so restarting the portal never duplicates or overwrites data.
import type { Db } from "../../src/server/prisma-client.ts";
import * as data from "../../prisma/seed-data.ts";
import { allocate } from "../../src/domain/allocation.ts";

// DEMO: names for the SUT/SKUT members the sources describe only by role.
const FIRST = ["Anne", "Bjørn", "Camilla", "Dag", "Elin", "Frode", "Guro", "Håkon", "Ida", "Jørn", "Kristin", "Lars", "Mari", "Nils", "Oda", "Pål", "Randi", "Sindre", "Tone", "Vegard"];
const LAST = ["Amundsen", "Bakke", "Dahl", "Eide", "Fossum", "Grønning", "Holm", "Isaksen", "Jensen", "Kvam", "Lie", "Mikkelsen", "Nordli", "Opsahl", "Rasmussen", "Sivertsen", "Thorsen", "Ullmann", "Vik", "Østby"];
let nameCounter = 0;
const demoName = () => {
  const n = nameCounter++;
  return `${FIRST[n % FIRST.length]} ${LAST[(n * 7 + 3) % LAST.length]}`;
};

export async function seed(db: Db): Promise<"seeded" | "already-seeded"> {
  if (await db.county.findUnique({ where: { slug: data.nordland.slug } })) return "already-seeded";
  nameCounter = 0;
  await db.$transaction(async (tx) => {
    const county = await tx.county.create({ data: data.nordland });
    // The schemes are reference data (the migration inserts them); Nordland runs DEKOM and REKOM in the demo.
    const dekom = "dekom", rekom = "rekom";
    await tx.countyScheme.createMany({ data: [{ countyId: county.id, schemeId: dekom }, { countyId: county.id, schemeId: rekom }] });
    const period = await tx.strategyPeriod.create({
      data: {
        countyId: county.id, name: data.period.name, startYear: data.period.startYear, endYear: data.period.endYear,
        purposes: [...data.period.purposes],
        priorityAreas: { create: data.period.priorityAreas.map((title, i) => ({ title, position: i + 1 })) },
        subGoals: { create: data.period.subGoals.map((g) => ({ ...g, strategies: [...g.strategies] })) },
      },
    });

    for (const r of data.otherRegions) {
      await tx.region.create({
        data: {
          countyId: county.id, slug: r.slug, name: r.name, coordinator: r.coordinator, uhPartner: "Nord universitet",
          kind: "vgo" in r ? "VIDEREGAENDE" : "GRUNNSKOLE", isDemo: true,
          owners: { create: r.owners.map((name) => ({
            name: "vgo" in r ? name : `${name} kommune`, kind: "vgo" in r ? "FYLKESKOMMUNE" : "KOMMUNE", isDemo: true,
          })) },
        },
      });
    }

    const v = data.vesteralen;
    const region = await tx.region.create({
      data: {
        countyId: county.id, slug: v.slug, name: v.name, coordinator: v.coordinator, uhPartner: v.uhPartner,
        overallGoal: v.overallGoal,
        priorityAreas: { create: v.priorityAreas.map((title, i) => ({ title, position: i + 1 })) },
        criteria: { create: Object.entries(data.criteria).flatMap(([audience, texts]) =>
          texts.map((text, i) => ({ audience: audience as keyof typeof data.criteria, position: i + 1, text }))) },
      },
    });

    const owners = new Map<string, string>();
    const schools = new Map<string, string>();
    for (const [municipality, schoolNames] of Object.entries(data.vesteralenSchools)) {
      const owner = await tx.schoolOwner.create({
        data: { regionId: region.id, name: `${municipality} kommune`, kind: "KOMMUNE" },
      });
      owners.set(municipality, owner.id);
      const created = [];
      for (const name of schoolNames) {
        const school = await tx.school.create({ data: { ownerId: owner.id, name } });
        schools.set(name, school.id);
        created.push(school);
      }
      // 001 fig. 3: one SUT per municipality (skoleeier, skoleledere, HTV, skoleutvikler) …
      await tx.developmentGroup.create({
        data: {
          kind: "SUT", ownerId: owner.id, name: `SUT ${municipality}`,
          members: { create: [
            { name: demoName(), role: "SKOLEEIER", isDemo: true },
            ...created.map(() => ({ name: demoName(), role: "SKOLELEDER" as const, isDemo: true })),
            { name: demoName(), role: "HTV", isDemo: true },
            { name: "Kari Strand", role: "SKOLEUTVIKLER", isDemo: true },
          ] },
        },
      });
      // … and a SKUT per school (skoleleder, tillitsvalgt, ressurslærer, nettverksdeltaker).
      for (const school of created) {
        await tx.developmentGroup.create({
          data: {
            kind: "SKUT", ownerId: owner.id, name: `SKUT ${school.name}`, schools: { connect: [{ id: school.id }] },
            members: { create: [
              { name: school.name === "Lamarka" ? "Mona Aas" : demoName(), role: "SKOLELEDER", isDemo: true },
              { name: demoName(), role: "PTV", isDemo: true },
              { name: demoName(), role: "RESSURSLAERER", isDemo: true },
              { name: demoName(), role: "NETTVERKSDELTAKER", isDemo: true },
            ] },
          },
        });
      }
    }

    const networkIds = new Map<string, string>();
    for (const n of data.networks) {
      const participantSchools = n.allSchools ? [...schools.keys()] : "schools" in n ? [...n.schools] : [];
      const network = await tx.network.create({
        data: {
          regionId: region.id, name: n.name, kind: n.kind, targetGroup: n.targetGroup, rhythm: n.rhythm,
          schemeId: n.inDekom ? dekom : null, goals: [...n.goals],
          participants: { create: participantSchools.map((s) => ({ schoolId: schools.get(s)! })) },
        },
      });
      networkIds.set(n.kind, network.id);
    }
    // DEMO: two gatherings of the SFO-ledernettverk, planned after the dialogkonferansemodell (001 §3.2.1).
    for (const [title, startsAt] of [["Høstsamling", "2021-10-14T08:00:00Z"], ["Vårsamling", "2022-03-10T08:00:00Z"]] as const) {
      await tx.gathering.create({
        data: {
          networkId: networkIds.get("SFO_LEDERNETTVERK")!, title, startsAt: new Date(startsAt), days: 2, place: "Sortland",
          faglige: "Rammeplan for SFO og overordnet del: innlegg ved Nord universitet",
          innblikk: "To SFO-er viser hvordan de planlegger aktivitetstilbudet",
          erfaring: "Gruppearbeid: hvordan henger SFO og skole sammen hos oss?",
          veienVidere: "Aksjon til neste samling: prøve ut én endring i egen SFO",
          isDemo: true,
        },
      });
    }

    // The plan of seed 001 §3.6, adopted before the portal (so no case to link).
    const plan = await tx.regionPlan.create({ data: { regionId: region.id, periodId: period.id, schemeId: dekom, status: "ADOPTED" } });
    for (const g of data.goals) {
      await tx.goal.create({
        data: {
          regionId: region.id, planId: plan.id, number: g.number, title: g.title,
          measures: { create: g.measures.map(([number, title]) => ({
            number, title,
            networkId: g.number === 2 && number === 1 ? networkIds.get("SKOLEBASERT_TILTAK") : undefined,
            responsible: g.number === 2 && number === 1 ? "Skolene og Nord universitet" : undefined,
          })) },
        },
      });
    }

    const users = new Map<string, string>();
    for (const u of data.demoUsers) {
      const user = await tx.user.create({ data: { email: u.email, name: u.name, isDemo: true } });
      users.set(u.email, user.id);
      for (const g of u.grants) {
        await tx.roleAssignment.create({
          data: {
            userId: user.id, role: g.role,
            countyId: "county" in g ? county.id : undefined,
            regionId: "region" in g ? region.id : undefined,
            schoolOwnerId: "owner" in g ? owners.get(g.owner) : undefined,
            schoolId: "school" in g ? schools.get(g.school) : undefined,
          },
        });
      }
    }

    const forum = await tx.forum.create({
      // Seed 001 §2.1: one vote per municipality, the leader has the double vote on a tie.
      data: { regionId: region.id, kind: "OPPVEKSTFORUM", name: "Oppvekstforum Vesterålen og Lødingen", voteUnit: "MUNICIPALITY", leaderBreaksTie: true },
    });
    await tx.forumScheme.createMany({ data: [{ forumId: forum.id, schemeId: dekom }, { forumId: forum.id, schemeId: rekom }] });
    const memberIds = new Map<string, string>();
    for (const m of data.oppvekstforum) {
      const member = await tx.forumMember.create({
        data: {
          forumId: forum.id, kind: m.kind, organisation: m.organisation, title: m.title, name: m.name,
          schoolOwnerId: m.owner ? owners.get(m.owner) : undefined, holdsVote: !!m.vote,
          position: m.position ?? "MEDLEM", userId: m.user ? users.get(m.user) : undefined, isDemo: true,
        },
      });
      memberIds.set(m.name, member.id);
    }
    for (const [kind, c] of Object.entries(data.committees)) {
      await tx.workingCommittee.create({
        data: {
          forumId: forum.id, kind: kind as "AUS" | "AUB", mandate: c.mandate,
          members: { create: c.members.map(([name, fn]) => ({ name, function: fn, forumMemberId: memberIds.get(name) })) },
        },
      });
    }

    const samarbeidsforum = await tx.forum.create({
      data: {
        countyId: county.id, kind: "SAMARBEIDSFORUM", name: data.samarbeidsforum.name,
        voteUnit: "MEMBER", leaderBreaksTie: false, requiresConsensusFailure: true, governorHasFinalSay: true,
        members: { create: data.samarbeidsforum.members.map((m) => ({
          kind: m.kind, organisation: m.organisation, title: m.title, name: m.name, holdsVote: m.vote,
          position: m.position ?? "MEDLEM", userId: m.user ? users.get(m.user) : undefined, isDemo: true,
        })) },
      },
    });
    await tx.forumScheme.create({ data: { forumId: samarbeidsforum.id, schemeId: dekom } });
    await tx.forumScheme.create({ data: { forumId: samarbeidsforum.id, schemeId: rekom } });
    for (const m of data.demoMeetings) {
      // The Oppvekstforum's meeting also takes a REKOM case, prepared by AUB (one forum, two schemes).
      const cases = m.forum === "oppvekstforum" ? [...m.cases.map((c) => ({ ...c, schemeId: dekom })), { ...data.demoRekom.case, schemeId: rekom }] : m.cases.map((c) => ({ ...c, schemeId: dekom }));
      await tx.meeting.create({
        data: {
          forumId: m.forum === "oppvekstforum" ? forum.id : samarbeidsforum.id, title: m.title, startsAt: new Date(m.startsAt), place: m.place, isDemo: true,
          agendaPublishedAt: new Date(new Date(m.startsAt).getTime() - 14 * 86_400_000),
          cases: { create: cases.map((c, i) => ({
            schemeId: c.schemeId, number: c.number, position: i + 1, title: c.title, description: c.description, kind: c.kind, preparedBy: c.preparedBy,
            proposals: { create: c.proposals.map((p, j) => ({ position: j + 1, text: p.text, priorityAreas: [...p.priorityAreas] })) },
          })) },
        },
      });
    }

    // DEMO: earlier years' evaluations (see seed-data.ts).
    for (const r of await tx.region.findMany()) {
      for (const year of data.demoEvaluations.years) {
        const review = year === 2024 ? data.demoEvaluations.underReview2024[r.slug] : undefined;
        await tx.evaluation.create({
          data: {
            regionId: r.id, schemeId: dekom, year, ...data.demoEvaluations.text, status: review ? "SUBMITTED" : "ACCEPTED",
            submittedAt: new Date(review?.late ? `${year + 1}-02-12T10:00:00Z` : `${year + 1}-01-28T10:00:00Z`), submittedLate: !!review?.late,
          },
        });
        if (review?.until) await tx.deadlineExtension.create({ data: { regionId: r.id, schemeId: dekom, year, until: new Date(review.until), reason: review.reason! } });
      }
    }

    // DEMO: the forum's key for the period and an approved 2022 allocation (see seed-data.ts).
    const regionBySlug = new Map((await tx.region.findMany()).map((r) => [r.slug, r.id]));
    const key = await tx.distributionKey.create({
      data: {
        periodId: period.id, schemeId: dekom, decisionRef: data.demoKey.decisionRef, decidedOn: new Date(data.demoKey.decidedOn), isDemo: true, seq: 1, fromYear: period.startYear,
        shares: { create: Object.entries(data.demoKey.shares).map(([slug, basisPoints]) => ({ regionId: regionBySlug.get(slug)!, weight: basisPoints * 100 })) },
      },
      include: { shares: true },
    });
    const grant = await tx.stateGrant.create({
      data: {
        countyId: county.id, schemeId: dekom, year: data.demoGrant.year, amountOre: data.demoGrant.amountOre,
        receivedOn: new Date(data.demoGrant.receivedOn), letterRef: data.demoGrant.letterRef,
        networkShareBasisPoints: county.networkShareBasisPoints,
      },
    });
    const statsforvalter = users.get(data.demoUsers[0].email)!;
    for (const a of allocate(grant.amountOre, grant.networkShareBasisPoints, key.shares)) {
      await tx.allocation.create({
        data: {
          grantId: grant.id, schemeId: dekom, regionId: a.regionId, keyId: key.id, networkOre: a.networkOre, uhOre: a.uhOre,
          status: "APPROVED", decidedById: statsforvalter, decidedAt: new Date("2022-02-15T10:00:00Z"),
        },
      });
    }

    // DEMO: the period 2024–2027 with the same strategy and key, so the current year works everywhere.
    const next = data.demoNextPeriod;
    const nextPeriod = await tx.strategyPeriod.create({
      data: {
        countyId: county.id, name: next.name, startYear: next.startYear, endYear: next.endYear, isDemo: true,
        purposes: [...data.period.purposes],
        priorityAreas: { create: data.period.priorityAreas.map((title, i) => ({ title, position: i + 1 })) },
        subGoals: { create: data.period.subGoals.map((g) => ({ ...g, strategies: [...g.strategies] })) },
      },
    });
    const nextKey = await tx.distributionKey.create({
      include: { shares: true },
      data: {
        periodId: nextPeriod.id, schemeId: dekom, decisionRef: next.keyDecisionRef, decidedOn: new Date(next.keyDecidedOn), isDemo: true, seq: 1, fromYear: nextPeriod.startYear,
        shares: { create: Object.entries(data.demoKey.shares).map(([slug, basisPoints]) => ({ regionId: regionBySlug.get(slug)!, weight: basisPoints * 100 })) },
      },
    });

    // DEMO: this year's grant, approved with the period's key, so plans and payouts have a current year.
    const current = await tx.stateGrant.create({
      data: {
        countyId: county.id, schemeId: dekom, year: data.demoCurrentGrant.year, amountOre: data.demoCurrentGrant.amountOre,
        receivedOn: new Date(data.demoCurrentGrant.receivedOn), letterRef: data.demoCurrentGrant.letterRef,
        networkShareBasisPoints: county.networkShareBasisPoints,
      },
    });
    for (const a of allocate(current.amountOre, current.networkShareBasisPoints, nextKey.shares)) {
      await tx.allocation.create({
        data: {
          grantId: current.id, schemeId: dekom, regionId: a.regionId, keyId: nextKey.id, networkOre: a.networkOre, uhOre: a.uhOre,
          status: "APPROVED", decidedById: statsforvalter, decidedAt: new Date(data.demoCurrentGrant.approvedAt),
        },
      });
    }

    // DEMO: REKOM this year, with its own key and grant (its money is never added to DEKOM's).
    const rekomData = data.demoRekom;
    const rekomKey = await tx.distributionKey.create({
      include: { shares: true },
      data: {
        periodId: nextPeriod.id, schemeId: rekom, decisionRef: rekomData.keyDecisionRef, decidedOn: new Date(rekomData.keyDecidedOn), isDemo: true, seq: 1, fromYear: nextPeriod.startYear,
        shares: { create: Object.entries(rekomData.shares).map(([slug, basisPoints]) => ({ regionId: regionBySlug.get(slug)!, weight: basisPoints * 100 })) },
      },
    });
    const rekomGrant = await tx.stateGrant.create({
      data: {
        countyId: county.id, schemeId: rekom, year: data.demoCurrentGrant.year, amountOre: rekomData.grant.amountOre,
        receivedOn: new Date(rekomData.grant.receivedOn), letterRef: rekomData.grant.letterRef, networkShareBasisPoints: county.networkShareBasisPoints,
      },
    });
    for (const a of allocate(rekomGrant.amountOre, rekomGrant.networkShareBasisPoints, rekomKey.shares)) {
      await tx.allocation.create({
        data: {
          grantId: rekomGrant.id, schemeId: rekom, regionId: a.regionId, keyId: rekomKey.id, networkOre: a.networkOre, uhOre: a.uhOre,
          status: "APPROVED", decidedById: statsforvalter, decidedAt: new Date(rekomData.grant.approvedAt),
        },
      });
    }
    // DEMO: kindergartens in Vesterålen, under their municipalities and one private owner, and a development group.
    const kindergartens = new Map<string, string>();
    for (const [municipality, names] of Object.entries(rekomData.kindergartens)) {
      for (const name of names) kindergartens.set(name, (await tx.kindergarten.create({ data: { ownerId: owners.get(municipality)!, name, isDemo: true } })).id);
    }
    await tx.developmentGroup.create({
      data: {
        kind: "BARNEHAGE", ownerId: owners.get("Sortland")!, name: rekomData.group,
        kindergartens: { connect: rekomData.kindergartens.Sortland.map((n) => ({ id: kindergartens.get(n)! })) },
        members: { create: [{ name: "DEMO: Styrer Holmstad barnehage", role: "SKOLELEDER", isDemo: true }, { name: "DEMO: Styrer Maurtuva barnehage", role: "SKOLELEDER", isDemo: true }] },
      },
    });

    // Every owner belongs to its region in every period of the county (as the migration does for old data).
    await tx.$executeRaw`
      INSERT INTO "RegionMembership" (id, "schoolOwnerId", "regionId", "periodId")
      SELECT 'rm' || md5(o.id || p.id), o.id, o."regionId", p.id
      FROM "SchoolOwner" o JOIN "Region" r ON r.id = o."regionId" JOIN "StrategyPeriod" p ON p."countyId" = r."countyId"
      ON CONFLICT DO NOTHING`;
  }, { timeout: 60_000 });
  return "seeded";
}
