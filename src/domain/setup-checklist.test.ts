import { describe, expect, it } from "vitest";
import { setupChecklist, type CountyFacts } from "./setup-checklist";

const ready: CountyFacts = {
  thisYear: 2026,
  periods: [{ name: "2024–2027", startYear: 2024, endYear: 2027, hasKey: true }],
  regions: [{ id: "r1", name: "Midt-Troms", hasSkoleutvikler: true, owners: 4 }],
  forums: [{ id: "f1", name: "Oppvekstforum Midt-Troms", regionId: "r1", hasLeader: true, municipalitiesWithoutVoteHolder: [] }],
  hasSamarbeidsforum: true,
};

describe("the setup checklist", () => {
  it("is empty for a county ready for its yearly cycle", () => {
    expect(setupChecklist(ready)).toEqual([]);
  });

  it("names what a new county lacks", () => {
    expect(setupChecklist({ thisYear: 2026, periods: [], regions: [], forums: [], hasSamarbeidsforum: false })).toEqual([
      { code: "no-period", year: 2026 }, { code: "no-regions" }, { code: "no-samarbeidsforum" },
    ]);
  });

  it("names a period without a key, a region without a skoleutvikler or owners, a forum without a leader, a municipality without a vote holder", () => {
    expect(setupChecklist({
      ...ready,
      periods: [{ name: "2024–2027", startYear: 2024, endYear: 2027, hasKey: false }, { name: "2020–2023", startYear: 2020, endYear: 2023, hasKey: true }],
      regions: [{ id: "r1", name: "Midt-Troms", hasSkoleutvikler: false, owners: 0 }],
      forums: [{ id: "f1", name: "Oppvekstforum", regionId: "r1", hasLeader: false, municipalitiesWithoutVoteHolder: ["Bardu kommune"] }],
    })).toEqual([
      { code: "no-key", period: "2024–2027" },
      { code: "region-without-skoleutvikler", regionId: "r1", region: "Midt-Troms" },
      { code: "region-without-owners", regionId: "r1", region: "Midt-Troms" },
      { code: "forum-without-leader", forumId: "f1", forum: "Oppvekstforum" },
      { code: "municipality-without-vote-holder", forumId: "f1", forum: "Oppvekstforum", municipality: "Bardu kommune" },
    ]);
  });

  it("does not count a period that ended or has not begun", () => {
    expect(setupChecklist({ ...ready, periods: [{ name: "2020–2023", startYear: 2020, endYear: 2023, hasKey: true }] })).toEqual([{ code: "no-period", year: 2026 }]);
  });
});
