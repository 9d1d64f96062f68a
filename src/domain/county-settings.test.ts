import { describe, expect, it } from "vitest";
import { settingsProblems } from "./county-settings";

const nordland = { networkShareBasisPoints: 4000, reportDeadlineMonth: 2, reportDeadlineDay: 1, reminderDays: [30, 7, 1] };

describe("county settings", () => {
  it("accepts Nordland's settings and another county's (35 %, 15 January, 14 and 3 days)", () => {
    expect(settingsProblems(nordland)).toEqual([]);
    expect(settingsProblems({ networkShareBasisPoints: 3500, reportDeadlineMonth: 1, reportDeadlineDay: 15, reminderDays: [14, 3] })).toEqual([]);
  });

  it("refuses a share outside 0–100 %, a day that does not exist, and 29 February", () => {
    expect(settingsProblems({ ...nordland, networkShareBasisPoints: 10_001 })).toEqual([{ field: "networkShare", code: "out-of-range" }]);
    expect(settingsProblems({ ...nordland, reportDeadlineMonth: 4, reportDeadlineDay: 31 })).toEqual([{ field: "reportDeadline", code: "no-such-day", day: 31, month: 4 }]);
    expect(settingsProblems({ ...nordland, reportDeadlineMonth: 2, reportDeadlineDay: 29 })).toMatchObject([{ field: "reportDeadline" }]);
    expect(settingsProblems({ ...nordland, reportDeadlineMonth: 13, reportDeadlineDay: 1 })).toMatchObject([{ field: "reportDeadline" }]);
  });

  it("checks the behovsmelding's deadline day like the report's", () => {
    expect(settingsProblems({ ...nordland, needsDeadlineMonth: 3, needsDeadlineDay: 15 })).toEqual([]);
    expect(settingsProblems({ ...nordland, needsDeadlineMonth: 2, needsDeadlineDay: 30 })).toEqual([{ field: "needsDeadline", code: "no-such-day", day: 30, month: 2 }]);
  });

  it("refuses no reminder days, duplicates, too many and days out of range", () => {
    expect(settingsProblems({ ...nordland, reminderDays: [] })).toEqual([{ field: "reminderDays", code: "empty" }]);
    expect(settingsProblems({ ...nordland, reminderDays: [7, 7] })).toEqual([{ field: "reminderDays", code: "duplicate" }]);
    expect(settingsProblems({ ...nordland, reminderDays: [0] })).toEqual([{ field: "reminderDays", code: "out-of-range" }]);
    expect(settingsProblems({ ...nordland, reminderDays: [1, 2, 3, 4, 5, 6, 7] })).toEqual([{ field: "reminderDays", code: "too-many" }]);
  });
});
