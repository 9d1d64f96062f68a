import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  amountDue, allocate, checkKey, checkKeyChange, checkNetworkShare, decide, formatMillionths, largestRemainder, recalculate, shareOfKey,
  closedYears, keyFromYearProblem, requiredCoFinancing, splitGrant, type AllocationState, type KeyShare,
} from "./allocation";

const agreement = { agreedBy: "Samarbeidsforum", agreedOn: new Date("2023-03-01"), decisionRef: "Sak 4/23" };
const sum = (xs: bigint[]) => xs.reduce((a, b) => a + b, 0n);

/** Random keys in percent: 1–12 regions whose shares (four decimals) sum to exactly 100 %. */
const keyArb = fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 12 }).filter((w) => w.some((x) => x > 0)).map((w) => {
  const parts = largestRemainder(1_000_000n, w).map(Number);
  return parts.map((m, i): KeyShare => ({ regionId: `r${i}`, weight: m }));
});
/** Random keys by counts (teachers, schools, pupils): 1–12 regions, any whole numbers, not all zero. */
const weightsArb = fc.array(fc.integer({ min: 0, max: 50_000 }), { minLength: 1, maxLength: 12 }).filter((w) => w.some((x) => x > 0))
  .map((w) => w.map((n, i): KeyShare => ({ regionId: `r${i}`, weight: n })));
const grantArb = fc.bigInt({ min: 0n, max: 100_000_000_000n }); // up to 1 billion kroner
const shareArb = fc.integer({ min: 0, max: 4_000 });

describe("the 40/60 key (seed 000, Økonomi)", () => {
  it("Nordland's example: 12 345 678,90 kr gives 4 938 271,56 kr to the networks and 7 407 407,34 kr to UH", () => {
    expect(splitGrant(1_234_567_890n, 4000)).toEqual({ networkOre: 493_827_156n, uhOre: 740_740_734n });
  });

  it("refuses a network share above 40 %, even by 0,01 %, with or without an agreement", () => {
    expect(checkNetworkShare(4001, 4000, null)).toEqual({ ok: false, problem: { code: "shareOverMax", max: "40\u00a0%" } });
    expect(checkNetworkShare(4001, 4000, agreement).ok).toBe(false);
  });

  it("allows a lower network share only with a recorded agreement", () => {
    expect(checkNetworkShare(3500, 4000, null)).toEqual({ ok: false, problem: { code: "shareNeedsAgreement", max: "40\u00a0%" } });
    expect(checkNetworkShare(3500, 4000, agreement)).toEqual({ ok: true, value: 3500 });
    expect(checkNetworkShare(4000, 4000, null)).toEqual({ ok: true, value: 4000 });
  });

  it("for any grant and share, network + UH = grant and the network pot never exceeds its share", () => {
    fc.assert(fc.property(grantArb, shareArb, (grant, share) => {
      const { networkOre, uhOre } = splitGrant(grant, share);
      expect(networkOre + uhOre).toBe(grant);
      expect(networkOre * 10_000n <= grant * BigInt(share)).toBe(true);
      expect(networkOre * 10_000n <= grant * 4_000n).toBe(true);
      expect(networkOre >= 0n && uhOre >= 0n).toBe(true);
    }));
  });
});

describe("largest remainder", () => {
  it("never creates or loses an øre, and gives each part its floor or one more", () => {
    fc.assert(fc.property(grantArb, fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 20 }).filter((w) => w.some((x) => x > 0)), (total, weights) => {
      const parts = largestRemainder(total, weights);
      expect(sum(parts)).toBe(total);
      const wsum = BigInt(weights.reduce((a, b) => a + b, 0));
      parts.forEach((p, i) => {
        const floor = (total * BigInt(weights[i])) / wsum;
        expect(p === floor || p === floor + 1n).toBe(true);
      });
    }));
  });

  it("splits 1 øre three ways as 1, 0, 0 and 100 kr by thirds as 33,34 / 33,33 / 33,33", () => {
    expect(largestRemainder(1n, [1, 1, 1])).toEqual([1n, 0n, 0n]);
    expect(largestRemainder(10_000n, [1, 1, 1])).toEqual([3334n, 3333n, 3333n]);
  });
});

describe("allocation to the regions", () => {
  it("for random grants, keys and shares, the parts sum to each pot and follow the key", () => {
    fc.assert(fc.property(grantArb, shareArb, keyArb, (grant, share, key) => {
      const rows = allocate(grant, share, key);
      const pots = splitGrant(grant, share);
      expect(sum(rows.map((r) => r.networkOre))).toBe(pots.networkOre);
      expect(sum(rows.map((r) => r.uhOre))).toBe(pots.uhOre);
      rows.forEach((r, i) => {
        // Within one øre of the exact proportional amount.
        const exact = pots.networkOre * BigInt(key[i].weight);
        const diff = r.networkOre * 1_000_000n - exact;
        expect(diff > -1_000_000n && diff < 1_000_000n).toBe(true);
      });
    }));
  });

  it("for random keys by counts (teachers, schools, pupils): the parts sum to each pot, each within 1 øre of exact", () => {
    fc.assert(fc.property(grantArb, shareArb, weightsArb, (grant, share, key) => {
      const rows = allocate(grant, share, key);
      const pots = splitGrant(grant, share);
      const total = BigInt(key.reduce((a, k) => a + k.weight, 0));
      expect(sum(rows.map((r) => r.networkOre))).toBe(pots.networkOre);
      expect(sum(rows.map((r) => r.uhOre))).toBe(pots.uhOre);
      rows.forEach((r, i) => {
        const diff = r.networkOre * total - pots.networkOre * BigInt(key[i].weight);
        expect(diff > -total && diff < total).toBe(true);
      });
    }));
  });

  it("scales in proportion when the grant changes: doubling the grant doubles every amount, to the øre", () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 50_000_000_000n }), keyArb, (grant, key) => {
      // When every exact share is a whole øre (grant a multiple of 50 000 kr, as shares have four decimals), scaling is exact.
      const g = grant * 5_000_000n;
      const once = allocate(g, 4000, key);
      const twice = allocate(g * 2n, 4000, key);
      twice.forEach((r, i) => {
        expect(r.networkOre).toBe(once[i].networkOre * 2n);
        expect(r.uhOre).toBe(once[i].uhOre * 2n);
      });
    }));
  });

  it("a larger grant never gives any region less", () => {
    fc.assert(fc.property(grantArb, fc.bigInt({ min: 0n, max: 1_000_000_000n }), keyArb, (grant, extra, key) => {
      const before = allocate(grant, 4000, key);
      const after = allocate(grant + extra, 4000, key);
      // Largest remainder can move a single øre between regions; never more.
      after.forEach((r, i) => expect(r.networkOre >= before[i].networkOre - 1n).toBe(true));
    }));
  });
});

describe("the forum's key", () => {
  const regions = ["a", "b", "c"];
  it("must sum to exactly 100 %: 99,99 % is refused", () => {
    expect(checkKey([{ regionId: "a", weight: 333300 }, { regionId: "b", weight: 333300 }, { regionId: "c", weight: 333300 }], regions, "PERCENT"))
      .toEqual({ ok: false, problem: { code: "keySum", sum: "99,99\u00a0%" } });
    expect(checkKey([{ regionId: "a", weight: 333400 }, { regionId: "b", weight: 333300 }, { regionId: "c", weight: 333300 }], regions, "PERCENT").ok).toBe(true);
  });
  it("stores an equal split between three regions exactly (33,3333 / 33,3333 / 33,3334 %), and shows each region's percentage", () => {
    const key = [{ regionId: "a", weight: 333_333 }, { regionId: "b", weight: 333_333 }, { regionId: "c", weight: 333_334 }];
    expect(checkKey(key, regions, "PERCENT").ok).toBe(true);
    const rows = allocate(100_000_000n, 10_000, key);
    expect(rows.map((r) => r.networkOre)).toEqual([33_333_300n, 33_333_300n, 33_333_400n]);
    expect(formatMillionths(shareOfKey(333_334, key))).toBe("33,3334\u00a0%");
  });
  it("a key by counts: any whole numbers, not all zero; each region's percentage follows", () => {
    const teachers = [{ regionId: "a", weight: 120 }, { regionId: "b", weight: 80 }, { regionId: "c", weight: 0 }];
    expect(checkKey(teachers, regions, "TEACHERS").ok).toBe(true);
    expect(checkKey(teachers.map((t) => ({ ...t, weight: 0 })), regions, "TEACHERS")).toEqual({ ok: false, problem: { code: "keyAllZero" } });
    expect(formatMillionths(shareOfKey(120, teachers))).toBe("60\u00a0%");
    expect(allocate(100_000n, 10_000, teachers).map((r) => r.networkOre)).toEqual([60_000n, 40_000n, 0n]);
  });
  it("must name every region once and no other", () => {
    expect(checkKey([{ regionId: "a", weight: 1000000 }], regions, "PERCENT").ok).toBe(false);
    expect(checkKey([{ regionId: "a", weight: 500000 }, { regionId: "a", weight: 500000 }, { regionId: "c", weight: 0 }], regions, "PERCENT").ok).toBe(false);
    expect(checkKey([{ regionId: "x", weight: 1000000 }, { regionId: "b", weight: 0 }, { regionId: "c", weight: 0 }], regions, "PERCENT").ok).toBe(false);
  });
  it("is fixed once an allocation in the period is approved, unless a new forum decision is recorded", () => {
    expect(checkKeyChange(false, "Sak 3/20", "Sak 3/20").ok).toBe(true);
    expect(checkKeyChange(true, "Sak 3/20", "Sak 3/20")).toEqual({ ok: false, problem: { code: "keyLocked" } });
    expect(checkKeyChange(true, "  ", "Sak 3/20").ok).toBe(false);
    expect(checkKeyChange(false, "", null).ok).toBe(false);
    expect(checkKeyChange(true, "Samarbeidsforum sak 7/24", "Sak 3/20").ok).toBe(true);
  });
});

describe("approval states", () => {
  const approved: AllocationState = { status: "APPROVED", networkOre: 100n, uhOre: 150n, approvedNetworkOre: null, approvedUhOre: null };

  it("an approved allocation whose amount changes goes back for approval, keeping the approved amounts beside the new", () => {
    const next = recalculate(approved, { networkOre: 90n, uhOre: 135n });
    expect(next).toEqual({ status: "NEEDS_REAPPROVAL", networkOre: 90n, uhOre: 135n, approvedNetworkOre: 100n, approvedUhOre: 150n });
    // A second change keeps the amounts that were approved, not the intermediate ones.
    expect(recalculate(next, { networkOre: 80n, uhOre: 120n })).toMatchObject({ approvedNetworkOre: 100n, approvedUhOre: 150n });
    // Back to the approved amounts: approved again.
    expect(recalculate(next, { networkOre: 100n, uhOre: 150n })).toEqual(approved);
  });

  it("unchanged amounts change nothing; drafts just take the new amounts", () => {
    expect(recalculate(approved, { networkOre: 100n, uhOre: 150n })).toBe(approved);
    expect(recalculate({ ...approved, status: "DRAFT" }, { networkOre: 1n, uhOre: 2n })).toMatchObject({ status: "DRAFT", networkOre: 1n, uhOre: 2n });
  });

  it("approve and reject drafts and changed allocations; reopen approved and rejected ones; nothing else", () => {
    expect(decide("DRAFT", "approve")).toEqual({ ok: true, value: "APPROVED" });
    expect(decide("NEEDS_REAPPROVAL", "approve")).toEqual({ ok: true, value: "APPROVED" });
    expect(decide("DRAFT", "reject")).toEqual({ ok: true, value: "REJECTED" });
    expect(decide("APPROVED", "approve")).toEqual({ ok: false, problem: { code: "alreadyApproved" } });
    expect(decide("REJECTED", "approve").ok).toBe(false);
    expect(decide("APPROVED", "reopen")).toEqual({ ok: true, value: "DRAFT" });
    expect(decide("REJECTED", "reopen")).toEqual({ ok: true, value: "DRAFT" });
    expect(decide("DRAFT", "reopen").ok).toBe(false);
  });
});

describe("egenandel (co-financing)", () => {
  it("is 30 % of the state money, rounded up to the øre", () => {
    expect(requiredCoFinancing(100_000n)).toBe(30_000n);
    expect(requiredCoFinancing(1n)).toBe(1n);
    expect(requiredCoFinancing(0n)).toBe(0n);
  });
});

describe("payouts", () => {
  it("what is due is the approved amounts less what was paid", () => {
    expect(amountDue({ networkOre: 400n, uhOre: 600n }, [])).toBe(1000n);
    expect(amountDue({ networkOre: 400n, uhOre: 600n }, [250n, 750n])).toBe(0n);
  });
});

describe("the first year a new key applies from", () => {
  const period = { startYear: 2024, endYear: 2027 };
  it("must be a year of the period", () => {
    expect(keyFromYearProblem(2023, period, [])).toEqual({ code: "outside-period", start: 2024, end: 2027 });
    expect(keyFromYearProblem(2028, period, [])).toEqual({ code: "outside-period", start: 2024, end: 2027 });
    expect(keyFromYearProblem(2024, period, [])).toBeNull();
  });
  it("must come after every closed year (over, with approved money); the latest closed year is named", () => {
    expect(closedYears([{ year: 2024, hasApproved: true }, { year: 2025, hasApproved: false }, { year: 2026, hasApproved: true }], 2026)).toEqual([2024]);
    expect(keyFromYearProblem(2024, period, [2024, 2025])).toEqual({ code: "closed-year", year: 2025 });
    expect(keyFromYearProblem(2025, period, [2024, 2025])).toEqual({ code: "closed-year", year: 2025 });
    expect(keyFromYearProblem(2026, period, [2024, 2025])).toBeNull();
  });
});
