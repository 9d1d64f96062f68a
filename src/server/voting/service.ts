// Meetings and votes: open a round (chair), cast or change a ballot (members with a vote), close and
// count (chair), decide in the working committee (ordinary cases only), and Statsforvalteren's final say.
// Each validates with zod, applies src/domain/voting.ts, and writes with its audit entry in one transaction.
import { requireForumScheme } from "../schemes";
import { can, type Actor } from "@/domain/authorization";
import { checkBallot, checkCommitteeDecision, checkConsensus, checkFinalSay, checkOpenRound, forumRules, isChair, leaderOf, tally, voteUnitOf, type Tally } from "@/domain/voting";
import { formatTime } from "@/lib/format";
import { errors, msg, msgIn } from "@/i18n/server-text";
import { votingRefusal } from "@/lib/messages/meetings";
import { recordAudit } from "../audit";
import type { Db } from "../prisma-client";
import { guardedUpload } from "../uploads";
import { claimVersion, refuse, type Tx, guarded } from "../transaction";
import { forumScope, loadCase, seatOf } from "./context";
import { ballotSchema, closeRoundSchema, committeeDecisionSchema, createCaseSchema, finalSaySchema, openRoundSchema } from "./schemas";

type Frozen = { alternatives: { proposalId: string; text: string }[]; voters: { unit: string; label: string }[] };

export const openRound = guarded(openRoundSchema, async (tx, actor, input, now) => {
  const c = await loadCase(tx, input.caseId);
  const forum = c.meeting.forum;
  if (!isChair(seatOf(actor, forum.members))) throw refuse(msg("voting.service.chairOnlyOpen"));
  const rules = forumRules(forum);
  const closesAt = new Date(now.getTime() + input.minutes * 60_000);
  const check = checkOpenRound(rules, {
    caseOpen: c.status === "OPEN", roundOpen: c.rounds.some((r) => r.status === "OPEN"),
    alternatives: c.proposals.length, consensusFailedNote: input.consensusFailedNote ?? null, opensAt: now, closesAt,
  });
  if (!check.ok) throw refuse(votingRefusal(check.code), rules.requiresConsensusFailure ? { consensusFailedNote: [votingRefusal(check.code)] } : undefined);
  await claimVersion(tx.case, c.id, input.version, errors.staleCase);
  // The rules of the round are frozen now: who may vote, the alternatives, and the leader for the tie-break.
  const voters = [...new Map(forum.members.flatMap((m) => {
    const unit = voteUnitOf(m, rules);
    return unit ? [[unit, rules.voteUnit === "MUNICIPALITY" ? m.organisation : `${m.name}, ${m.organisation}`] as const] : [];
  })).entries()].map(([unit, label]) => ({ unit, label }));
  const frozen: Frozen = { alternatives: c.proposals.map((p) => ({ proposalId: p.id, text: p.text })), voters };
  const leader = leaderOf(forum.members, rules);
  const round = await tx.voteRound.create({
    data: {
      caseId: c.id, opensAt: now, closesAt, consensusFailedNote: input.consensusFailedNote ?? null,
      frozenAlternatives: frozen.alternatives, frozenVoters: frozen.voters, frozenLeaderUnit: leader ? `${leader.unit}|${leader.memberId}` : null,
    },
  });
  await recordAudit(tx, { actorId: actor.id, action: "vote.open", entityType: "Case", entityId: c.id, after: { roundId: round.id, closesAt, ...frozen, consensusFailedNote: round.consensusFailedNote } });
  return { ok: true as const, message: msg("voting.service.opened", { number: c.number, time: formatTime(closesAt) }), data: { roundId: round.id } };
});

export const castBallot = guarded(ballotSchema, async (tx, actor, { roundId, choice }, now) => {
  const proposalId = choice === "avstar" ? null : choice;
  // Holds off a concurrent close until this ballot is in: a ballot is either counted or refused.
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "VoteRound" WHERE id = ${roundId} FOR SHARE`;
  if (locked.length === 0) throw refuse(errors.notFound);
  const round = await tx.voteRound.findUniqueOrThrow({ where: { id: roundId }, include: { case: { include: { meeting: { include: { forum: { include: { members: true } } } } } } } });
  const forum = round.case.meeting.forum;
  const seat = seatOf(actor, forum.members);
  if (!seat) throw refuse(msg("voting.service.notMember"));
  const frozen = { alternatives: (round.frozenAlternatives as Frozen["alternatives"]).map((a) => a.proposalId), voters: (round.frozenVoters as Frozen["voters"]).map((v) => v.unit) };
  const check = checkBallot({ status: round.status, opensAt: round.opensAt, closesAt: round.closesAt, ...frozen }, seat, forumRules(forum), proposalId, now);
  if (!check.ok) throw refuse(votingRefusal(check.code));
  const unit = check.value;
  const previous = await tx.ballot.findUnique({ where: { roundId_unit: { roundId, unit } } });
  // One row per vote unit: the last ballot replaces the earlier, atomically (ON CONFLICT), whoever cast it.
  await tx.$executeRaw`
    INSERT INTO "Ballot" (id, "roundId", unit, "memberId", "proposalId", "castAt")
    VALUES (${`b${crypto.randomUUID().replace(/-/g, "").slice(0, 24)}`}, ${roundId}, ${unit}, ${seat.id}, ${proposalId}, ${now})
    ON CONFLICT ("roundId", unit) DO UPDATE SET "memberId" = EXCLUDED."memberId", "proposalId" = EXCLUDED."proposalId", "castAt" = EXCLUDED."castAt"`;
  await recordAudit(tx, {
    actorId: actor.id, action: previous ? "vote.change" : "vote.cast", entityType: "VoteRound", entityId: roundId,
    before: previous && { unit, memberId: previous.memberId, proposalId: previous.proposalId },
    after: { unit, memberId: seat.id, proposalId },
  });
  const message = proposalId ? (previous ? msg("voting.service.ballotChanged") : msg("voting.service.ballotRegistered"))
    : previous ? msg("voting.service.abstainChanged") : msg("voting.service.abstainRegistered");
  return { ok: true as const, message };
}, { summary: "first-issue" });

/** The count of a round from its ballots (one per vote unit), with the frozen leader. */
export function countRound(round: { frozenAlternatives: unknown; frozenLeaderUnit: string | null; ballots: { unit: string; proposalId: string | null; memberId: string }[] }): Tally {
  const [unit, memberId] = round.frozenLeaderUnit?.split("|") ?? [];
  return tally(
    (round.frozenAlternatives as Frozen["alternatives"]).map((a) => a.proposalId),
    round.ballots.map((b) => ({ unit: b.unit, proposalId: b.proposalId, castBy: b.memberId })),
    unit && memberId ? { unit, memberId } : null,
  );
}

/** Adopting a proposal: the decision, the case closed, and the region's satsingsområder if the proposal sets them. */
async function adopt(tx: Tx, actor: Actor, c: Awaited<ReturnType<typeof loadCase>>, proposalId: string, rule: "FLERTALL" | "LEDERS_DOBBELTSTEMME" | "ARBEIDSUTVALG" | "STATSFORVALTERENS_AVGJORELSE" | "KONSENSUS", counts: Tally | null, reason?: string) {
  const proposal = c.proposals.find((p) => p.id === proposalId);
  if (!proposal) throw refuse(msg("voting.service.proposalNotInCase"));
  const decision = await tx.decision.create({
    data: { caseId: c.id, proposalId, text: proposal.text, rule, counts: counts ? { counts: counts.counts, abstentions: counts.abstentions } : undefined, reason, recordedById: actor.id },
  });
  await tx.case.update({ where: { id: c.id }, data: { status: "DECIDED" } });
  const regionId = c.meeting.forum.regionId;
  if (proposal.priorityAreas.length > 0 && regionId) {
    const before = await tx.priorityArea.findMany({ where: { regionId, replacedAt: null }, orderBy: { position: "asc" } });
    // Areas that tiltak or behovsmeldinger still refer to are kept for them, marked as replaced; the others go.
    await tx.priorityArea.updateMany({ where: { regionId, replacedAt: null, OR: [{ measures: { some: {} } }, { needs: { some: {} } }] }, data: { replacedAt: decision.decidedAt } });
    await tx.priorityArea.deleteMany({ where: { regionId, replacedAt: null, measures: { none: {} }, needs: { none: {} } } });
    await tx.priorityArea.createMany({ data: proposal.priorityAreas.map((title, i) => ({ regionId, title, position: i + 1 })) });
    await recordAudit(tx, { actorId: actor.id, action: "region.priorityAreas", entityType: "Region", entityId: regionId, before: before.map((p) => p.title), after: proposal.priorityAreas });
  }
  await recordAudit(tx, { actorId: actor.id, action: "case.decide", entityType: "Case", entityId: c.id, after: { decisionId: decision.id, proposalId, rule, reason } });
  return decision;
}

export const closeRound = guarded(closeRoundSchema, async (tx, actor, input, now) => {
  const round = await tx.voteRound.findUnique({ where: { id: input.roundId } });
  if (!round) throw refuse(errors.notFound);
  const c = await loadCase(tx, round.caseId);
  if (!isChair(seatOf(actor, c.meeting.forum.members))) throw refuse(msg("voting.service.chairOnlyClose"));
  const { count } = await tx.voteRound.updateMany({ where: { id: round.id, status: "OPEN" }, data: { status: "CLOSED", closedAt: now } });
  if (count !== 1) throw refuse(msg("voting.service.alreadyClosed"));
  const ballots = await tx.ballot.findMany({ where: { roundId: round.id } });
  // A ballot that held the round open while this close waited was cast "later" by its own clock: the round
  // closes no earlier than its last counted ballot, so no ballot carries a time after the close.
  const lastCast = ballots.reduce((t, b) => Math.max(t, b.castAt.getTime()), now.getTime());
  const closedAt = new Date(lastCast);
  if (lastCast > now.getTime()) await tx.voteRound.update({ where: { id: round.id }, data: { closedAt } });
  const result = countRound({ ...round, ballots });
  await recordAudit(tx, { actorId: actor.id, action: "vote.close", entityType: "VoteRound", entityId: round.id, after: { ...result, closedAt } });
  if (result.outcome === "ADOPTED") {
    await adopt(tx, actor, c, result.proposalId, result.rule, result);
    return { ok: true as const, message: msg("voting.service.decided", { number: c.number, text: c.proposals.find((p) => p.id === result.proposalId)?.text ?? "" }) };
  }
  return { ok: true as const, message: msg("voting.service.undecided", { number: c.number }) };
});

export const decideInCommittee = guarded(committeeDecisionSchema, async (tx, actor, input) => {
  const c = await loadCase(tx, input.caseId);
  const inCommittee = c.meeting.forum.committees.some((k) => k.members.some((m) => m.forumMember?.userId === actor.id));
  if (!inCommittee) throw refuse(msg("voting.service.committeeOnly"));
  const check = checkCommitteeDecision(c.kind);
  if (!check.ok) throw refuse(votingRefusal(check.code));
  if (c.status !== "OPEN") throw refuse(votingRefusal("case-decided"));
  await claimVersion(tx.case, c.id, input.version, errors.staleCase);
  await adopt(tx, actor, c, input.proposalId, "ARBEIDSUTVALG", null);
  return { ok: true as const, message: msg("voting.service.committeeDecided", { number: c.number }) };
});

export const recordFinalSay = guarded(finalSaySchema, async (tx, actor, input) => {
  const c = await loadCase(tx, input.caseId);
  const forum = c.meeting.forum;
  if (!can(actor, "county.manage", forumScope(forum))) throw refuse(msg("voting.service.governorOnly"));
  if (c.status !== "OPEN") throw refuse(votingRefusal("case-decided"));
  const last = c.rounds.find((r) => r.status === "CLOSED");
  const check = checkFinalSay(forumRules(forum), last ? countRound(last) : null, input.reason);
  if (!check.ok) throw refuse(votingRefusal(check.code));
  await claimVersion(tx.case, c.id, input.version, errors.staleCase);
  await adopt(tx, actor, c, input.proposalId, "STATSFORVALTERENS_AVGJORELSE", last ? countRound(last) : null, input.reason);
  return { ok: true as const, message: msg("voting.service.finalSayRecorded", { number: c.number }) };
});

/** A working committee member (AUS/AUB) prepares a case and puts it on the agenda; where the body has no committee, the chair does. */
export const createCase = guarded(createCaseSchema, async (tx, actor, input) => {
  const meeting = await tx.meeting.findUnique({ where: { id: input.meetingId }, include: { cases: true, forum: { include: { members: true, committees: { include: { members: { include: { forumMember: true } } } } } } } });
  if (!meeting) throw refuse(errors.notFound);
  const committee = meeting.forum.committees.find((k) => k.members.some((m) => m.forumMember?.userId === actor.id));
  const chair = isChair(seatOf(actor, meeting.forum.members));
  if (!committee && !chair) throw refuse(msg("voting.service.preparedBy"));
  await requireForumScheme(tx, meeting.forumId, input.schemeId);
  if (meeting.cases.some((c) => c.number === input.number)) throw refuse(msg("voting.service.numberTaken", { number: input.number }), { number: [msg("voting.service.numberUsed")] });
  const created = await tx.case.create({
    data: {
      meetingId: meeting.id, schemeId: input.schemeId, number: input.number, position: meeting.cases.length + 1, title: input.title, description: input.description, kind: input.kind,
      // Part of the case's record: in the forum's written standard (the minutes print it).
      preparedBy: committee ? msgIn(meeting.forum.language)(`publicRegion.forum.${committee.kind}`) : msgIn(meeting.forum.language)("voting.service.chair"),
      proposals: { create: input.proposals.map((text, i) => ({ position: i + 1, text })) },
    },
  });
  await recordAudit(tx, { actorId: actor.id, action: "case.create", entityType: "Case", entityId: created.id, after: { ...input, preparedBy: created.preparedBy } });
  return { ok: true as const, message: msg("voting.service.caseCreated", { number: created.number }), data: { caseId: created.id } };
});

/** Attaches a document to an open case: by the working committee or the chair, checked by content and size. */
export const addCaseAttachment = (db: Db, actor: Actor | null, input: { caseId: string; filename: string; bytes: Uint8Array }) =>
  guardedUpload(db, actor, { ...input, targetId: input.caseId }, async (tx, actor, file) => {
      const c = await loadCase(tx, input.caseId);
      const forum = c.meeting.forum;
      const inCommittee = forum.committees.some((k) => k.members.some((m) => m.forumMember?.userId === actor.id));
      if (!inCommittee && !isChair(seatOf(actor, forum.members))) throw refuse(msg("voting.service.documentsBy"));
      if (c.status !== "OPEN") throw refuse(msg("voting.service.documentsLocked"));
      const row = await tx.caseAttachment.create({
        data: { caseId: c.id, filename: file.filename, mimeType: file.mime, size: file.bytes.length, data: Buffer.from(file.bytes), uploadedById: actor.id },
        select: { id: true, filename: true, size: true, mimeType: true },
      });
      await recordAudit(tx, { actorId: actor.id, action: "case.attach", entityType: "Case", entityId: c.id, after: row });
      return { ok: true as const, message: msg("voting.service.attached", { file: row.filename, number: c.number }) };
  });


/** Statsforvalteren, who leads the Samarbeidsforum, records that the forum agreed on a proposal without a vote. */
export const recordConsensus = guarded(committeeDecisionSchema, async (tx, actor, input) => {
  const c = await loadCase(tx, input.caseId);
  const forum = c.meeting.forum;
  if (!can(actor, "county.manage", forumScope(forum))) throw refuse(errors.forbidden);
  const check = checkConsensus(forumRules(forum), { caseOpen: c.status === "OPEN", roundOpen: c.rounds.some((r) => r.status === "OPEN") });
  if (!check.ok) throw refuse(votingRefusal(check.code));
  await claimVersion(tx.case, c.id, input.version, errors.staleCase);
  await adopt(tx, actor, c, input.proposalId, "KONSENSUS", null);
  return { ok: true as const, message: msg("voting.service.consensusRecorded", { number: c.number }) };
});
