import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatBasisPoints, formatCsvAmount, formatKronerInput, formatNok, formatShare, parseCount, parseKeyPercent, parseKroner, parsePercent } from "./money";

const plain = (s: string) => s.replace(/\u00a0/g, " ").replace(/\u2212/g, "-");

describe("parseKroner", () => {
  it.each([
    ["12 345 678,90", 1234567890n],
    ["12345678,9", 1234567890n],
    ["12.345.678,90", 1234567890n],
    ["12345678.90", 1234567890n],
    ["12345678", 1234567800n],
    ["12\u00a0345\u00a0678,90 kr", 1234567890n],
    ["0,01", 1n],
  ])("reads %j as %s øre", (input, ore) => {
    expect(parseKroner(input)).toEqual({ ok: true, value: ore });
  });

  it("refuses three decimals, negative and non-numeric amounts with a code", () => {
    expect(parseKroner("100,005")).toEqual({ ok: false, problem: { code: "amountDecimals" } });
    expect(parseKroner("-5")).toEqual({ ok: false, problem: { code: "amountNegative" } });
    expect(parseKroner("\u22125")).toEqual({ ok: false, problem: { code: "amountNegative" } });
    expect(parseKroner("tolv millioner")).toEqual({ ok: false, problem: { code: "amountFormat" } });
    expect(parseKroner("1e9")).toMatchObject({ ok: false });
    expect(parseKroner("")).toEqual({ ok: false, problem: { code: "amountEmpty" } });
    expect(parseKroner("999999999999999")).toMatchObject({ ok: false });
  });

  it("reads back exactly what formatNok writes, for any amount", () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 10_000_000_000_000n }), (ore) => {
      expect(parseKroner(formatNok(ore))).toEqual({ ok: true, value: ore });
    }));
  });
});

describe("formatting", () => {
  it("formats like Intl nb-NO, exactly", () => {
    expect(plain(formatNok(493827156n))).toBe("4 938 271,56 kr");
    expect(plain(formatNok(5n))).toBe("0,05 kr");
    expect(plain(formatNok(-100n))).toBe("-1,00 kr");
    const intl = new Intl.NumberFormat("nb-NO", { style: "currency", currency: "NOK" });
    expect(formatNok(123456789n)).toBe(intl.format(1234567.89));
  });
  it("writes CSV amounts a Norwegian spreadsheet reads as numbers", () => {
    expect(formatCsvAmount(493827156n)).toBe("4938271,56");
    expect(formatCsvAmount(7n)).toBe("0,07");
  });
  it("reads and writes percentages in basis points", () => {
    expect(parsePercent("40")).toEqual({ ok: true, value: 4000 });
    expect(parsePercent("37,5 %")).toEqual({ ok: true, value: 3750 });
    expect(parsePercent("40,01")).toEqual({ ok: true, value: 4001 });
    expect(parsePercent("40,001")).toMatchObject({ ok: false });
    expect(parsePercent("101")).toMatchObject({ ok: false });
    expect(parsePercent("abc")).toMatchObject({ ok: false });
    expect(plain(formatBasisPoints(4000))).toBe("40 %");
    expect(plain(formatBasisPoints(3750))).toBe("37,5 %");
    expect(plain(formatBasisPoints(1))).toBe("0,01 %");
  });
});

describe("key shares and counts", () => {
  it("a key share has up to four decimals, as millionths of the whole; a count is a whole number", () => {
    expect(parseKeyPercent("33,3333")).toEqual({ ok: true, value: 333_333 });
    expect(parseKeyPercent("100 %")).toEqual({ ok: true, value: 1_000_000 });
    expect(parseKeyPercent("11,00001")).toEqual({ ok: false, problem: { code: "shareDecimals", decimals: 4 } });
    expect(parseKeyPercent("100,0001")).toEqual({ ok: false, problem: { code: "shareOver" } });
    expect(parsePercent("40,001")).toEqual({ ok: false, problem: { code: "shareDecimals", decimals: 2 } });
    expect(parseCount("1 250")).toEqual({ ok: true, value: 1250 });
    expect(parseCount("12,5")).toEqual({ ok: false, problem: { code: "countFormat" } });
    expect([formatShare(333_334, 4), formatShare(1_000_000, 4), formatShare(1, 2)]).toEqual(["33,3334\u00a0%", "100\u00a0%", "0,01\u00a0%"]);
  });
});

describe("amounts in form fields", () => {
  it("show kroner without the currency, read back to the same øre, and 0 as an empty field", () => {
    for (const ore of [1n, 99n, 100n, 493827156n, 10_000_000_000_000n]) {
      const shown = formatKronerInput(ore);
      expect(shown).not.toContain("kr");
      expect(parseKroner(shown)).toEqual({ ok: true, value: ore });
    }
    expect(formatKronerInput(0n)).toBe("");
  });
});
