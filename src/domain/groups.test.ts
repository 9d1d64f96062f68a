import { describe, expect, it } from "vitest";
import { newGroupProblem, roleFitsGroup } from "./groups";

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

describe("a new development group", () => {
  const base = { ownerIsMunicipality: true, ownerHasSut: false, schools: 0, kindergartens: 0, foreign: 0 };
  it("a SUT: one per municipality, without schools of its own", () => {
    expect(newGroupProblem("SUT", base)).toBeNull();
    expect(newGroupProblem("SUT", { ...base, ownerHasSut: true })).toBe("sut-exists");
    expect(newGroupProblem("SUT", { ...base, ownerIsMunicipality: false })).toBe("sut-not-municipality");
    expect(newGroupProblem("SUT", { ...base, schools: 1 })).toBe("sut-has-units");
  });
  it("a SKUT serves schools, a kindergarten group kindergartens, all of them the owner's", () => {
    expect(newGroupProblem("SKUT", { ...base, schools: 2 })).toBeNull();
    expect(newGroupProblem("SKUT", base)).toBe("skut-needs-school");
    expect(newGroupProblem("SKUT", { ...base, schools: 1, kindergartens: 1 })).toBe("skut-needs-school");
    expect(newGroupProblem("BARNEHAGE", { ...base, kindergartens: 3, ownerIsMunicipality: false })).toBeNull();
    expect(newGroupProblem("BARNEHAGE", { ...base, schools: 1 })).toBe("barnehage-needs-kindergarten");
    expect(newGroupProblem("SKUT", { ...base, schools: 2, foreign: 1 })).toBe("unit-of-other-owner");
  });
});
