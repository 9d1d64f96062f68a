import { describe, expect, it } from "vitest";
import { z } from "zod";
import { recordGrantSchema } from "./allocations/schemas";

describe("zod's messages reach users in Norwegian", () => {
  it("a null argument, a missing field and a wrong type: Norwegian, and the schema's own message wins where it has one", () => {
    expect(recordGrantSchema.safeParse(null).error!.issues[0].message).toBe("Skjemaet mangler et felt. Last siden på nytt og prøv igjen.");
    expect(z.object({ a: z.string() }).safeParse({ a: 5 }).error!.issues[0].message).toBe("Skjemaet inneholder en ugyldig verdi. Last siden på nytt og prøv igjen.");
    expect(z.string().max(2).safeParse("abc").error!.issues[0].message).toMatch(/^For stor/);
    const grant = recordGrantSchema.safeParse({ countyId: "x" }).error!.issues;
    expect(grant.find((i) => i.path[0] === "amount")!.message).toBe("Skriv inn et beløp.");
    expect(grant.every((i) => !/Invalid|expected/i.test(i.message))).toBe(true);
  });
});
