// Setting up the county's Samarbeidsforum and a region's Oppvekstforum with their members. The seat rule is
// src/domain/forums.ts; the forum row is locked while a seat is checked, so two leaders cannot be added at
// once. Rounds already open are not touched: their voters and leader were frozen when they opened.
import { can, type Actor, type Scope } from "@/domain/authorization";
import { DEFAULT_RULES, seatProblem } from "@/domain/forums";
import { errors } from "@/i18n/server-text";
import { forums as text } from "@/lib/messages/structure";
import { recordAudit } from "../audit";
import { lockCounties } from "../access/scope";
import { guarded, refuse, type Tx } from "../transaction";
import { claimVersion } from "../transaction";
import { addCommitteeMemberSchema, addForumMemberSchema, createCommitteeSchema, createForumSchema, forumRulesSchema, removeCommitteeMemberSchema, removeForumMemberSchema, updateForumMemberSchema } from "./schemas";

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
  // A new forum steers every scheme its county runs; who sets it up narrows that on the forum's page.
  const run = await tx.countyScheme.findMany({ where: { countyId: county.id }, select: { schemeId: true } });
  await tx.forumScheme.createMany({ data: run.map((r) => ({ forumId: forum.id, schemeId: r.schemeId })) });
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

/** The forum's rules: who votes, the leader's tie-break, consensus first, Statsforvalteren's final say, quorum, and the written standard of its minutes. Open rounds keep their frozen rules. */
export const updateForumRules = guarded(forumRulesSchema, async (tx, actor, input) => {
  const forum = await forumInScope(tx, actor, input.forumId);
  await claimVersion(tx.forum, forum.id, input.version, text.stale);
  const after = { voteUnit: input.voteUnit, leaderBreaksTie: input.leaderBreaksTie, requiresConsensusFailure: input.requiresConsensusFailure, governorHasFinalSay: input.governorHasFinalSay, quorum: input.quorum ?? null, language: input.language ?? forum.language };
  await tx.forum.update({ where: { id: forum.id }, data: after });
  // Municipality votes: every municipal representative may cast the municipality's vote, and no one else.
  if (after.voteUnit === "MUNICIPALITY") {
    await tx.forumMember.updateMany({ where: { forumId: forum.id, kind: "KOMMUNE" }, data: { holdsVote: true } });
    await tx.forumMember.updateMany({ where: { forumId: forum.id, kind: { not: "KOMMUNE" } }, data: { holdsVote: false } });
  }
  await recordAudit(tx, { actorId: actor.id, action: "forum.rules", entityType: "Forum", entityId: forum.id,
    before: { voteUnit: forum.voteUnit, leaderBreaksTie: forum.leaderBreaksTie, requiresConsensusFailure: forum.requiresConsensusFailure, governorHasFinalSay: forum.governorHasFinalSay, quorum: forum.quorum, language: forum.language }, after });
  return { ok: true as const, message: text.rulesSaved(forum.name) };
});

/** A member's place in the forum (leader, deputy), the portal user the seat belongs to, and (where members vote one by one) the vote. */
export const updateForumMember = guarded(updateForumMemberSchema, async (tx, actor, input) => {
  const member = await tx.forumMember.findUnique({ where: { id: input.memberId } });
  if (!member) throw refuse(errors.notFound);
  const forum = await forumInScope(tx, actor, member.forumId);
  const others = await tx.forumMember.findMany({ where: { forumId: forum.id }, select: { id: true, kind: true, position: true, schoolOwnerId: true } });
  const problem = seatProblem({ id: member.id, kind: member.kind, position: input.position, schoolOwnerId: member.schoolOwnerId }, others, { kind: forum.kind, municipalities: forum.region?.owners.map((o) => o.id) ?? [] });
  if (problem) throw refuse(text.seat[problem.code], { [problem.field]: [text.seat[problem.code]] });
  const countyId = forum.countyId ?? forum.region!.countyId;
  if (input.userId) {
    // The seat may belong to someone with a role in this county only (a user of another county is not offered, and not accepted).
    const inCounty = await tx.roleAssignment.findFirst({
      where: { userId: input.userId, OR: [{ countyId }, { region: { countyId } }, { schoolOwner: { region: { countyId } } }, { school: { owner: { region: { countyId } } } }] },
    });
    if (!inCounty) throw refuse(text.userOutsideCounty, { userId: [text.userOutsideCounty] });
    const taken = await tx.forumMember.findFirst({ where: { forumId: forum.id, userId: input.userId, id: { not: member.id } } });
    if (taken) throw refuse(text.userHasSeat(taken.name), { userId: [text.userHasSeat(taken.name)] });
  }
  const holdsVote = forum.voteUnit === "MUNICIPALITY" ? member.kind === "KOMMUNE" : input.holdsVote && member.kind !== "STATSFORVALTER";
  const after = { position: input.position, userId: input.userId ?? null, holdsVote };
  await tx.forumMember.update({ where: { id: member.id }, data: after });
  await recordAudit(tx, { actorId: actor.id, action: "forum.member.update", entityType: "Forum", entityId: forum.id,
    before: { memberId: member.id, position: member.position, userId: member.userId, holdsVote: member.holdsVote }, after: { memberId: member.id, ...after } });
  return { ok: true as const, message: text.memberSaved(member.name) };
});

/** A working committee (AUS for school, AUB for kindergarten) with its mandate; one of each kind per forum. */
export const createCommittee = guarded(createCommitteeSchema, async (tx, actor, input) => {
  const forum = await forumInScope(tx, actor, input.forumId);
  if (await tx.workingCommittee.findUnique({ where: { forumId_kind: { forumId: forum.id, kind: input.kind } } })) throw refuse(text.committeeExists, { kind: [text.committeeExists] });
  const committee = await tx.workingCommittee.create({ data: { forumId: forum.id, kind: input.kind, mandate: input.mandate } });
  await recordAudit(tx, { actorId: actor.id, action: "committee.create", entityType: "Forum", entityId: forum.id, after: { committeeId: committee.id, kind: input.kind, mandate: input.mandate } });
  return { ok: true as const, message: text.committeeCreated(input.kind) };
});

/** A forum member joins a working committee with a function (leader, secretary, member). */
export const addCommitteeMember = guarded(addCommitteeMemberSchema, async (tx, actor, input) => {
  const committee = await tx.workingCommittee.findUnique({ where: { id: input.committeeId }, include: { members: true } });
  if (!committee) throw refuse(errors.notFound);
  const forum = await forumInScope(tx, actor, committee.forumId);
  const member = await tx.forumMember.findFirst({ where: { id: input.forumMemberId, forumId: forum.id } });
  if (!member) throw refuse(text.committeeNotForumMember, { forumMemberId: [text.committeeNotForumMember] });
  if (committee.members.some((m) => m.forumMemberId === member.id)) throw refuse(text.committeeAlreadyMember(member.name), { forumMemberId: [text.committeeAlreadyMember(member.name)] });
  const row = await tx.committeeMember.create({ data: { committeeId: committee.id, forumMemberId: member.id, name: member.name, function: input.function } });
  await recordAudit(tx, { actorId: actor.id, action: "committee.member.add", entityType: "Forum", entityId: forum.id, after: { committeeId: committee.id, committeeMemberId: row.id, forumMemberId: member.id, name: member.name, function: input.function } });
  return { ok: true as const, message: text.committeeMemberAdded(member.name, committee.kind) };
});

export const removeCommitteeMember = guarded(removeCommitteeMemberSchema, async (tx, actor, input) => {
  const row = await tx.committeeMember.findUnique({ where: { id: input.committeeMemberId }, include: { committee: true } });
  if (!row) throw refuse(errors.notFound);
  const forum = await forumInScope(tx, actor, row.committee.forumId);
  await tx.committeeMember.delete({ where: { id: row.id } });
  await recordAudit(tx, { actorId: actor.id, action: "committee.member.remove", entityType: "Forum", entityId: forum.id, before: { committeeId: row.committeeId, committeeMemberId: row.id, name: row.name, function: row.function }, after: null });
  return { ok: true as const, message: text.committeeMemberRemoved(row.name, row.committee.kind) };
});
