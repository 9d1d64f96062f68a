import { describe, expect, it } from "vitest";
import { byLanguage } from "./mail";

describe("byLanguage", () => {
  it("groups recipients by the written standard they chose, bokmål for those who never chose, each address once", () => {
    expect(byLanguage([
      { email: "a@x.no", language: "nn" },
      { email: "b@x.no", language: null },
      { email: "c@x.no", language: "nb" },
      { email: "a@x.no", language: "nn" },
    ])).toEqual([["nb", ["b@x.no", "c@x.no"]], ["nn", ["a@x.no"]]]);
  });
  it("leaves out a standard no one chose, and gives nothing for no one", () => {
    expect(byLanguage([{ email: "a@x.no", language: "nn" }])).toEqual([["nn", ["a@x.no"]]]);
    expect(byLanguage([])).toEqual([]);
  });
});
