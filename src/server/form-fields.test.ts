import { describe, expect, it } from "vitest";
import { isoDate } from "./form-fields";

describe("a date from a form", () => {
  it("is read from the picker's åååå-mm-dd and from dd.mm.åååå typed by hand", () => {
    expect(isoDate.parse("2026-01-20")).toEqual(new Date("2026-01-20T00:00:00Z"));
    expect(isoDate.parse("20.01.2026")).toEqual(new Date("2026-01-20T00:00:00Z"));
    expect(isoDate.parse(" 1.2.2027 ")).toEqual(new Date("2027-02-01T00:00:00Z"));
  });
  it("is refused in Norwegian, saying how to write it", () => {
    expect(isoDate.safeParse("31.02.2026").error?.issues[0]?.message).toBe("Datoen finnes ikke. Skriv den som dd.mm.åååå.");
    expect(isoDate.safeParse("neste fredag").error?.issues[0]?.message).toBe("Skriv datoen som dd.mm.åååå, for eksempel 20.01.2026.");
    expect(isoDate.safeParse("").error?.issues[0]?.message).toBe("Velg en dato.");
  });
});
