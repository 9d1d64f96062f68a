// The administration rules of the people-and-access issue: who may give and take which role where, the
// shape of a grant (a role with a scope of its own level), the last Statsforvalteren, and deactivation.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ADMINISTERS, ROLE_LEVEL, ROLES, deactivateProblem, grantShapeProblem, leavesCountyWithoutGovernor, levelOfScope, mayAdminister,
  rolesAdministeredBy, type Actor, type Grant, type Role, type Scope,
} from "./authorization";

const nordland = "county-nordland";
const troms = "county-troms";
const vesteralen = "region-vesteralen";
const lofoten = "region-lofoten";
const sortland = "owner-sortland";
const lamarka = "school-lamarka";
const actor = (...grants: Grant[]): Actor => ({ id: "me", grants });

const inCounty = (countyId = nordland): Scope => ({ countyId });
const inRegion = (regionId = vesteralen, countyId = nordland): Scope => ({ countyId, regionId });
const atOwner: Scope = { countyId: nordland, regionId: vesteralen, schoolOwnerId: sortland };
const atSchool: Scope = { ...atOwner, schoolIds: [lamarka] };

describe("who may give and take roles", () => {
  const governor = actor({ role: "STATSFORVALTER", countyId: nordland });
  const developer = actor({ role: "SKOLEUTVIKLER", regionId: vesteralen });
  const admin = actor({ role: "SYSTEM_ADMIN" });

  it("lets Statsforvalteren give every county role in her own county, and none in another", () => {
    for (const role of ["STATSFORVALTER", "FORUM_MEMBER"] as const) {
      expect(mayAdminister(governor, { role, scope: inCounty() })).toBe(true);
      expect(mayAdminister(governor, { role, scope: inCounty(troms) })).toBe(false);
    }
    expect(mayAdminister(governor, { role: "SKOLEUTVIKLER", scope: inRegion() })).toBe(true);
    expect(mayAdminister(governor, { role: "SKOLELEDER", scope: atSchool })).toBe(true);
    expect(mayAdminister(governor, { role: "SKOLEUTVIKLER", scope: inRegion("region-tromso", troms) })).toBe(false);
  });

  it("never lets Statsforvalteren make a system administrator", () => {
    expect(mayAdminister(governor, { role: "SYSTEM_ADMIN", scope: null })).toBe(false);
  });

  it("lets a skoleutvikler manage her own region's Oppvekstforum members, skoleeiere and skoleledere only", () => {
    expect(mayAdminister(developer, { role: "OPPVEKSTFORUM_MEMBER", scope: inRegion() })).toBe(true);
    expect(mayAdminister(developer, { role: "SKOLEEIER", scope: atOwner })).toBe(true);
    expect(mayAdminister(developer, { role: "SKOLELEDER", scope: atSchool })).toBe(true);
    expect(mayAdminister(developer, { role: "OPPVEKSTFORUM_MEMBER", scope: inRegion(lofoten) })).toBe(false);
    expect(mayAdminister(developer, { role: "SKOLEEIER", scope: { ...atOwner, regionId: lofoten } })).toBe(false);
  });

  it("never lets a skoleutvikler give a role at her own level or above", () => {
    for (const role of ["SKOLEUTVIKLER", "UH_PARTNER", "STATSFORVALTER", "FORUM_MEMBER", "SYSTEM_ADMIN"] as const) {
      expect(mayAdminister(developer, { role, scope: ROLE_LEVEL[role] === "county" ? inCounty() : inRegion() })).toBe(false);
    }
  });

  it("lets the system administrator start a county (its Statsforvalteren) and name administrators, nothing else", () => {
    expect(mayAdminister(admin, { role: "STATSFORVALTER", scope: inCounty(troms) })).toBe(true);
    expect(mayAdminister(admin, { role: "SYSTEM_ADMIN", scope: null })).toBe(true);
    expect(mayAdminister(admin, { role: "SKOLEUTVIKLER", scope: inRegion() })).toBe(false);
  });

  it("gives the roles that administer nothing no power to administer", () => {
    for (const role of ["FORUM_MEMBER", "OPPVEKSTFORUM_MEMBER", "UH_PARTNER", "SKOLEEIER", "SKOLELEDER"] as const) {
      const a = actor({ role, countyId: nordland, regionId: vesteralen, schoolOwnerId: sortland, schoolId: lamarka });
      expect(rolesAdministeredBy(a)).toEqual([]);
      expect(mayAdminister(a, { role: "SKOLELEDER", scope: atSchool })).toBe(false);
    }
    expect(mayAdminister(null, { role: "SKOLELEDER", scope: atSchool })).toBe(false);
  });

  it("property: whoever may give a role holds a role that lists it, and never gives outside the own scope", () => {
    const role = fc.constantFrom(...ROLES);
    fc.assert(
      fc.property(role, role, fc.boolean(), (held, given, sameCounty) => {
        const mine = actor({ role: held, countyId: nordland, regionId: vesteralen, schoolOwnerId: sortland, schoolId: lamarka });
        const scope: Scope = sameCounty ? atSchool : { countyId: troms, regionId: "r", schoolOwnerId: "o", schoolIds: ["s"] };
        const allowed = mayAdminister(mine, { role: given, scope });
        if (allowed) expect(ADMINISTERS[held] ?? []).toContain(given);
        if (allowed && held !== "SYSTEM_ADMIN") expect(sameCounty).toBe(true);
      }),
    );
  });
});

describe("the shape of a grant: a role with a scope of its own level", () => {
  it("accepts exactly one id at the role's level", () => {
    expect(grantShapeProblem("STATSFORVALTER", { countyId: nordland })).toBeNull();
    expect(grantShapeProblem("SKOLEUTVIKLER", { regionId: vesteralen })).toBeNull();
    expect(grantShapeProblem("SKOLEEIER", { schoolOwnerId: sortland })).toBeNull();
    expect(grantShapeProblem("SKOLELEDER", { schoolId: lamarka })).toBeNull();
    expect(grantShapeProblem("SYSTEM_ADMIN", {})).toBeNull();
  });

  it("refuses a role without a scope, and a scope of the wrong level", () => {
    expect(grantShapeProblem("SKOLEUTVIKLER", {})).toBe("scope-missing");
    expect(grantShapeProblem("SKOLEUTVIKLER", { countyId: nordland })).toBe("scope-wrong-level");
    expect(grantShapeProblem("SKOLELEDER", { schoolOwnerId: sortland })).toBe("scope-wrong-level");
    expect(grantShapeProblem("SYSTEM_ADMIN", { countyId: nordland })).toBe("scope-wrong-level");
    expect(levelOfScope({ countyId: nordland, regionId: vesteralen })).toBeNull();
  });
});

describe("the last Statsforvalteren of a county", () => {
  it("may not be removed, but one of two may", () => {
    expect(leavesCountyWithoutGovernor(["stine"], ["stine"])).toBe(true);
    expect(leavesCountyWithoutGovernor(["stine", "ola"], ["stine"])).toBe(false);
    expect(leavesCountyWithoutGovernor(["stine", "ola"], ["stine", "ola"])).toBe(true);
    expect(leavesCountyWithoutGovernor(["stine"], ["kari"])).toBe(false);
  });

  it("does not block a county that has none yet (the system administrator is starting it)", () => {
    expect(leavesCountyWithoutGovernor([], [])).toBe(false);
  });
});

describe("deactivating a user", () => {
  const governor = actor({ role: "STATSFORVALTER", countyId: nordland });
  const t = (role: Role, scope: Scope | null) => ({ role, scope });

  it("is allowed to whoever administers every role the user holds", () => {
    expect(deactivateProblem(governor, "kari", [t("SKOLEUTVIKLER", inRegion()), t("OPPVEKSTFORUM_MEMBER", inRegion())])).toBeNull();
  });

  it("is refused when the user holds a role elsewhere, for oneself, and for a user with no role (but the administrator's)", () => {
    expect(deactivateProblem(governor, "kari", [t("SKOLEUTVIKLER", inRegion()), t("STATSFORVALTER", inCounty(troms))])).toBe("not-yours");
    expect(deactivateProblem(governor, "me", [t("STATSFORVALTER", inCounty())])).toBe("self");
    expect(deactivateProblem(governor, "ulf", [])).toBe("not-yours");
    expect(deactivateProblem(actor({ role: "SYSTEM_ADMIN" }), "ulf", [])).toBeNull();
  });
});
