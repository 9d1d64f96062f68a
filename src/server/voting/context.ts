// Loading a case or round with its forum, the forum's rules and the signed-in user's seat in it.
import { can, type Actor, type Scope } from "@/domain/authorization";
import { forumRules, type ForumRules, type Member } from "@/domain/voting";
import { errors } from "@/lib/messages";
import { refuse, type Tx } from "../transaction";

type ForumRow = { id: string; regionId: string | null; countyId: string | null; voteUnit: "MUNICIPALITY" | "MEMBER"; leaderBreaksTie: boolean; requiresConsensusFailure: boolean; governorHasFinalSay: boolean; region?: { countyId: string } | null };

export const rulesOf = (f: ForumRow): ForumRules => forumRules(f);

export const forumScope = (f: ForumRow): Scope => ({ countyId: f.countyId ?? f.region?.countyId ?? "", regionId: f.regionId ?? undefined });

export async function loadCase(tx: Tx, caseId: string) {
  const c = await tx.case.findUnique({
    where: { id: caseId },
    include: {
      proposals: { orderBy: { position: "asc" } },
      rounds: { orderBy: { opensAt: "desc" }, include: { ballots: true } },
      meeting: { include: { forum: { include: { members: true, region: true, committees: { include: { members: { include: { forumMember: true } } } } } } } },
    },
  });
  if (!c) throw refuse(errors.notFound);
  return c;
}

/** The user's seat in the forum, or null. */
export function seatOf(actor: Actor, members: readonly (Member & { userId: string | null })[]) {
  return members.find((m) => m.userId === actor.id) ?? null;
}

/** Members of the forum and those who may read it in scope may see its cases. */
export function requireForumAccess(actor: Actor, forum: ForumRow & { members: { userId: string | null }[] }) {
  if (forum.members.some((m) => m.userId === actor.id)) return;
  if (can(actor, "forum.read", forumScope(forum))) return;
  throw refuse(errors.forbidden);
}
