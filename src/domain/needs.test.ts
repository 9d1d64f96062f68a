import { describe, expect, it } from "vitest";
import { currentNeedsYear, needsDeadline, needsLineProblem, needsOpenProblem, summarizeNeeds } from "./needs";

const feb1 = { month: 2, day: 1 };

describe("the behovsmelding deadline", () => {
  it("is the end of 1 February of the round's year, Oslo time, or the end of an extension's day", () => {
    expect(needsDeadline(2027, feb1, null).toISOString()).toBe("2027-02-01T22:59:59.999Z");
    expect(needsDeadline(2027, feb1, { until: { year: 2027, month: 2, day: 15 } }).toISOString()).toBe("2027-02-15T22:59:59.999Z");
    // An "extension" earlier than the deadline does not shorten it.
    expect(needsDeadline(2027, feb1, { until: { year: 2027, month: 1, day: 10 } }).toISOString()).toBe("2027-02-01T22:59:59.999Z");
  });

  it("is open until its last millisecond, then closed; a submitted one is closed", () => {
    const d = needsDeadline(2027, feb1, null);
    expect(needsOpenProblem(new Date(d.getTime()), "DRAFT", d)).toBeNull();
    expect(needsOpenProblem(new Date(d.getTime() + 1), "DRAFT", d)).toEqual({ code: "deadline-passed", deadline: d });
    expect(needsOpenProblem(new Date(0), "SUBMITTED", d)).toEqual({ code: "already-submitted" });
  });

  it("moves to next year's round once this year's deadline has passed", () => {
    expect(currentNeedsYear(new Date("2026-11-24T12:00:00Z"), 2026, feb1)).toBe(2027);
    expect(currentNeedsYear(new Date("2027-01-31T12:00:00Z"), 2027, feb1)).toBe(2027);
  });
});

describe("a need", () => {
  it("lies within the round's three years", () => {
    expect(needsLineProblem(2027, 2027, 2029)).toBeNull();
    expect(needsLineProblem(2027, 2027, 2030)).toEqual({ code: "years-outside", from: 2027, to: 2029 });
    expect(needsLineProblem(2027, 2026, 2027)).toEqual({ code: "years-outside", from: 2027, to: 2029 });
    expect(needsLineProblem(2027, 2028, 2027)).toEqual({ code: "years-reversed" });
  });
});

describe("the summary", () => {
  it("counts submitted behovsmeldinger only, per region and per satsingsområde, largest need first", () => {
    const s = summarizeNeeds([
      { regionId: "v", ownerId: "a", area: "Lesing", staffCount: 10, submitted: true },
      { regionId: "v", ownerId: "a", area: "Digital kompetanse", staffCount: 4, submitted: true },
      { regionId: "v", ownerId: "b", area: "Lesing", staffCount: 6, submitted: true },
      { regionId: "l", ownerId: "c", area: "Lesing", staffCount: 100, submitted: false },
    ]);
    expect(s.regions).toEqual([{ key: "v", owners: 2, staff: 20 }]);
    expect(s.areas).toEqual([{ key: "Lesing", owners: 2, staff: 16 }, { key: "Digital kompetanse", owners: 1, staff: 4 }]);
  });
});
