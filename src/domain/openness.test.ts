import { describe, expect, it } from "vitest";
import { isFinal } from "./openness";

describe("openness", () => {
  it("counts an accepted evaluation and an adopted plan or innstilling as final, nothing before that", () => {
    expect(isFinal("EVALUATION", "ACCEPTED")).toBe(true);
    expect(["DRAFT", "SUBMITTED", "RETURNED"].some((s) => isFinal("EVALUATION", s))).toBe(false);
    expect(isFinal("PLAN", "ADOPTED")).toBe(true);
    expect(isFinal("PLAN", "DRAFT")).toBe(false);
    expect(isFinal("RECOMMENDATION", "ADOPTED")).toBe(true);
    expect(isFinal("RECOMMENDATION", "DRAFT")).toBe(false);
  });
});
