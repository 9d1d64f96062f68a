import { describe, expect, it } from "vitest";
import { roleFitsGroup } from "./groups";

describe("group composition (seed 001 fig. 3)", () => {
  it("puts HTV and skoleutvikler in SUT, not in SKUT", () => {
    expect(roleFitsGroup("SUT", "HTV")).toBe(true);
    expect(roleFitsGroup("SUT", "SKOLEUTVIKLER")).toBe(true);
    expect(roleFitsGroup("SKUT", "HTV")).toBe(false);
    expect(roleFitsGroup("SKUT", "SKOLEUTVIKLER")).toBe(false);
  });
  it("puts tillitsvalgt, ressurslærere and nettverksdeltakere in SKUT only", () => {
    for (const role of ["PTV", "RESSURSLAERER", "NETTVERKSDELTAKER"] as const) {
      expect(roleFitsGroup("SKUT", role)).toBe(true);
      expect(roleFitsGroup("SUT", role)).toBe(false);
    }
  });
  it("has skoleledere in both", () => {
    expect(roleFitsGroup("SUT", "SKOLELEDER") && roleFitsGroup("SKUT", "SKOLELEDER")).toBe(true);
  });
});
