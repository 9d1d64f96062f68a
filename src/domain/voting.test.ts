// The rules with the real Vesterålen forum of seed 001 fig. 2 (16 members, 6 municipal votes, the
// leader from Sortland) and a Samarbeidsforum with Statsforvalteren as chair.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { oppvekstforum } from "../../prisma/seed-data";
import {
  checkBallot, checkCommitteeDecision, checkConsensus, checkFinalSay, checkOpenRound, leaderOf, tally, voteUnitOf, voteUnits,
  type ForumRules, type Member, type Round,
} from "./voting";

const OPPVEKSTFORUM: ForumRules = { voteUnit: "MUNICIPALITY", leaderBreaksTie: true, requiresConsensusFailure: false, governorHasFinalSay: false };
const SAMARBEIDSFORUM: ForumRules = { voteUnit: "MEMBER", leaderBreaksTie: false, requiresConsensusFailure: true, governorHasFinalSay: true };

const members: Member[] = oppvekstforum.map((m, i) => ({
  id: `m${i}`, kind: m.kind, schoolOwnerId: m.owner ?? null, holdsVote: !!m.vote, position: m.position ?? "MEDLEM",
}));
const byName = (name: string) => members[oppvekstforum.findIndex((m) => m.name === name)];
const units = voteUnits(members, OPPVEKSTFORUM);
const leader = leaderOf(members, OPPVEKSTFORUM);
const tor = byName("Tor Andreassen");
const lene = byName("Lene Karlsen");
const [A, B] = ["forslag-a", "forslag-b"];
const now = new Date("2026-12-04T10:05:00Z");
const round: Round = { status: "OPEN", opensAt: new Date("2026-12-04T10:00:00Z"), closesAt: new Date("2026-12-04T10:30:00Z"), alternatives: [A, B], voters: units };
/** Ballots by municipality; Sortland's is cast by the leader unless `sortlandBy` says otherwise. */
const votes = (spec: Record<string, string | null>, sortlandBy = tor.id) =>
  Object.entries(spec).map(([unit, proposalId]) => ({ unit, proposalId, castBy: unit === "Sortland" ? sortlandBy : `rep-${unit}` }));

describe("who votes in Oppvekstforum Vesterålen", () => {
  it("has 16 members, 6 vote units (one per municipality) and the leader's unit is Sortland", () => {
    expect(members).toHaveLength(16);
    expect(units.sort()).toEqual(["Andøy", "Bø", "Hadsel", "Lødingen", "Sortland", "Øksnes"]);
    expect(leader).toEqual({ unit: "Sortland", memberId: tor.id });
  });

  it("an RKK member, PPD, HTV and UH may speak but not vote", () => {
    for (const name of ["Kari Strand", "Knut Jakobsen", "Berit Solheim", "Nina Lund"]) {
      expect(checkBallot(round, byName(name), OPPVEKSTFORUM, A, now)).toEqual({ ok: false, code: "no-vote" });
    }
  });

  it("either of Sortland's two representatives casts Sortland's one vote", () => {
    expect(checkBallot(round, tor, OPPVEKSTFORUM, A, now)).toEqual({ ok: true, value: "Sortland" });
    expect(checkBallot(round, lene, OPPVEKSTFORUM, B, now)).toEqual({ ok: true, value: "Sortland" });
  });

  it("a ballot may be changed while the round is open, never after it closes or before it opens", () => {
    expect(checkBallot({ ...round, status: "CLOSED" }, tor, OPPVEKSTFORUM, A, now).ok).toBe(false);
    expect(checkBallot(round, tor, OPPVEKSTFORUM, A, new Date("2026-12-04T10:30:00Z"))).toEqual({ ok: false, code: "closed" });
    expect(checkBallot(round, tor, OPPVEKSTFORUM, A, new Date("2026-12-04T09:59:59Z"))).toEqual({ ok: false, code: "not-open-yet" });
    expect(checkBallot(round, tor, OPPVEKSTFORUM, "ukjent", now).ok).toBe(false);
    expect(checkBallot(round, tor, OPPVEKSTFORUM, null, now).ok).toBe(true);
  });

  it("a municipality not among the frozen voters cannot vote in the round", () => {
    expect(checkBallot({ ...round, voters: units.filter((u) => u !== "Bø") }, byName("Per Olsen"), OPPVEKSTFORUM, A, now).ok).toBe(false);
  });
});

describe("counting", () => {
  it("4–2 adopts the majority", () => {
    const t = tally([A, B], votes({ Andøy: A, Bø: A, Hadsel: A, Øksnes: A, Sortland: B, Lødingen: B }), leader);
    expect(t).toEqual({ outcome: "ADOPTED", proposalId: A, rule: "FLERTALL", counts: { [A]: 4, [B]: 2 }, abstentions: 0 });
  });

  it("3–3 is decided by the leader's municipality (Sortland): dobbeltstemme", () => {
    const t = tally([A, B], votes({ Andøy: A, Bø: A, Hadsel: A, Øksnes: B, Sortland: B, Lødingen: B }), leader);
    expect(t).toMatchObject({ outcome: "ADOPTED", proposalId: B, rule: "LEDERS_DOBBELTSTEMME", counts: { [A]: 3, [B]: 3 } });
  });

  it("3–3 where Sortland's other representative cast the municipality's ballot is still decided by Sortland's vote", () => {
    const t = tally([A, B], votes({ Andøy: A, Bø: A, Hadsel: A, Øksnes: B, Lødingen: B, Sortland: B }, lene.id), leader);
    expect(t).toEqual({ outcome: "ADOPTED", proposalId: B, rule: "LEDERS_DOBBELTSTEMME", counts: { [A]: 3, [B]: 3 }, abstentions: 0, tieBrokenBy: { unit: "Sortland", castBy: lene.id } });
    // Both ways: Sortland for A through the other representative decides for A.
    const other = tally([A, B], votes({ Andøy: B, Bø: B, Hadsel: B, Øksnes: A, Lødingen: A, Sortland: A }, lene.id), leader);
    expect(other).toMatchObject({ outcome: "ADOPTED", proposalId: A, rule: "LEDERS_DOBBELTSTEMME", tieBrokenBy: { unit: "Sortland", castBy: lene.id } });
  });

  it("a tie where the leader's municipality did not vote at all is uavgjort", () => {
    const t = tally([A, B], votes({ Andøy: A, Bø: A, Øksnes: B, Lødingen: B }), leader);
    expect(t).toEqual({ outcome: "UNDECIDED", counts: { [A]: 2, [B]: 2 }, abstentions: 0, tied: [A, B] });
  });

  it("a tie where the leader abstained is uavgjort, and the case stays open", () => {
    const t = tally([A, B], votes({ Andøy: A, Bø: A, Hadsel: B, Øksnes: B, Lødingen: null, Sortland: null }), leader);
    expect(t).toEqual({ outcome: "UNDECIDED", counts: { [A]: 2, [B]: 2 }, abstentions: 2, tied: [A, B] });
  });

  it("two Sortland representatives voting differently: the municipality counts once, with the last ballot", () => {
    // The server keeps one ballot per unit (the last); counting two for one unit is an error, never a double vote.
    expect(() => tally([A, B], votes({ Sortland: A }).concat(votes({ Sortland: B })), leader)).toThrow(/two ballots/);
    expect(tally([A, B], votes({ Sortland: B }), leader)).toMatchObject({ outcome: "ADOPTED", proposalId: B, counts: { [A]: 0, [B]: 1 } });
  });

  it("no votes at all is uavgjort", () => {
    expect(tally([A, B], [], leader)).toMatchObject({ outcome: "UNDECIDED" });
  });

  it("for any ballots, the counts add up to the ballots cast, and a winner has at least as many votes as any other", () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(A, B, "C", null), { maxLength: 6 }), (choices) => {
      const ballots = choices.map((proposalId, i) => ({ unit: units[i], proposalId, castBy: `m${i}` }));
      const t = tally([A, B, "C"], ballots, leader);
      expect(Object.values(t.counts).reduce((a, b) => a + b, 0) + t.abstentions).toBe(ballots.length);
      if (t.outcome === "ADOPTED") for (const c of Object.values(t.counts)) expect(t.counts[t.proposalId]).toBeGreaterThanOrEqual(c);
    }));
  });
});

describe("the working committee (AUS)", () => {
  it("may decide ordinary cases, never principled or economic ones", () => {
    expect(checkCommitteeDecision("ORDINAR").ok).toBe(true);
    expect(checkCommitteeDecision("OKONOMISK")).toEqual({ ok: false, code: "committee-economic" });
    expect(checkCommitteeDecision("PRINSIPIELL").ok).toBe(false);
  });
});

describe("the county Samarbeidsforum", () => {
  const sf: Member = { id: "sf", kind: "STATSFORVALTER", schoolOwnerId: null, holdsVote: false, position: "LEDER" };
  const ks: Member = { id: "ks", kind: "KS", schoolOwnerId: null, holdsVote: true, position: "MEDLEM" };
  const r: Round = { ...round, voters: ["ks"] };

  it("opens a vote only after the chair records that consensus failed", () => {
    const input = { caseOpen: true, alternatives: 2, consensusFailedNote: null, opensAt: round.opensAt, closesAt: round.closesAt };
    expect(checkOpenRound(SAMARBEIDSFORUM, input)).toEqual({ ok: false, code: "consensus-first" });
    expect(checkOpenRound(SAMARBEIDSFORUM, { ...input, consensusFailedNote: "Ikke enighet om fordelingsnøkkelen" }).ok).toBe(true);
    expect(checkOpenRound(OPPVEKSTFORUM, input).ok).toBe(true);
    expect(checkOpenRound(OPPVEKSTFORUM, { ...input, alternatives: 1 }).ok).toBe(false);
    expect(checkOpenRound(OPPVEKSTFORUM, { ...input, roundOpen: true })).toEqual({ ok: false, code: "round-open" });
    expect(checkOpenRound(OPPVEKSTFORUM, { ...input, caseOpen: false })).toEqual({ ok: false, code: "case-decided" });
  });

  it("Statsforvalteren never votes; each member with a vote votes for itself", () => {
    expect(voteUnitOf(sf, SAMARBEIDSFORUM)).toBeNull();
    expect(checkBallot(r, sf, SAMARBEIDSFORUM, A, now)).toEqual({ ok: false, code: "governor-does-not-vote" });
    expect(checkBallot(r, ks, SAMARBEIDSFORUM, A, now)).toEqual({ ok: true, value: "ks" });
    expect(leaderOf([sf, ks], SAMARBEIDSFORUM)).toBeNull();
  });

  it("Statsforvalteren records the final decision, with a reason, only when the vote gave none", () => {
    const undecided = tally([A, B], [{ unit: "ks", proposalId: A, castBy: "ks" }, { unit: "uh", proposalId: B, castBy: "uh" }], null);
    expect(undecided.outcome).toBe("UNDECIDED");
    expect(checkFinalSay(SAMARBEIDSFORUM, undecided, "Valgt ut fra regionenes behovsmeldinger").ok).toBe(true);
    expect(checkFinalSay(SAMARBEIDSFORUM, undecided, "kort").ok).toBe(false);
    expect(checkFinalSay(SAMARBEIDSFORUM, tally([A, B], [{ unit: "ks", proposalId: A, castBy: "ks" }], null), "Valgt ut fra behov").ok).toBe(false);
    expect(checkFinalSay(SAMARBEIDSFORUM, null, "Valgt ut fra behov i regionene").ok).toBe(false);
    expect(checkFinalSay(OPPVEKSTFORUM, undecided, "Valgt ut fra behov i regionene").ok).toBe(false);
  });
});

describe("consensus in the Samarbeidsforum", () => {
  const consensusForum = { voteUnit: "MEMBER" as const, leaderBreaksTie: false, requiresConsensusFailure: true, governorHasFinalSay: true };
  it("is recorded in a forum that works by consensus, on an open case without a vote in progress", () => {
    expect(checkConsensus(consensusForum, { caseOpen: true, roundOpen: false })).toEqual({ ok: true, value: true });
    expect(checkConsensus(consensusForum, { caseOpen: true, roundOpen: true })).toEqual({ ok: false, code: "round-in-progress" });
    expect(checkConsensus(consensusForum, { caseOpen: false, roundOpen: false })).toEqual({ ok: false, code: "case-decided" });
    expect(checkConsensus({ ...consensusForum, requiresConsensusFailure: false }, { caseOpen: true, roundOpen: false })).toEqual({ ok: false, code: "not-consensus-forum" });
  });
});
