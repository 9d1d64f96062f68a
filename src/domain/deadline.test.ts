import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkSubmission, daysLeft, deadlineNotice, endOfDay, reportDeadline } from "./deadline";

const nordland = { month: 2, day: 1 };
const osloTime = (iso: string) => new Date(iso); // ISO strings below carry their own offset

describe("the evaluation deadline: 1 February 23:59:59 Europe/Oslo of the year after", () => {
  it("is 1 Feb 2027 22:59:59.999 UTC for the 2026 report (Oslo is UTC+1 in winter)", () => {
    expect(reportDeadline(2026, nordland).toISOString()).toBe("2027-02-01T22:59:59.999Z");
  });

  it("accepts 1 Feb 23:59:59 Oslo", () => {
    expect(checkSubmission(osloTime("2027-02-01T23:59:59+01:00"), 2026, nordland, null)).toEqual({ ok: true, late: false });
  });

  it("refuses 2 Feb 00:00:00 Oslo", () => {
    expect(checkSubmission(osloTime("2027-02-02T00:00:00+01:00"), 2026, nordland, null)).toEqual({ ok: false, code: "deadline-passed" });
  });

  it("refuses 1 Feb 23:30 UTC, which is already 2 Feb in Oslo", () => {
    expect(checkSubmission(new Date("2027-02-01T23:30:00Z"), 2026, nordland, null).ok).toBe(false);
  });

  it("an extension to 15 Feb accepts 10 Feb (as late) and refuses 16 Feb", () => {
    const ext = { until: { year: 2027, month: 2, day: 15 } };
    expect(checkSubmission(osloTime("2027-02-10T12:00:00+01:00"), 2026, nordland, ext)).toEqual({ ok: true, late: true });
    expect(checkSubmission(osloTime("2027-02-15T23:59:59+01:00"), 2026, nordland, ext)).toEqual({ ok: true, late: true });
    expect(checkSubmission(osloTime("2027-02-16T00:00:00+01:00"), 2026, nordland, ext)).toEqual({ ok: false, code: "extension-passed" });
  });

  it("uses the county's setting, not a constant, and handles summer time", () => {
    // A county with 1 June: Oslo is UTC+2 in summer.
    expect(reportDeadline(2026, { month: 6, day: 1 }).toISOString()).toBe("2027-06-01T21:59:59.999Z");
    // The day the clocks go forward (last Sunday in March 2027 is 28 March).
    expect(endOfDay(2027, 3, 28).toISOString()).toBe("2027-03-28T21:59:59.999Z");
  });

  it("for any instant, submission is on time exactly when the Oslo date is on or before 1 February", () => {
    fc.assert(fc.property(fc.date({ min: new Date("2027-01-01T00:00:00Z"), max: new Date("2027-03-01T00:00:00Z"), noInvalidDate: true }), (now) => {
      const osloDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo" }).format(now);
      expect(checkSubmission(now, 2026, nordland, null).ok).toBe(osloDate <= "2027-02-01");
    }));
  });

  it("counts days left in Oslo calendar days", () => {
    const deadline = reportDeadline(2026, nordland);
    expect(daysLeft(osloTime("2027-01-02T08:00:00+01:00"), deadline)).toBe(30);
    expect(daysLeft(osloTime("2027-01-31T23:30:00+01:00"), deadline)).toBe(1);
    expect(daysLeft(osloTime("2027-02-01T00:10:00+01:00"), deadline)).toBe(0);
    expect(daysLeft(osloTime("2027-02-02T07:00:00+01:00"), deadline)).toBe(-1);
  });
});

describe("the deadline notice", () => {
  const deadline = new Date("2027-02-01T22:59:59.999Z"); // 1 February 23:59:59.999 in Oslo (winter time)
  it("is overdue the moment the deadline has passed, counting whole days since", () => {
    expect(deadlineNotice(new Date("2027-02-01T23:00:00Z"), deadline, true)).toEqual({ code: "OVERDUE", days: 1 });
    expect(deadlineNotice(new Date("2027-02-11T12:00:00Z"), deadline, true)).toEqual({ code: "OVERDUE", days: 10 });
  });
  it("is due soon within 14 days, and on the day itself", () => {
    expect(deadlineNotice(new Date("2027-02-01T12:00:00Z"), deadline, true)).toEqual({ code: "DUE_SOON", days: 0 });
    expect(deadlineNotice(new Date("2027-01-18T12:00:00Z"), deadline, true)).toEqual({ code: "DUE_SOON", days: 14 });
    expect(deadlineNotice(new Date("2027-01-17T12:00:00Z"), deadline, true)).toBeNull();
  });
  it("says nothing about a report that is delivered", () => {
    expect(deadlineNotice(new Date("2027-03-01T12:00:00Z"), deadline, false)).toBeNull();
  });
});
