import { describe, expect, it } from "vitest";
import { unitRemovalProblem } from "./units";

describe("removing a school or kindergarten", () => {
  it("is allowed when nothing refers to it", () => {
    expect(unitRemovalProblem({ networks: 0, measures: 0, roles: 0, groups: 0 })).toBeNull();
  });
  it("is refused while it is in a network, a tiltak, a role or a development group, with every count", () => {
    expect(unitRemovalProblem({ networks: 1, measures: 0, roles: 0, groups: 0 })).toEqual({ code: "unit-in-use", networks: 1, measures: 0, roles: 0, groups: 0 });
    expect(unitRemovalProblem({ networks: 0, measures: 2, roles: 3, groups: 1 })).toEqual({ code: "unit-in-use", networks: 0, measures: 2, roles: 3, groups: 1 });
    expect(unitRemovalProblem({ networks: 0, measures: 0, roles: 0, groups: 1 })).toMatchObject({ code: "unit-in-use" });
  });
});
