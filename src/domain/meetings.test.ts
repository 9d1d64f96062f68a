import { describe, expect, it } from "vitest";
import { agendaLocked, mayPlanMeetings, meetingProblem, minutesApprovalProblem, moveInOrder, osloFields, osloTime, quorumOf } from "./meetings";

const now = new Date("2026-11-23T12:00:00Z");

describe("meetings", () => {
  it("the chair, the working committee or the forum's manager plans; an ordinary member does not", () => {
    expect(mayPlanMeetings({ isChair: false, inCommittee: false, managesForum: false })).toBe(false);
    expect(mayPlanMeetings({ isChair: true, inCommittee: false, managesForum: false })).toBe(true);
    expect(mayPlanMeetings({ isChair: false, inCommittee: true, managesForum: false })).toBe(true);
    expect(mayPlanMeetings({ isChair: false, inCommittee: false, managesForum: true })).toBe(true);
  });

  it("refuses a meeting in the past (or now), more than three years ahead, or with neither place nor video link", () => {
    expect(meetingProblem({ startsAt: now, place: "Bodø", videoLink: null }, now)).toEqual({ field: "date", code: "in-the-past" });
    expect(meetingProblem({ startsAt: new Date("2030-01-01T00:00:00Z"), place: "Bodø", videoLink: null }, now)).toEqual({ field: "date", code: "too-far-ahead", years: 3 });
    expect(meetingProblem({ startsAt: new Date("2026-12-01T09:00:00Z"), place: "  ", videoLink: null }, now)).toEqual({ field: "place", code: "no-place" });
    expect(meetingProblem({ startsAt: new Date("2026-12-01T09:00:00Z"), place: "", videoLink: "https://v.example/1" }, now)).toBeNull();
    expect(agendaLocked({ startsAt: now }, now)).toBe(true);
    expect(agendaLocked({ startsAt: new Date(now.getTime() + 1) }, now)).toBe(false);
  });

  it("moves a case one step, and not past either end", () => {
    expect(moveInOrder(["a", "b", "c"], "c", "up")).toEqual(["a", "c", "b"]);
    expect(moveInOrder(["a", "b", "c"], "a", "down")).toEqual(["b", "a", "c"]);
    expect(moveInOrder(["a", "b", "c"], "a", "up")).toBeNull();
    expect(moveInOrder(["a", "b", "c"], "c", "down")).toBeNull();
    expect(moveInOrder(["a", "b"], "x", "up")).toBeNull();
  });

  it("counts distinct vote units present against the quorum; talerett-only members do not count", () => {
    expect(quorumOf(3, ["sortland", "sortland", "hadsel", null])).toEqual({ present: 2, required: 3, quorate: false });
    expect(quorumOf(2, ["sortland", "hadsel"])).toEqual({ present: 2, required: 2, quorate: true });
    expect(quorumOf(null, ["sortland"])).toEqual({ present: 1, required: null, quorate: null });
  });

  it("approves minutes at a later meeting of the same body, once, after the meeting was held", () => {
    const held = { forumId: "f", startsAt: new Date("2026-10-01T09:00:00Z"), approved: false };
    const next = { forumId: "f", startsAt: new Date("2026-12-01T09:00:00Z") };
    expect(minutesApprovalProblem(held, next, now)).toBeNull();
    expect(minutesApprovalProblem({ ...held, approved: true }, next, now)).toBe("already-approved");
    expect(minutesApprovalProblem(held, { ...next, forumId: "g" }, now)).toBe("other-body");
    expect(minutesApprovalProblem({ ...held, startsAt: next.startsAt }, next, now)).toBe("not-earlier");
    expect(minutesApprovalProblem({ ...held, startsAt: new Date("2026-11-30T09:00:00Z") }, next, now)).toBe("not-held");
  });

  it("reads Oslo wall-clock time across summer time, and refuses a date or time that does not exist", () => {
    expect(osloTime("2026-12-04", "10:00")).toEqual(new Date("2026-12-04T09:00:00Z"));
    expect(osloTime("2027-06-10", "10:00")).toEqual(new Date("2027-06-10T08:00:00Z"));
    expect(osloTime("2027-03-28", "03:30")).toEqual(new Date("2027-03-28T01:30:00Z")); // the hour after the change
    expect(osloTime("2027-02-29", "10:00")).toBeNull();
    expect(osloTime("2027-01-01", "24:00")).toBeNull();
    // As Norwegians write it, where the browser has no date picker: 4.12.2026 kl. 10.00.
    expect(osloTime("4.12.2026", "10.00")).toEqual(new Date("2026-12-04T09:00:00Z"));
    expect(osloTime("2026-12-04", "9.30")).toEqual(new Date("2026-12-04T08:30:00Z"));
    expect(osloTime("31.11.2026", "10:00")).toBeNull();
    expect(osloTime("2026-12-04", "10")).toBeNull();
    expect(osloFields(new Date("2027-06-10T08:00:00Z"))).toEqual({ date: "2027-06-10", time: "10:00" });
    expect(osloFields(new Date("2026-12-31T23:30:00Z"))).toEqual({ date: "2027-01-01", time: "00:30" });
  });
});

describe("attendance", () => {
  it("may be recorded from an hour before the start", async () => {
    const { attendanceOpen } = await import("./meetings");
    const m = { startsAt: new Date("2026-12-04T09:00:00Z") };
    expect(attendanceOpen(m, new Date("2026-12-04T07:59:59Z"))).toBe(false);
    expect(attendanceOpen(m, new Date("2026-12-04T08:00:00Z"))).toBe(true);
  });
});
