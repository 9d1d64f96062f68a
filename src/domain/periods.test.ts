import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nextSpan, periodProblem, renameForYears } from "./periods";

const p2020 = { name: "Strategi 2020–2023", startYear: 2020, endYear: 2023 };

describe("strategy periods", () => {
  it("accepts a period that starts after the last one ends", () => {
    expect(periodProblem({ startYear: 2024, endYear: 2027 }, [p2020])).toBeNull();
    expect(periodProblem({ startYear: 2016, endYear: 2019 }, [p2020])).toBeNull();
  });

  it("refuses overlapping periods, naming the one it overlaps", () => {
    expect(periodProblem({ startYear: 2023, endYear: 2026 }, [p2020])).toEqual({ code: "overlap", name: "Strategi 2020–2023", startYear: 2020, endYear: 2023 });
    expect(periodProblem({ startYear: 2021, endYear: 2022 }, [p2020])).toMatchObject({ code: "overlap" });
    expect(periodProblem({ startYear: 2018, endYear: 2025 }, [p2020])).toMatchObject({ code: "overlap" });
  });

  it("refuses an end before the start and a period longer than ten years", () => {
    expect(periodProblem({ startYear: 2027, endYear: 2024 }, [])).toEqual({ code: "end-before-start" });
    expect(periodProblem({ startYear: 2024, endYear: 2034 }, [])).toEqual({ code: "too-long", max: 10 });
    expect(periodProblem({ startYear: 2024, endYear: 2024 }, [])).toBeNull();
  });

  it("property: accepted periods never share a year", () => {
    const span = fc.tuple(fc.integer({ min: 2000, max: 2060 }), fc.integer({ min: 0, max: 9 })).map(([s, l]) => ({ startYear: s, endYear: s + l }));
    fc.assert(fc.property(fc.array(span, { maxLength: 12 }), (spans) => {
      const accepted: { name: string; startYear: number; endYear: number }[] = [];
      for (const s of spans) if (!periodProblem(s, accepted)) accepted.push({ ...s, name: "x" });
      const years = accepted.flatMap((a) => Array.from({ length: a.endYear - a.startYear + 1 }, (_, i) => a.startYear + i));
      expect(new Set(years).size).toBe(years.length);
    }));
  });

  it("starts the next period where the last ended, as long, with the years in its name moved", () => {
    expect(nextSpan(p2020)).toEqual({ startYear: 2024, endYear: 2027 });
    expect(renameForYears("Strategi for DEKOM i Nordland 2020–2023", p2020, { startYear: 2024, endYear: 2027 })).toBe("Strategi for DEKOM i Nordland 2024–2027");
    expect(renameForYears("Strategi", p2020, { startYear: 2024, endYear: 2027 })).toBe("Strategi (2024–2027)");
  });
});

describe("moving a school owner between regions", () => {
  it("only in a period that is open and not over, to another region; it takes effect now once the period has begun", async () => {
    const { ownerMoveProblem, moveTakesEffectNow } = await import("./periods");
    expect(ownerMoveProblem({ endYear: 2027, closed: false }, 2026, false)).toBeNull();
    expect(ownerMoveProblem({ endYear: 2027, closed: true }, 2026, false)).toBe("period-closed");
    expect(ownerMoveProblem({ endYear: 2025, closed: false }, 2026, false)).toBe("period-over");
    expect(ownerMoveProblem({ endYear: 2027, closed: false }, 2026, true)).toBe("same-region");
    expect(moveTakesEffectNow({ startYear: 2024 }, 2026)).toBe(true);
    expect(moveTakesEffectNow({ startYear: 2028 }, 2026)).toBe(false);
  });
});

describe("which period a page is about", () => {
  it("the one covering this year, else the latest; regions change only in an open period not over", async () => {
    const { covers, currentOrLatest, regionsMayChangeIn } = await import("./periods");
    const byStartDesc = [{ startYear: 2028, endYear: 2031 }, { startYear: 2024, endYear: 2027 }, { startYear: 2020, endYear: 2023 }];
    expect(currentOrLatest(byStartDesc, 2026)).toBe(byStartDesc[1]);
    expect(currentOrLatest(byStartDesc, 2040)).toBe(byStartDesc[0]);
    expect(currentOrLatest([], 2026)).toBeUndefined();
    expect([covers(byStartDesc[1], 2024), covers(byStartDesc[1], 2027), covers(byStartDesc[1], 2028)]).toEqual([true, true, false]);
    expect(regionsMayChangeIn({ endYear: 2027, closed: false }, 2027)).toBe(true);
    expect(regionsMayChangeIn({ endYear: 2026, closed: false }, 2027)).toBe(false);
    expect(regionsMayChangeIn({ endYear: 2031, closed: true }, 2027)).toBe(false);
  });
});
