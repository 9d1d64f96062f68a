// The national dataset of the performance benchmark (issue 14): 15 counties beside the demo county, with
// 90 regions, 522 school owners, 2,877 schools, ten years (2017–2026) of grants, allocations, plans,
// evaluations with 13,170 tiltak reports, 4,202 meetings with 12,004 cases and 42,633 ballots, and
// 115,399 audit entries. Deterministic: the same rows (ids included) on every run, no randomness.
// Written straight into PostgreSQL as the schema's owner, a few thousand rows per statement (seconds).
// Usage: generateNationalData(ownerUrl) after the demo seed; `npm run bench -- --data-only` runs it alone.
import { createHash } from "node:crypto";
import pg from "pg";

/**
 * The database id of a generated row, from its readable key ("nat-county-01-region-1"): 25 letters and
 * digits, the shape of the cuids the portal makes, so its forms accept them (src/server/form-fields.ts).
 */
export const nid = (key: string) => `n${createHash("sha1").update(key).digest("hex").slice(0, 24)}`;

export const NATIONAL = {
  counties: 15, regions: 90, owners: 522, schools: 2877, years: [2017, 2026] as const,
  meetings: 4202, cases: 12_004, ballots: 42_633, auditEntries: 115_399, largestRegionSchools: 220,
};
/** The users the benchmark signs in as (demo sign-in), in the first national county. */
export const BENCH_USERS = {
  governor: "statsforvalter@nasjonal-01.example",
  developer: "skoleutvikler@nasjonal-01.example",
  member: "forumleder@nasjonal-01.example",
};
export const LARGEST_REGION = { county: "nasjonal-01", region: "nasjonal-01-region-1" };

type Row = Record<string, unknown>;
const isKey = (v: unknown): v is string => typeof v === "string" && v.startsWith("nat-");
/** JSON.stringify's replacer: every readable key becomes its id, as a value or as an object's key (a decision's counts). */
function toIds(_key: string, value: unknown): unknown {
  if (isKey(value)) return nid(value);
  if (value && typeof value === "object" && !Array.isArray(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [isKey(k) ? nid(k) : k, v]));
  return value;
}
/** Every county runs DEKOM (the migration's reference row); its money, plans, reports and cases are DEKOM's. */
const SCHEME = "dekom";
/** Tables in the order their foreign keys need. */
const ORDER = ["County", "CountyScheme", "User", "StrategyPeriod", "PriorityArea", "DistributionKey", "StateGrant", "Region", "RoleAssignment", "KeyShare",
  "ParticipationCriterion", "SchoolOwner", "RegionMembership", "DevelopmentGroup", "GroupMember", "School", "_DevelopmentGroupToSchool",
  "Network", "NetworkParticipant", "Gathering", "RegionPlan", "Goal", "Measure", "_MeasureToPriorityArea", "MeasureBudget", "Allocation",
  "Evaluation", "EvaluationMeasure", "Forum", "ForumScheme", "ForumMember", "Meeting", "Case", "Proposal", "VoteRound", "Ballot", "Decision", "AuditEntry"];
const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** `total` split over `n` parts in proportion to `weight(i)`, as integers that add up to `total` exactly. */
export function spread(total: number, n: number, weight: (i: number) => number): number[] {
  const w = Array.from({ length: n }, (_, i) => weight(i));
  const sum = w.reduce((a, b) => a + b, 0);
  const exact = w.map((x) => (x * total) / sum);
  const out = exact.map(Math.floor);
  let rest = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) { if (rest-- <= 0) break; out[i]++; }
  return out;
}

const WORDS = ("elevene lærerne skolen ledelsen kollektiv profesjonsutvikling lesing regning vurdering for læring inkludering " +
  "tidlig innsats nettverket samlingen refleksjon praksis erfaringsdeling veiledning skolebasert kompetanseutvikling " +
  "universitetet partnerskap kommunene rektorene arbeidet har gitt bedre forståelse av læreplanen og fagfornyelsen").split(" ");
/** Deterministic filler text of about `length` characters. */
function text(seed: number, length: number): string {
  const out: string[] = [];
  let n = 0, i = seed;
  while (n < length) {
    const w = WORDS[(i * 7 + 3) % WORDS.length];
    out.push(w);
    n += w.length + 1;
    i = (i * 31 + 17) % 100_003;
  }
  const s = out.join(" ");
  return s[0].toUpperCase() + s.slice(1) + ".";
}
const date = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d, 9)).toISOString();

export async function generateNationalData(url: string, log: (s: string) => void = () => {}): Promise<Record<string, number>> {
  const t0 = performance.now();
  const rows: Record<string, Row[]> = {};
  const add = (table: string, row: Row) => (rows[table] ??= []).push(row);
  const [firstYear, lastYear] = NATIONAL.years;
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const periods = [[2017, 2020], [2021, 2024], [2025, 2028]] as const;

  // Regions and their sizes: the first region is the largest (220 schools); the rest vary 10–49.
  const R = NATIONAL.regions;
  const schoolsPerRegion = [NATIONAL.largestRegionSchools, ...spread(NATIONAL.schools - NATIONAL.largestRegionSchools, R - 1, (i) => 10 + ((i * 37) % 40))];
  const ownersPerRegion = [25, ...spread(NATIONAL.owners - 25, R - 1, (i) => 2 + ((i * 13) % 8))];
  const meetingsPerForum = spread(NATIONAL.meetings, R + NATIONAL.counties, (i) => 30 + ((i * 11) % 21));
  const regionsPerCounty = NATIONAL.regions / NATIONAL.counties;

  let userNo = 0;
  const user = (countyNo: number, name: string, email?: string, isDemo = false) => {
    const id = `nat-user-${++userNo}`;
    add("User", { id, name, email: email ?? `bruker-${userNo}@nasjonal-${pad(countyNo)}.example`, isDemo, createdAt: date(2017, 1, 2) });
    return id;
  };
  const role = (userId: string, r: string, scope: Row) => add("RoleAssignment", { id: `${userId}-role-${r}`, userId, role: r, ...scope, createdAt: date(2017, 1, 2) });

  const audit: Row[] = [];
  type Entity = { type: string; id: string; actor: string; year: number };
  const entities: Entity[] = [];

  let regionIndex = 0, schoolNo = 0, ownerNo = 0, measureNo = 0, caseNo = 0, ballotTotal = 0, roundsWithBallots = 0;
  const ballotsPerCase = spread(NATIONAL.ballots, NATIONAL.cases, (i) => 2 + (i % 4));
  const casesPerMeeting = spread(NATIONAL.cases, NATIONAL.meetings, (i) => 2 + (i % 3));
  let meetingIndex = 0, globalMeeting = 0;

  for (let c = 1; c <= NATIONAL.counties; c++) {
    const countyId = `nat-county-${pad(c)}`;
    const slug = `nasjonal-${pad(c)}`;
    add("County", { id: countyId, slug, name: `Fylke ${pad(c)} (nasjonale testdata)`, forumName: `Samarbeidsforum for fylke ${pad(c)}`, governorName: `Statsforvalteren i fylke ${pad(c)}`, version: 1, createdAt: date(2017, 1, 1) });
    add("CountyScheme", { countyId, schemeId: SCHEME });
    const governor = user(c, `Statsforvalter ${pad(c)}`, c === 1 ? BENCH_USERS.governor : undefined, c === 1);
    role(governor, "STATSFORVALTER", { countyId });
    const periodIds = periods.map(([from, to], p) => {
      const id = `${countyId}-period-${p}`;
      add("StrategyPeriod", { id, countyId, name: `Strategi ${from}–${to}`, startYear: from, endYear: to, purposes: ["Styrke kollektiv profesjonsutvikling"], closedAt: to < 2026 ? date(to + 1, 1, 10) : null, version: 1, createdAt: date(from - 1, 12, 1) });
      for (let a = 1; a <= 4; a++) add("PriorityArea", { id: `${id}-area-${a}`, periodId: id, position: a, title: `Satsingsområde ${a}: ${text(c * 10 + a, 30)}` });
      add("DistributionKey", { id: `${id}-key`, periodId: id, schemeId: SCHEME, decisionRef: `Sak ${p + 1}/${from}`, decidedOn: date(from - 1, 12, 10).slice(0, 10), seq: 1, fromYear: from, basis: "PERCENT", createdAt: date(from - 1, 12, 10) });
      return id;
    });
    const grantIds = new Map<number, string>();
    for (const y of years) {
      const id = `${countyId}-grant-${y}`;
      grantIds.set(y, id);
      add("StateGrant", { id, countyId, schemeId: SCHEME, year: y, amountOre: 1_000_000_000 + c * 12_345_600 + (y - 2017) * 50_000_000, receivedOn: date(y, 1, 25).slice(0, 10), letterRef: `Udir ${y}/${c}`, networkShareBasisPoints: 4000, version: 1, updatedAt: date(y, 1, 25) });
    }
    // The county's Samarbeidsforum: 8 members who each hold a vote.
    const samForum = `${countyId}-samarbeidsforum`;
    add("Forum", { id: samForum, countyId, kind: "SAMARBEIDSFORUM", name: `Samarbeidsforum fylke ${pad(c)}`, voteUnit: "MEMBER", leaderBreaksTie: true, requiresConsensusFailure: false, governorHasFinalSay: false, version: 1 });
    add("ForumScheme", { forumId: samForum, schemeId: SCHEME });
    const samMembers = Array.from({ length: 8 }, (_, k) => {
      const id = `${samForum}-member-${k}`;
      const userId = k === 0 ? governor : null;
      add("ForumMember", { id, forumId: samForum, kind: k === 0 ? "STATSFORVALTER" : "KS", organisation: `Organisasjon ${k}`, title: "Medlem", name: `Medlem ${k + 1} av samarbeidsforum ${pad(c)}`, holdsVote: true, position: k === 1 ? "LEDER" : "MEDLEM", userId });
      return { id, unit: id, label: `Medlem ${k + 1}` };
    });
    const forumsOfCounty: { id: string; voters: { id: string; unit: string; label: string }[] }[] = [{ id: samForum, voters: samMembers }];

    for (let r = 1; r <= regionsPerCounty; r++, regionIndex++) {
      const regionId = `${countyId}-region-${r}`;
      const regionSlug = `${slug}-region-${r}`;
      add("Region", { id: regionId, countyId, slug: regionSlug, name: `Region ${pad(c)}.${r}`, kind: r === regionsPerCounty ? "VIDEREGAENDE" : "GRUNNSKOLE", coordinator: `RKK ${pad(c)}.${r}`, uhPartner: `Universitet ${pad(c)}`, overallGoal: text(regionIndex, 120) });
      const developer = user(c, `Skoleutvikler ${pad(c)}.${r}`, c === 1 && r === 1 ? BENCH_USERS.developer : undefined, c === 1 && r === 1);
      role(developer, "SKOLEUTVIKLER", { regionId });
      for (const [p, periodId] of periodIds.entries()) {
        add("KeyShare", { id: `${periodId}-key-${r}`, keyId: `${periodId}-key`, regionId, weight: r < regionsPerCounty ? Math.floor(1_000_000 / regionsPerCounty) : 1_000_000 - Math.floor(1_000_000 / regionsPerCounty) * (regionsPerCounty - 1) });
        void p;
      }
      for (let k = 1; k <= 5; k++) add("ParticipationCriterion", { id: `${regionId}-criterion-${k}`, regionId, audience: ["SKOLE", "DELTAKER", "OVRIGE_ANSATTE"][k % 3], position: k, text: text(regionIndex * 5 + k, 80) });

      // Owners and schools; each owner a SUT, each school a SKUT, with members.
      const owners: string[] = [];
      const schools: string[] = [];
      const nOwners = ownersPerRegion[regionIndex];
      const schoolsOfOwner = spread(schoolsPerRegion[regionIndex], nOwners, (i) => 1 + ((i * 5) % 7));
      for (let o = 0; o < nOwners; o++) {
        const ownerId = `nat-owner-${++ownerNo}`;
        owners.push(ownerId);
        add("SchoolOwner", { id: ownerId, regionId, name: `Kommune ${ownerNo}`, kind: "KOMMUNE", orgNumber: null, municipalityNumber: String(5000 + ownerNo) });
        for (const [p, periodId] of periodIds.entries()) add("RegionMembership", { id: `${ownerId}-m-${p}`, schoolOwnerId: ownerId, regionId, periodId });
        const sut = `${ownerId}-sut`;
        add("DevelopmentGroup", { id: sut, kind: "SUT", ownerId, name: `SUT Kommune ${ownerNo}`, version: 1 });
        for (let k = 0; k < 4; k++) add("GroupMember", { id: `${sut}-${k}`, groupId: sut, name: `Person ${ownerNo}.${k}`, role: ["SKOLEEIER", "HTV", "PTV", "SKOLEUTVIKLER"][k], createdAt: date(2017, 2, 1) });
        for (let s = 0; s < schoolsOfOwner[o]; s++) {
          const schoolId = `nat-school-${++schoolNo}`;
          schools.push(schoolId);
          add("School", { id: schoolId, ownerId, name: `Skole ${schoolNo}`, orgNumber: null, isPrivate: false, maalform: schoolNo % 4 === 0 ? "nynorsk" : "bokmål", pupils: 80 + ((schoolNo * 53) % 400) });
          const skut = `${schoolId}-skut`;
          add("DevelopmentGroup", { id: skut, kind: "SKUT", ownerId, name: `SKUT Skole ${schoolNo}`, version: 1 });
          add("_DevelopmentGroupToSchool", { A: skut, B: schoolId });
          for (let k = 0; k < 3; k++) add("GroupMember", { id: `${skut}-${k}`, groupId: skut, name: `Person S${schoolNo}.${k}`, role: ["SKOLELEDER", "RESSURSLAERER", "NETTVERKSDELTAKER"][k], createdAt: date(2017, 2, 1) });
        }
      }

      // Networks with every school of the region, six gatherings a year for ten years.
      const networks: string[] = [];
      for (let n = 1; n <= 4; n++) {
        const networkId = `${regionId}-network-${n}`;
        networks.push(networkId);
        add("Network", { id: networkId, regionId, name: `Nettverk ${n} i region ${pad(c)}.${r}`, kind: ["SKOLELEDERNETTVERK", "SFO_LEDERNETTVERK", "DIGITAL_KOMPETANSE", "FAGSAMLINGER"][n - 1], targetGroup: "Skoleledere", rhythm: "Seks samlinger i året", schemeId: "dekom", goals: [text(n, 60)], version: 1 });
        for (const schoolId of schools) add("NetworkParticipant", { id: `${networkId}-${schoolId}`, networkId, schoolId });
        for (const y of years) for (let g = 0; g < 6; g++) {
          add("Gathering", { id: `${networkId}-g-${y}-${g}`, networkId, title: `Samling ${g + 1} ${y}`, startsAt: date(y, 1 + g * 2, 10), days: 1, place: "Kommunehuset", faglige: text(g, 60), innblikk: text(g + 1, 60), erfaring: text(g + 2, 60), veienVidere: text(g + 3, 60), version: 1 });
        }
      }

      // Plans, one per period, adopted; 12–17 tiltak with a budget per year.
      const measuresOfPeriod: string[][] = periodIds.map((periodId, p) => {
        const planId = `${regionId}-plan-${p}`;
        add("RegionPlan", { id: planId, regionId, periodId, schemeId: SCHEME, status: "ADOPTED", adoptedAt: date(periods[p][0], 1, 5), version: 1, createdAt: date(periods[p][0] - 1, 11, 1) });
        const count = 12 + ((regionIndex * 3 + p) % 6);
        const perGoal = spread(count, 3, () => 1);
        const ids: string[] = [];
        perGoal.forEach((m, g) => {
          const goalId = `${planId}-goal-${g + 1}`;
          add("Goal", { id: goalId, regionId, planId, number: g + 1, title: text(regionIndex + g, 50) });
          for (let k = 1; k <= m; k++) {
            const measureId = `nat-measure-${++measureNo}`;
            ids.push(measureId);
            add("Measure", { id: measureId, goalId, number: k, title: text(measureNo, 40), responsible: "RKK", uhPartner: `Universitet ${pad(c)}`, startYear: periods[p][0], endYear: periods[p][1], networkId: networks[k % networks.length], version: 1 });
            add("_MeasureToPriorityArea", { A: measureId, B: `${periodId}-area-${1 + (k % 4)}` });
            for (let y = periods[p][0]; y <= periods[p][1]; y++) add("MeasureBudget", { id: `${measureId}-b-${y}`, measureId, year: y, networkOre: 5_000_000, uhOre: 2_000_000, coFinancingOre: 1_500_000 });
          }
        });
        return ids;
      });

      // Allocations and evaluations per year.
      for (const y of years) {
        const p = periods.findIndex(([from, to]) => y >= from && y <= to);
        const allocationId = `${regionId}-alloc-${y}`;
        const closed = y < 2026;
        add("Allocation", { id: allocationId, grantId: grantIds.get(y), schemeId: SCHEME, regionId, keyId: `${periodIds[p]}-key`, networkOre: 60_000_000 + regionIndex * 1000, uhOre: 40_000_000, status: "APPROVED", approvedNetworkOre: null, approvedUhOre: null, decidedById: governor, decidedAt: date(y, 2, 15), version: 2 });
        entities.push({ type: "Allocation", id: allocationId, actor: governor, year: y });
        const evaluationId = `${regionId}-eval-${y}`;
        add("Evaluation", { id: evaluationId, regionId, schemeId: SCHEME, year: y, status: closed ? "ACCEPTED" : "DRAFT", effect: text(y + regionIndex, 1400), process: text(y * 2 + regionIndex, 1000), structure: text(y * 3 + regionIndex, 800), moneyUse: text(y * 5, 300), participation: text(y * 7, 300), version: 3, submittedAt: closed ? date(y + 1, 1, 20) : null, submittedLate: false, lastEditedById: developer, lastEditedAt: date(y + 1, 1, 19) });
        entities.push({ type: "Evaluation", id: evaluationId, actor: developer, year: y });
        for (const measureId of measuresOfPeriod[p]) add("EvaluationMeasure", { id: `${evaluationId}-${measureId}`, evaluationId, measureId, effect: text(y + measureId.length, 160), process: text(y, 120), structure: text(y + 1, 100) });
      }

      // The region's Oppvekstforum: one voting representative per municipality, and the coordinator.
      const forumId = `${regionId}-oppvekstforum`;
      add("Forum", { id: forumId, regionId, kind: "OPPVEKSTFORUM", name: `Oppvekstforum region ${pad(c)}.${r}`, voteUnit: "MUNICIPALITY", leaderBreaksTie: true, requiresConsensusFailure: false, governorHasFinalSay: false, version: 1 });
      add("ForumScheme", { forumId, schemeId: SCHEME });
      const voters = owners.map((ownerId, k) => {
        const id = `${forumId}-member-${k}`;
        const leader = c === 1 && r === 1 && k === 0;
        const userId = leader ? user(c, "Forumleder 01.1", BENCH_USERS.member, true) : null;
        if (userId) role(userId, "OPPVEKSTFORUM_MEMBER", { regionId });
        add("ForumMember", { id, forumId, kind: "KOMMUNE", organisation: `Kommune ${ownerId.slice(10)}`, title: "Kommunalsjef", name: `Representant ${ownerId.slice(10)}`, schoolOwnerId: ownerId, holdsVote: true, position: k === 0 ? "LEDER" : "MEDLEM", userId });
        return { id, unit: ownerId, label: `Kommune ${ownerId.slice(10)}` };
      });
      add("ForumMember", { id: `${forumId}-member-rkk`, forumId, kind: "RKK", organisation: `RKK ${pad(c)}.${r}`, title: "Koordinator", name: `Koordinator ${pad(c)}.${r}`, holdsVote: false, position: "MEDLEM", userId: developer });
      forumsOfCounty.push({ id: forumId, voters });
    }

    // Meetings of the county's forums over the ten years, each case voted on and decided.
    for (const forum of forumsOfCounty) {
      const count = meetingsPerForum[meetingIndex++];
      for (let m = 0; m < count; m++) {
        const meetingId = `${forum.id}-meeting-${m}`;
        const day = Math.floor((m * 3650) / count);
        const startsAt = new Date(Date.UTC(2017, 0, 15, 9) + day * 86_400_000);
        const y = startsAt.getUTCFullYear();
        const past = startsAt.getTime() < Date.UTC(2026, 9, 1);
        add("Meeting", { id: meetingId, forumId: forum.id, title: `Møte ${m + 1}`, startsAt: startsAt.toISOString(), place: "Rådhuset", agendaPublishedAt: new Date(startsAt.getTime() - 7 * 86_400_000).toISOString(), minutesApprovedAt: past ? new Date(startsAt.getTime() + 60 * 86_400_000).toISOString() : null, version: 1 });
        entities.push({ type: "Meeting", id: meetingId, actor: governor, year: y });
        const nCases = casesPerMeeting[globalMeeting++];
        for (let k = 1; k <= nCases; k++) {
          const caseId = `nat-case-${++caseNo}`;
          add("Case", { id: caseId, meetingId, schemeId: SCHEME, number: `${k}/${String(y).slice(2)}`, position: k, title: text(caseNo, 50), description: text(caseNo + 1, 400), kind: ["ORDINAR", "PRINSIPIELL", "OKONOMISK"][caseNo % 3], preparedBy: "AUS", status: past ? "DECIDED" : "OPEN", version: 1 });
          entities.push({ type: "Case", id: caseId, actor: governor, year: y });
          const proposals = [1, 2].map((n) => ({ proposalId: `${caseId}-p${n}`, text: `Forslag ${n}: ${text(caseNo + n, 60)}` }));
          proposals.forEach((pr, n) => add("Proposal", { id: pr.proposalId, caseId, position: n + 1, text: pr.text, priorityAreas: [] }));
          // A meeting still to come has its cases on the agenda, not yet voted on.
          if (!past) continue;
          const roundId = `${caseId}-round`;
          const frozenVoters = forum.voters.map((v) => ({ unit: v.unit, label: v.label }));
          add("VoteRound", { id: roundId, caseId, status: "CLOSED", opensAt: startsAt.toISOString(), closesAt: new Date(startsAt.getTime() + 3_600_000).toISOString(), closedAt: new Date(startsAt.getTime() + 3_600_000).toISOString(), frozenAlternatives: proposals, frozenVoters, frozenLeaderUnit: forum.voters[0]?.unit ?? null });
          const nBallots = Math.min(ballotsPerCase[caseNo - 1], forum.voters.length);
          if (nBallots > 0) roundsWithBallots++;
          for (let b = 0; b < nBallots; b++) {
            const v = forum.voters[b];
            add("Ballot", { id: `${roundId}-b${b}`, roundId, unit: v.unit, memberId: v.id, proposalId: proposals[(b + caseNo) % 2].proposalId, castAt: new Date(startsAt.getTime() + (b + 1) * 60_000).toISOString() });
            ballotTotal++;
          }
          add("Decision", { id: `${caseId}-decision`, caseId, proposalId: proposals[0].proposalId, text: proposals[0].text, rule: "FLERTALL", counts: { [proposals[0].proposalId]: Math.ceil(nBallots / 2), [proposals[1].proposalId]: Math.floor(nBallots / 2) }, decidedAt: new Date(startsAt.getTime() + 3_600_000).toISOString(), recordedById: governor });
        }
      }
    }
  }
  // The audit trail: entries spread over the entities above, in time order per entity.
  const perEntity = spread(NATIONAL.auditEntries, entities.length, (i) => 1 + (i % 5));
  let auditId = 1_000_000_000;
  entities.forEach((e, i) => {
    for (let k = 0; k < perEntity[i]; k++) {
      audit.push({ id: auditId++, at: date(e.year, 1 + (k % 12), 1 + (k % 27)), actorId: e.actor, action: k === 0 ? "create" : "update", entityType: e.type, entityId: e.id, before: k === 0 ? null : { version: k }, after: { version: k + 1, note: text(i + k, 40) } });
    }
  });
  rows.AuditEntry = audit;

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const counts: Record<string, number> = {};
  try {
    await client.query("begin");
    for (const table of ORDER) {
      const list = rows[table] ?? [];
      const columns = [...new Set(list.flatMap((r) => Object.keys(r)))];
      const cols = columns.map((c) => `"${c}"`).join(", ");
      for (let i = 0; i < list.length; i += 4000) {
        const chunk = list.slice(i, i + 4000).map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? null])));
        await client.query(`insert into "${table}" (${cols}) select ${cols} from json_populate_recordset(null::"${table}", $1::json)`, [JSON.stringify(chunk, toIds)]);
      }
      counts[table] = list.length;
    }
    await client.query("commit");
    await client.query("analyze");
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  log(`national data: ${Object.values(counts).reduce((a, b) => a + b, 0)} rows in ${Math.round(performance.now() - t0)} ms (${ballotTotal} ballots in ${roundsWithBallots} rounds)`);
  return counts;
}
