import { describe, expect, it } from "vitest";
import { formatDateTime, formatTime } from "./format";

describe("times of day, written one way everywhere", () => {
  it("as «kl. tt.mm» in Oslo time, winter and summer", () => {
    expect(formatTime(new Date("2026-12-04T08:05:00Z"))).toBe("kl. 09.05");
    expect(formatTime(new Date("2027-06-10T21:12:00Z"))).toBe("kl. 23.12");
    expect(formatDateTime(new Date("2022-02-15T10:00:00Z"))).toBe("15.02.2022 kl. 11.00");
  });
});
