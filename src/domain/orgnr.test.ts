import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isValidOrgNumber, normalizeOrgNumber, orgNumberCheckDigit } from "./orgnr";

describe("organisasjonsnummer", () => {
  it("accepts numbers whose check digit matches", () => {
    // Brønnøysundregistrene's own number and Digdir's, both public.
    expect(isValidOrgNumber("974760673")).toBe(true);
    expect(isValidOrgNumber("991825827")).toBe(true);
    expect(isValidOrgNumber("974 760 673")).toBe(true);
  });

  it("refuses a wrong check digit, wrong length and non-digits", () => {
    expect(isValidOrgNumber("974760674")).toBe(false);
    expect(isValidOrgNumber("97476067")).toBe(false);
    expect(isValidOrgNumber("9747606730")).toBe(false);
    expect(isValidOrgNumber("97476067a")).toBe(false);
    expect(isValidOrgNumber("")).toBe(false);
  });

  it("refuses every number whose remainder gives check digit 10", () => {
    // 00000001x: sum = 2, 11 - 2 = 9; 00000010x: sum = 3 → 8; find one that yields 10: sum mod 11 = 1.
    // weights ...3,2 on positions 7,8 → "00000005" gives 2*5 = 10 → 10 mod 11 = 10 → 11-10 = 1; "00000300"
    // gives 4*3 = 12 → 1 → check 10.
    expect(orgNumberCheckDigit("00000300")).toBeNull();
    for (let d = 0; d <= 9; d++) expect(isValidOrgNumber(`00000300${d}`)).toBe(false);
  });

  it("for any eight digits, exactly one ninth digit is valid unless the check digit is 10", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{8}$/), (eight) => {
        const valid = [...Array(10).keys()].filter((d) => isValidOrgNumber(eight + d));
        expect(valid.length).toBe(orgNumberCheckDigit(eight) === null ? 0 : 1);
      }),
    );
  });

  it("normalises spaces and no-break spaces", () => {
    expect(normalizeOrgNumber("974\u00a0760\u00a0673")).toBe("974760673");
  });
});
