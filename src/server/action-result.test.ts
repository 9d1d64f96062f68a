import { describe, expect, it } from "vitest";
import { submittedValues } from "./action-result";

describe("submittedValues", () => {
  it("hands back text fields and ticked boxes (a list of strings, one per line), not files or lists of objects", () => {
    const file = new File(["x"], "a.pdf");
    expect(submittedValues({ name: "Nordland", schemeIds: ["dekom", "rekom"], file, shares: [{ regionId: "r", value: "1" }], version: 3 }))
      .toEqual({ name: "Nordland", schemeIds: "dekom\nrekom" });
    expect(submittedValues(null)).toBeUndefined();
  });
});
