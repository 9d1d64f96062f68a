import { describe, expect, it } from "vitest";
import { reportDeadline } from "./deadline";
import { awaitsReport, dashboardStatus, isEditable, remindersDue, schemesOwed, type OwedFacts } from "./evaluation";

const deadline = reportDeadline(2026, { month: 2, day: 1 });
const at = (iso: string) => new Date(iso);

describe("dashboard status", () => {
  it("shows each state", () => {
    const before = at("2027-01-10T12:00:00+01:00");
    const after = at("2027-02-05T12:00:00+01:00");
    expect(dashboardStatus(null, before, deadline)).toBe("NOT_STARTED");
    // A scheme's report the region does not owe (no money from it that year, not begun) is never "missing".
    expect(dashboardStatus(null, after, deadline, false)).toBe("NOT_OWED");
    expect(dashboardStatus({ status: "DRAFT", submittedLate: false }, after, deadline, false)).toBe("MISSING");
    expect(dashboardStatus({ status: "DRAFT", submittedLate: false }, before, deadline)).toBe("DRAFT");
    expect(dashboardStatus({ status: "RETURNED", submittedLate: false }, before, deadline)).toBe("RETURNED");
    expect(dashboardStatus({ status: "SUBMITTED", submittedLate: false }, after, deadline)).toBe("SUBMITTED_ON_TIME");
    expect(dashboardStatus({ status: "SUBMITTED", submittedLate: true }, after, deadline)).toBe("SUBMITTED_LATE");
    expect(dashboardStatus({ status: "ACCEPTED", submittedLate: false }, after, deadline)).toBe("ACCEPTED");
    expect(dashboardStatus({ status: "DRAFT", submittedLate: false }, after, deadline)).toBe("MISSING");
    expect(dashboardStatus(null, after, deadline)).toBe("MISSING");
  });
  it("the region still owes the report while it is not started, a draft or returned", () => {
    expect((["NOT_STARTED", "DRAFT", "RETURNED", "SUBMITTED_ON_TIME", "SUBMITTED_LATE", "ACCEPTED", "MISSING"] as const).filter(awaitsReport))
      .toEqual(["NOT_STARTED", "DRAFT", "RETURNED"]);
  });
  it("a submitted report is read-only until returned", () => {
    expect([isEditable("DRAFT"), isEditable("RETURNED"), isEditable("SUBMITTED"), isEditable("ACCEPTED")]).toEqual([true, true, false, false]);
  });
});

describe("reminders", () => {
  const item = { regionId: "vesteralen", scheme: "dekom", year: 2026, deadline, submitted: false };
  it("30, 7 and 1 days before, keyed so each goes once", () => {
    expect(remindersDue(at("2027-01-02T09:00:00+01:00"), "nordland", [item]).map((r) => r.key)).toEqual(["frist:vesteralen:dekom:2026:30"]);
    expect(remindersDue(at("2027-01-25T09:00:00+01:00"), "nordland", [item]).map((r) => r.key)).toEqual(["frist:vesteralen:dekom:2026:7"]);
    expect(remindersDue(at("2027-01-31T09:00:00+01:00"), "nordland", [item]).map((r) => r.key)).toEqual(["frist:vesteralen:dekom:2026:1"]);
    expect(remindersDue(at("2026-12-01T09:00:00+01:00"), "nordland", [item])).toEqual([]);
  });
  it("nothing for a submitted report", () => {
    expect(remindersDue(at("2027-01-31T09:00:00+01:00"), "nordland", [{ ...item, submitted: true }])).toEqual([]);
  });
  it("tells Statsforvalteren the morning after a missed deadline, from 07:00 Oslo, listing the regions", () => {
    const other = { ...item, regionId: "lofoten" };
    expect(remindersDue(at("2027-02-02T06:30:00+01:00"), "nordland", [item, other])).toEqual([]);
    expect(remindersDue(at("2027-02-02T07:00:00+01:00"), "nordland", [item, other])).toEqual([
      { key: "mangler:nordland:dekom:2026", scheme: "dekom", year: 2026, kind: "MISSED", regionIds: ["vesteralen", "lofoten"] },
    ]);
  });
  it("reminds of each scheme's report on its own, and tells of each scheme's missing reports in a notice of its own", () => {
    const rekom = { ...item, scheme: "rekom" };
    expect(remindersDue(at("2027-01-25T09:00:00+01:00"), "nordland", [item, rekom, { ...rekom, regionId: "lofoten", submitted: true }]).map((r) => r.key))
      .toEqual(["frist:vesteralen:dekom:2026:7", "frist:vesteralen:rekom:2026:7"]);
    expect(remindersDue(at("2027-02-02T07:00:00+01:00"), "nordland", [item, rekom, { ...item, regionId: "lofoten" }])).toEqual([
      { key: "mangler:nordland:dekom:2026", scheme: "dekom", year: 2026, kind: "MISSED", regionIds: ["vesteralen", "lofoten"] },
      { key: "mangler:nordland:rekom:2026", scheme: "rekom", year: 2026, kind: "MISSED", regionIds: ["vesteralen"] },
    ]);
  });
  it("a region owes the county's first scheme's report, and another scheme's only where it got that scheme's money or began its report", () => {
    const run = [{ id: "dekom" }, { id: "rekom" }, { id: "kompetanseloftet" }];
    const money = (schemeId: string, over: Partial<OwedFacts["allocations"][number]> = {}) => ({ schemeId, status: "APPROVED", networkOre: 40_000n, uhOre: 60_000n, grant: { year: 2026 }, ...over });
    const none: OwedFacts = { allocations: [], reports: [] };
    const ids = (facts: OwedFacts, year = 2026) => schemesOwed(run, year, facts).map((s) => s.id);
    expect(ids(none)).toEqual(["dekom"]);
    expect(ids({ ...none, allocations: [money("rekom")] })).toEqual(["dekom", "rekom"]);
    expect(ids({ ...none, reports: [{ schemeId: "kompetanseloftet", year: 2026 }] })).toEqual(["dekom", "kompetanseloftet"]);
    // Money of another year, not yet approved, or of 0 kr owes nothing.
    expect(ids({ ...none, allocations: [money("rekom")] }, 2025)).toEqual(["dekom"]);
    expect(ids({ ...none, allocations: [money("rekom", { status: "DRAFT" })] })).toEqual(["dekom"]);
    expect(ids({ ...none, allocations: [money("rekom", { networkOre: 0n, uhOre: 0n })] })).toEqual(["dekom"]);
    expect(schemesOwed([{ id: "rekom" }], 2026, none).map((s) => s.id)).toEqual(["rekom"]);
    expect(schemesOwed([], 2026, { ...none, allocations: [money("rekom")] })).toEqual([]);
  });
});
