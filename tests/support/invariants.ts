// The domain's rules (domain.md) as queries over the whole database: each returns the rows that break
// its rule, so a test can assert that no action, however it was called, left one behind.
import type { Db } from "../../src/server/prisma-client";

export const INVARIANTS: Record<string, string> = {
  "a year's allocations sum to the state grant, to the øre": `
    select g.id from "StateGrant" g join "Allocation" a on a."grantId" = g.id
    group by g.id, g."amountOre" having sum(a."networkOre" + a."uhOre") <> g."amountOre"`,
  "an allocation is never negative": `select id from "Allocation" where "networkOre" < 0 or "uhOre" < 0`,
  "a key in percent sums to 100 %": `
    select k.id from "DistributionKey" k join "KeyShare" s on s."keyId" = k.id
    where k.basis = 'PERCENT' group by k.id having sum(s.weight) <> 1000000`,
  "a key's weights are not negative": `select id from "KeyShare" where weight < 0`,
  "payouts never exceed the approved allocation": `
    select a.id from "Allocation" a join "Payout" p on p."allocationId" = a.id
    group by a.id having sum(p."amountOre") > a."networkOre" + a."uhOre"`,
  "a payout is only for an approved allocation": `
    select p.id from "Payout" p join "Allocation" a on a.id = p."allocationId" where a.status = 'DRAFT' and a."approvedNetworkOre" is null`,
  "one counted ballot per vote unit and round": `select "roundId", unit from "Ballot" group by 1, 2 having count(*) > 1`,
  "no ballot cast after its round closed": `
    select b.id from "Ballot" b join "VoteRound" r on r.id = b."roundId" where r."closedAt" is not null and b."castAt" > r."closedAt"`,
  "a ballot is for one of its round's proposals": `
    select b.id from "Ballot" b join "VoteRound" r on r.id = b."roundId" join "Proposal" p on p.id = b."proposalId" where p."caseId" <> r."caseId"`,
  "case numbers are unique within a meeting": `select "meetingId", number from "Case" group by 1, 2 having count(*) > 1`,
  "a forum has at most one leader and one deputy": `
    select "forumId", position from "ForumMember" where position in ('LEDER', 'NESTLEDER') group by 1, 2 having count(*) > 1`,
  "a strategy period ends no earlier than it starts": `select id from "StrategyPeriod" where "endYear" < "startYear"`,
  "a submitted or accepted report has its time of submission": `select id from "Evaluation" where status in ('SUBMITTED', 'ACCEPTED') and "submittedAt" is null`,
  "every version is positive": `
    select 'Allocation' from "Allocation" where version < 1 union all select 'Evaluation' from "Evaluation" where version < 1
    union all select 'Meeting' from "Meeting" where version < 1 union all select 'County' from "County" where version < 1`,
  "a county's network share is between 0 and 100 %": `select id from "County" where "networkShareBasisPoints" < 0 or "networkShareBasisPoints" > 10000`,
};

/** The rules that some row breaks, each with up to three of the rows. */
export async function brokenInvariants(db: Db): Promise<string[]> {
  const broken: string[] = [];
  for (const [rule, sql] of Object.entries(INVARIANTS)) {
    const rows = await db.$queryRawUnsafe<unknown[]>(sql);
    if (rows.length > 0) broken.push(`${rule}: ${JSON.stringify(rows.slice(0, 3), (_k, v) => (typeof v === "bigint" ? String(v) : v))}`);
  }
  return broken;
}
