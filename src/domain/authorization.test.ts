import { describe, expect, it } from "vitest";
import { authorize, can, canSeeGroupMemberNames, ForbiddenError, grantedIds, rolesOf, type Actor, type Grant, type Scope } from "./authorization";

const nordland = "county-nordland";
const vesteralen = "region-vesteralen";
const lofoten = "region-lofoten";
const sortland = "owner-sortland";
const hadsel = "owner-hadsel";
const lamarka = "school-lamarka";
const melbu = "school-melbu";

const actor = (...grants: Grant[]): Actor => ({ id: "u", grants });
const sutSortland: Scope = { countyId: nordland, regionId: vesteralen, schoolOwnerId: sortland };
const skutSortland: Scope = { ...sutSortland, schoolIds: ["school-sortland-usk", lamarka] };
const skutHadsel: Scope = { countyId: nordland, regionId: vesteralen, schoolOwnerId: hadsel, schoolIds: [melbu] };

describe("group.edit: who maintains a SUT or SKUT group", () => {
  it("lets the region's skoleutvikler edit every group in the region, not another region's", () => {
    const su = actor({ role: "SKOLEUTVIKLER", regionId: vesteralen });
    expect(can(su, "group.edit", sutSortland)).toBe(true);
    expect(can(su, "group.edit", skutHadsel)).toBe(true);
    expect(can(su, "group.edit", { ...sutSortland, regionId: lofoten })).toBe(false);
  });

  it("lets a skoleeier edit its own municipality's groups only", () => {
    const owner = actor({ role: "SKOLEEIER", schoolOwnerId: sortland });
    expect(can(owner, "group.edit", sutSortland)).toBe(true);
    expect(can(owner, "group.edit", skutSortland)).toBe(true);
    expect(can(owner, "group.edit", skutHadsel)).toBe(false);
  });

  it("lets a skoleleder edit the SKUT of their school, not the municipality's SUT", () => {
    const leader = actor({ role: "SKOLELEDER", schoolId: lamarka });
    expect(can(leader, "group.edit", skutSortland)).toBe(true);
    expect(can(leader, "group.edit", sutSortland)).toBe(false);
    expect(can(leader, "group.edit", skutHadsel)).toBe(false);
  });

  it("lets Statsforvalteren act in its own county only", () => {
    const sf = actor({ role: "STATSFORVALTER", countyId: nordland });
    expect(can(sf, "group.edit", skutHadsel)).toBe(true);
    expect(can(sf, "group.edit", { ...skutHadsel, countyId: "county-troms" })).toBe(false);
  });

  it("refuses roles without the permission, even in scope", () => {
    for (const role of ["OPPVEKSTFORUM_MEMBER", "UH_PARTNER"] as const) {
      expect(can(actor({ role, regionId: vesteralen }), "group.edit", sutSortland)).toBe(false);
    }
    expect(can(actor({ role: "FORUM_MEMBER", countyId: nordland }), "group.edit", sutSortland)).toBe(false);
  });
});

describe("scope rules", () => {
  it("grants nothing when a grant lacks the id its level needs", () => {
    // A skoleutvikler grant recorded with only a county is a data error, not a county-wide grant.
    expect(can(actor({ role: "SKOLEUTVIKLER", countyId: nordland }), "group.edit", sutSortland)).toBe(false);
    expect(can(actor({ role: "SKOLELEDER" }), "group.edit", { countyId: nordland, schoolIds: [] })).toBe(false);
  });

  it("refuses the anonymous visitor and the user without roles", () => {
    expect(can(null, "portal.use", { countyId: nordland })).toBe(false);
    expect(can(actor(), "portal.use", { countyId: nordland })).toBe(false);
  });

  it("combines several grants: any one that covers the scope is enough", () => {
    const both = actor({ role: "UH_PARTNER", regionId: lofoten }, { role: "SKOLEEIER", schoolOwnerId: hadsel });
    expect(can(both, "group.edit", skutHadsel)).toBe(true);
    expect(can(both, "forum.read", { countyId: nordland, regionId: lofoten })).toBe(true);
    expect(can(both, "forum.read", { countyId: nordland, regionId: vesteralen })).toBe(false);
    expect(rolesOf(both)).toEqual(["UH_PARTNER", "SKOLEEIER"]);
  });

  it("names the ids of the user's grants by level, each once, for the queries to look in", () => {
    const many = actor({ role: "UH_PARTNER", regionId: lofoten }, { role: "OPPVEKSTFORUM_MEMBER", regionId: lofoten }, { role: "SKOLEEIER", schoolOwnerId: hadsel }, { role: "STATSFORVALTER", countyId: nordland });
    expect(grantedIds(many)).toEqual({ countyIds: [nordland], regionIds: [lofoten], ownerIds: [hadsel], schoolIds: [] });
    expect(grantedIds(actor())).toEqual({ countyIds: [], regionIds: [], ownerIds: [], schoolIds: [] });
  });

  it("only Statsforvalteren manages the county", () => {
    expect(can(actor({ role: "STATSFORVALTER", countyId: nordland }), "county.manage", { countyId: nordland })).toBe(true);
    expect(can(actor({ role: "FORUM_MEMBER", countyId: nordland }), "county.manage", { countyId: nordland })).toBe(false);
  });

  it("authorize throws with the missing permission named", () => {
    expect(() => authorize(actor(), "group.edit", sutSortland)).toThrow(ForbiddenError);
    expect(() => authorize(actor({ role: "SKOLEEIER", schoolOwnerId: sortland }), "group.edit", sutSortland)).not.toThrow();
  });
});

describe("names in SUT/SKUT groups", () => {
  it("are for signed-in users with a role, not the public or a user without roles", () => {
    expect(canSeeGroupMemberNames(null)).toBe(false);
    expect(canSeeGroupMemberNames(actor())).toBe(false);
    expect(canSeeGroupMemberNames(actor({ role: "UH_PARTNER", regionId: lofoten }))).toBe(true);
  });
});
