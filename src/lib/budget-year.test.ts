import { describe, expect, it } from "vitest";
import { budgetYear } from "./budget-year";

describe("a budget year in a URL", () => {
  it("is four digits from 2000 to 2200; -7, 99999999999, 1e3, 2026.5 and ' 2026' are not years", () => {
    expect(budgetYear("2026")).toBe(2026);
    for (const bad of ["-7", "99999999999", "1e3", "2026.5", " 2026", "1999", "2101", "", "abcd"]) expect(budgetYear(bad)).toBeNull();
  });
});
