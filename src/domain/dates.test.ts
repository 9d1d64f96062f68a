import { describe, expect, it } from "vitest";
import { readDate } from "./dates";

describe("reading a date as Norwegians write it", () => {
  it.each([
    ["20.01.2026", "2026-01-20"], ["20.1.2026", "2026-01-20"], ["1/2/2027", "2027-02-01"], ["01-02-2027", "2027-02-01"],
    ["2026-01-20", "2026-01-20"], [" 29.02.2028 ", "2028-02-29"],
  ])("%s is %s", (input, iso) => expect(readDate(input)).toBe(iso));
  it.each(["31.02.2026", "29.02.2027", "2026-13-01", "00.01.2026", "20.01.26", "20012026", "", "i morgen", "2026-01-20T00:00"])("%s is no date", (input) => {
    expect(readDate(input)).toBeNull();
  });
});
