// Setting up the county's Samarbeidsforum and a region's Oppvekstforum with their members. The seat rule is
// src/domain/forums.ts; the forum row is locked while a seat is checked, so two leaders cannot be added at
// once. Rounds already open are not touched: their voters and leader were frozen when they opened.
import { can, type Actor, type Scope } from "@/domain/authorization";
import { DEFAULT_RULES, seatProblem } from "@/domain/forums";
import { errors } from "@/lib/messages";
import { forums as text } from "@/lib/messages/structure";
import { recordAudit } from "../audit";
import { lockCounties } from "../access/scope";
import { guarded, refuse, type Tx } from "../transaction";
import { addForumMemberSchema, createForumSchema, removeForumMemberSchema } from "./schemas";

async function forumInScope(tx: Tx, actor: Actor, forumId: string) {
  const forum = await tx.forum.findUnique({ where: { id: forumId }, include: { region: { include: { owners: { where: { kind: "KOMMUNE" }, select: { id: true } } } } } });
  if (!forum) throw refuse(errors.notFound);
  const countyId = forum.countyId ?? forum.region?.countyId;
  const scope: Scope = forum.regionId ? { countyId: countyId!, regionId: forum.regionId } : { countyId: countyId! };
  if (!can(actor, "forum.manage", scope)) throw refuse(errors.forbidden);
  await tx.$queryRaw`SELECT id FROM "Forum" WHERE id = ${forum.id} FOR UPDATE`;
  return forum;
}

export const createForum = guarded(createForumSchema, async (tx, actor, input) => {
  const region = input.regionId ? await tx.region.findFirst({ where: { id: input.regionId, countyId: input.countyId } }) : null;
  const county = await tx.county.findUnique({ where: { id: input.countyId } });
  if (!county || (input.regionId && !region)) throw refuse(errors.notFound);
  const scope: Scope = region ? { countyId: county.id, regionId: region.id } : { countyId: county.id };
  if (!can(actor, "forum.manage", scope)) throw refuse(errors.forbidden);
  await lockCounties(tx, [county.id]);
  const kind = region ? "OPPVEKSTFORUM" : "SAMARBEIDSFORUM";
  if (await tx.forum.findFirst({ where: region ? { regionId: region.id, kind } : { countyId: county.id, kind } })) throw refuse(text.exists);
  const forum = await tx.forum.create({
    data: { kind, ...(region ? { regionId: region.id, name: `Oppvekstforum ${region.name}` } : { countyId: county.id, name: county.forumName }), ...DEFAULT_RULES[kind] },
  });
  await recordAudit(tx, { actorId: actor.id, action: "forum.create", entityType: "Forum", entityId: forum.id, after: { kind, name: forum.name, ...DEFAULT_RULES[kind] } });
  return { ok: true as const, message: text.created(forum.name), data: { forumId: forum.id } };
});

export const addForumMember = guarded(addForumMemberSchema, async (tx, actor, input) => {
  const forum = await forumInScope(tx, actor, input.forumId);
  const others = await tx.forumMember.findMany({ where: { forumId: forum.id }, select: { id: true, kind: true, position: true, schoolOwnerId: true } });
  const seat = { kind: input.kind, position: input.position, schoolOwnerId: input.schoolOwnerId ?? null };
  const problem = seatProblem(seat, others, { kind: forum.kind, municipalities: forum.region?.owners.map((o) => o.id) ?? [] });
  if (problem) throw refuse(text.seat[problem.code], { [problem.field]: [text.seat[problem.code]] });
  // In a municipality-vote forum the municipal representatives share the vote; elsewhere the box decides.
  const holdsVote = forum.voteUnit === "MUNICIPALITY" ? input.kind === "KOMMUNE" : input.holdsVote && input.kind !== "STATSFORVALTER";
  const member = await tx.forumMember.create({
    data: { forumId: forum.id, name: input.name, organisation: input.organisation, title: input.title, kind: input.kind, position: input.position, schoolOwnerId: seat.schoolOwnerId, holdsVote },
  });
  await recordAudit(tx, { actorId: actor.id, action: "forum.member.add", entityType: "Forum", entityId: forum.id,
    after: { memberId: member.id, name: member.name, kind: member.kind, position: member.position, schoolOwnerId: member.schoolOwnerId, holdsVote } });
  return { ok: true as const, message: text.memberAdded(member.name) };
});

export const removeForumMember = guarded(removeForumMemberSchema, async (tx, actor, input) => {
  const member = await tx.forumMember.findUnique({ where: { id: input.memberId }, include: { _count: { select: { ballots: true, committees: true } } } });
  if (!member) throw refuse(errors.staleVersion);
  await forumInScope(tx, actor, member.forumId);
  if (member._count.ballots > 0) throw refuse(text.memberHasVoted(member.name));
  await tx.committeeMember.updateMany({ where: { forumMemberId: member.id }, data: { forumMemberId: null } });
  await tx.forumMember.delete({ where: { id: member.id } });
  await recordAudit(tx, { actorId: actor.id, action: "forum.member.remove", entityType: "Forum", entityId: member.forumId,
    before: { memberId: member.id, name: member.name, kind: member.kind, position: member.position, schoolOwnerId: member.schoolOwnerId }, after: null });
  return { ok: true as const, message: text.memberRemoved(member.name) };
});
