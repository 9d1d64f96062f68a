import { describe, expect, it } from "vitest";
import { attendancePercent, criteriaStatus, gatheringProblems } from "./networks";

describe("a gathering after the dialogkonferansemodell", () => {
  const full = { faglige: "Innlegg om lesing", innblikk: "Myre viser sin praksis", erfaring: "Gruppearbeid", veienVidere: "Aksjon til neste gang" };
  it("is complete with all four parts", () => expect(gatheringProblems(full)).toEqual([]));
  it("names each part that is missing or only blanks", () => {
    expect(gatheringProblems({ ...full, innblikk: "  ", veienVidere: null })).toEqual([
      { code: "part-missing", part: "innblikk" }, { code: "part-missing", part: "veienVidere" },
    ]);
  });
});

describe("the participation criteria checklist", () => {
  it("is complete only when every criterion of the region is confirmed; unknown ids do not count", () => {
    expect(criteriaStatus(["a", "b"], ["a", "x"])).toEqual({ confirmed: 1, total: 2, complete: false });
    expect(criteriaStatus(["a", "b"], ["b", "a"])).toEqual({ confirmed: 2, total: 2, complete: true });
    expect(criteriaStatus([], [])).toEqual({ confirmed: 0, total: 0, complete: false });
  });
});

describe("attendance", () => {
  it("is a whole percentage of the participants", () => {
    expect(attendancePercent(2, 3)).toBe(67);
    expect(attendancePercent(0, 0)).toBe(0);
  });
});
