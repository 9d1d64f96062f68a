import { describe, expect, it } from "vitest";
import { publicState } from "./openness";

describe("openness", () => {
  it("makes final documents public, drafts not, and a held-back one shows its reason", () => {
    expect(publicState("EVALUATION", "ACCEPTED", null)).toEqual({ code: "public" });
    expect(publicState("EVALUATION", "SUBMITTED", null)).toEqual({ code: "not-final" });
    expect(publicState("PLAN", "ADOPTED", { reason: "Offentleglova § 14" })).toEqual({ code: "withheld", reason: "Offentleglova § 14" });
    expect(publicState("RECOMMENDATION", "DRAFT", { reason: "x" })).toEqual({ code: "not-final" });
  });
});
