import { describe, expect, it } from "vitest";
import { z } from "zod";
import { recordGrantSchema } from "./allocations/schemas";
import { withLocale } from "@/i18n/server-text";

describe("zod's messages reach users in Norwegian", () => {
  it("a null argument, a missing field and a wrong type: Norwegian, and the schema's own message wins where it has one", () => {
    expect(recordGrantSchema.safeParse(null).error!.issues[0].message).toBe("Skjemaet mangler et felt. Last siden på nytt og prøv igjen.");
    expect(z.object({ a: z.string() }).safeParse({ a: 5 }).error!.issues[0].message).toBe("Skjemaet inneholder en ugyldig verdi. Last siden på nytt og prøv igjen.");
    expect(z.string().max(2).safeParse("abc").error!.issues[0].message).toBe("Teksten kan ha høyst 2 tegn.");
    expect(z.array(z.string()).max(1).safeParse(["a", "b"]).error!.issues[0].message).toBe("For mange valg (høyst 1).");
    expect(z.enum(["A", "B"]).safeParse("C").error!.issues[0].message).toBe("Velg en av verdiene i listen.");
    const grant = recordGrantSchema.safeParse({ countyId: "x" }).error!.issues;
    expect(grant.find((i) => i.path[0] === "amount")!.message).toBe("Skriv inn et beløp.");
    expect(grant.every((i) => !/Invalid|expected/i.test(i.message))).toBe(true);
  });

  it("the fallback messages follow the reader's written standard (zod has no nynorsk locale)", () => {
    withLocale("nn", () => {
      expect(z.string().min(3).safeParse("a").error!.issues[0].message).toBe("Skriv minst 3 teikn.");
      expect(z.coerce.number().max(10).safeParse("11").error!.issues[0].message).toBe("Verdien kan vere høgst 10.");
      expect(z.object({ a: z.string() }).safeParse({}).error!.issues[0].message).toBe("Skjemaet manglar eit felt. Last sida på nytt og prøv igjen.");
    });
  });
});

describe("input PostgreSQL cannot store", () => {
  it("NUL characters are dropped from every string before validation, deep in objects and lists", async () => {
    const { withoutNul } = await import("./transaction");
    expect(withoutNul({ title: "Sak\u0000 1", items: ["a\u0000", 3], nested: { x: "\u0000" } })).toEqual({ title: "Sak 1", items: ["a", 3], nested: { x: "" } });
    // An object without a prototype (found by the fuzzer: a decoded request can be one) is cleaned too.
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { value: "a\u0000b" });
    expect(withoutNul(bare)).toEqual({ value: "ab" });
  });
  it("an evaluation field name must match exactly: measure:<id>:EFFECT is not a field", async () => {
    const { saveFieldSchema } = await import("./evaluations/schemas");
    const base = { evaluationId: "c".repeat(25), base: "", value: "" };
    expect(saveFieldSchema.safeParse({ ...base, field: `measure:${"a".repeat(25)}:effect` }).success).toBe(true);
    expect(saveFieldSchema.safeParse({ ...base, field: `measure:${"a".repeat(25)}:EFFECT` }).error!.issues[0].message).toBe("Ukjent felt.");
    expect(saveFieldSchema.safeParse({ ...base, field: "moneyUse" }).success).toBe(true);
    expect(saveFieldSchema.safeParse({ ...base, field: "MONEYUSE" }).success).toBe(false);
  });
});
