// Loading a case with its forum, the user's seat in it, and who may follow the forum.
import { can, type Actor, type Scope } from "@/domain/authorization";
import type { Member } from "@/domain/voting";
import { errors } from "@/i18n/server-text";
import { refuse, type Tx } from "../transaction";

type ForumPlace = { regionId: string | null; countyId: string | null; region?: { countyId: string } | null };

export const forumScope = (f: ForumPlace): Scope => ({ countyId: f.countyId ?? f.region?.countyId ?? "", regionId: f.regionId ?? undefined });

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

/** Who may see a forum's meetings and cases: its members, and those who may read it in scope. */
export function followsForum(actor: Actor, forum: ForumPlace & { members: { userId: string | null }[] }) {
  return forum.members.some((m) => m.userId === actor.id) || can(actor, "forum.read", forumScope(forum));
}
