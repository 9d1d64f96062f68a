// The voting rules of domain.md §7 and seed 001 §2.1, and Udir's mandate for the Samarbeidsforum (§9).
// Pure. Which body has which rule is the body's setting (ForumRules), never a branch on its kind.

/** Why a voting rule refuses: a code, which the server turns into the reader's language (catalogue "voting.refusal"). */
export type VotingRefusal =
  | "governor-does-not-vote" | "no-vote" | "not-a-voter" | "not-open-yet" | "closed" | "not-an-alternative"
  | "committee-principled" | "committee-economic" | "case-decided" | "round-open" | "too-few-alternatives" | "consensus-first"
  | "closes-before-opens" | "no-final-say" | "vote-first" | "vote-decided" | "reason-too-short" | "not-consensus-forum" | "round-in-progress";
export type Result<T> = { ok: true; value: T } | { ok: false; code: VotingRefusal };
const fail = (code: VotingRefusal): { ok: false; code: VotingRefusal } => ({ ok: false, code });

export type ForumRules = {
  voteUnit: "MUNICIPALITY" | "MEMBER";
  leaderBreaksTie: boolean;
  requiresConsensusFailure: boolean;
  governorHasFinalSay: boolean;
};

/** A forum row's voting settings. */
export const forumRules = (f: ForumRules): ForumRules => ({
  voteUnit: f.voteUnit, leaderBreaksTie: f.leaderBreaksTie, requiresConsensusFailure: f.requiresConsensusFailure, governorHasFinalSay: f.governorHasFinalSay,
});

export type Member = {
  id: string;
  kind: "KOMMUNE" | "PPD" | "HTV" | "RKK" | "UH" | "STATSFORVALTER" | "KS" | "REGION";
  schoolOwnerId: string | null;
  holdsVote: boolean;
  position: "LEDER" | "NESTLEDER" | "MEDLEM";
};

/**
 * The vote unit a member votes for, or null if the member only has the right to speak (talerett).
 * Oppvekstforum: the municipality, whichever of its representatives votes. Samarbeidsforum: the member
 * itself, if it holds a vote. Statsforvalteren leads the secretariat and never votes.
 */
export function voteUnitOf(member: Member, rules: ForumRules): string | null {
  if (member.kind === "STATSFORVALTER") return null;
  if (rules.voteUnit === "MUNICIPALITY") return member.kind === "KOMMUNE" && member.schoolOwnerId ? member.schoolOwnerId : null;
  return member.holdsVote ? member.id : null;
}

/** The distinct vote units of a body, as frozen when a round opens. */
export function voteUnits(members: readonly Member[], rules: ForumRules): string[] {
  return [...new Set(members.map((m) => voteUnitOf(m, rules)).filter((u): u is string => u !== null))];
}

export type Leader = { unit: string; memberId: string };

/** The leader and the leader's vote unit, for the tie-break; null if the body has no such rule or the leader has no vote. */
export function leaderOf(members: readonly Member[], rules: ForumRules): Leader | null {
  if (!rules.leaderBreaksTie) return null;
  const leader = members.find((m) => m.position === "LEDER");
  const unit = leader && voteUnitOf(leader, rules);
  return leader && unit ? { unit, memberId: leader.id } : null;
}

export type Round = {
  status: "OPEN" | "CLOSED";
  opensAt: Date;
  closesAt: Date;
  alternatives: readonly string[];
  voters: readonly string[];
};

/**
 * Whether a member may cast (or change) a ballot for an alternative now. A ballot may be changed while
 * the round is open, never after; `null` is an explicit abstention (avstår).
 */
export function checkBallot(round: Round, member: Member, rules: ForumRules, proposalId: string | null, now: Date): Result<string> {
  const unit = voteUnitOf(member, rules);
  if (!unit) {
    return fail(member.kind === "STATSFORVALTER" ? "governor-does-not-vote" : "no-vote");
  }
  if (!round.voters.includes(unit)) return fail("not-a-voter");
  if (round.status !== "OPEN" || now < round.opensAt) return fail(round.status === "OPEN" ? "not-open-yet" : "closed");
  if (now >= round.closesAt) return fail("closed");
  if (proposalId !== null && !round.alternatives.includes(proposalId)) return fail("not-an-alternative");
  return { ok: true, value: unit };
}

export type Ballot = { unit: string; proposalId: string | null; castBy: string };

export type Tally =
  | { outcome: "ADOPTED"; proposalId: string; rule: "FLERTALL"; counts: Record<string, number>; abstentions: number }
  | { outcome: "ADOPTED"; proposalId: string; rule: "LEDERS_DOBBELTSTEMME"; counts: Record<string, number>; abstentions: number; tieBrokenBy: { unit: string; castBy: string } }
  | { outcome: "UNDECIDED"; counts: Record<string, number>; abstentions: number; tied: string[] };

/**
 * Counts one ballot per vote unit (the last one cast; callers keep one per unit). The alternative with
 * most votes wins. On a tie, the alternative the leader's vote unit voted for wins (seed 001: "Ved
 * stemmelikhet vil leder ha dobbeltstemme"; the municipality has one vote and the last ballot cast for it
 * counts, whoever of its representatives cast it). If the leader's unit abstained, did not vote, or voted
 * for an alternative outside the tie, the result is uavgjort. The result names the ballot that decided.
 */
export function tally(alternatives: readonly string[], ballots: readonly Ballot[], leader: Leader | null): Tally {
  const counts: Record<string, number> = Object.fromEntries(alternatives.map((a) => [a, 0]));
  const seen = new Set<string>();
  let abstentions = 0;
  for (const b of ballots) {
    if (seen.has(b.unit)) throw new Error(`two ballots for one vote unit: ${b.unit}`);
    seen.add(b.unit);
    if (b.proposalId === null) abstentions++;
    else if (b.proposalId in counts) counts[b.proposalId]++;
  }
  const max = Math.max(0, ...Object.values(counts));
  const top = alternatives.filter((a) => counts[a] === max);
  if (max === 0) return { outcome: "UNDECIDED", counts, abstentions, tied: top };
  if (top.length === 1) return { outcome: "ADOPTED", proposalId: top[0], rule: "FLERTALL", counts, abstentions };
  const deciding = leader ? ballots.find((b) => b.unit === leader.unit) : undefined;
  if (deciding?.proposalId && top.includes(deciding.proposalId)) {
    return { outcome: "ADOPTED", proposalId: deciding.proposalId, rule: "LEDERS_DOBBELTSTEMME", counts, abstentions, tieBrokenBy: { unit: deciding.unit, castBy: deciding.castBy } };
  }
  return { outcome: "UNDECIDED", counts, abstentions, tied: top };
}

export type CaseKind = "ORDINAR" | "PRINSIPIELL" | "OKONOMISK";

/** Seed 001 §2.1.1: "Saker av prinsipiell og/eller økonomisk betydning skal ikke avgjøres i arbeidsutvalget." */
export function checkCommitteeDecision(kind: CaseKind): Result<true> {
  if (kind !== "ORDINAR") return fail(kind === "PRINSIPIELL" ? "committee-principled" : "committee-economic");
  return { ok: true, value: true };
}

/** A round may open only when the case is open, has two or more alternatives, and (where the body requires it) consensus failed. */
export function checkOpenRound(rules: ForumRules, input: { caseOpen: boolean; roundOpen?: boolean; alternatives: number; consensusFailedNote: string | null; opensAt: Date; closesAt: Date }): Result<true> {
  if (!input.caseOpen) return fail("case-decided");
  if (input.roundOpen) return fail("round-open");
  if (input.alternatives < 2) return fail("too-few-alternatives");
  if (rules.requiresConsensusFailure && !input.consensusFailedNote?.trim()) return fail("consensus-first");
  if (input.closesAt <= input.opensAt) return fail("closes-before-opens");
  return { ok: true, value: true };
}

/** Statsforvalteren's final say: only where the body has it, only when the vote gave no decision, always with a reason. */
export function checkFinalSay(rules: ForumRules, lastTally: Tally | null, reason: string): Result<true> {
  if (!rules.governorHasFinalSay) return fail("no-final-say");
  if (!lastTally) return fail("vote-first");
  if (lastTally.outcome === "ADOPTED") return fail("vote-decided");
  if (reason.trim().length < 10) return fail("reason-too-short");
  return { ok: true, value: true };
}

/** A forum that works by consensus records its agreement without a vote; a vote in progress must end first. */
export function checkConsensus(rules: ForumRules, input: { caseOpen: boolean; roundOpen: boolean }): Result<true> {
  if (!rules.requiresConsensusFailure) return fail("not-consensus-forum");
  if (!input.caseOpen) return fail("case-decided");
  if (input.roundOpen) return fail("round-in-progress");
  return { ok: true, value: true };
}

export const isChair = (member: Pick<Member, "position"> | null) => member?.position === "LEDER";
