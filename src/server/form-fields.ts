import { z } from "zod";
import { readDate } from "@/domain/dates";
import { parseKroner, parsePercent } from "@/domain/money";
import "./zod-norwegian";
import { FIRST_BUDGET_YEAR, LAST_BUDGET_YEAR } from "@/lib/budget-year";

// Zod building blocks for form fields, with Norwegian messages. Forms send strings; these turn them into
// exact values (øre as bigint, percentages as basis points, dates as UTC midnight).

/** "" from an empty form field counts as not given. */
export const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());

export const id = z.string({ error: "Mangler id." }).regex(/^[a-z0-9]{20,40}$/i, "Ugyldig id.");

// At most PostgreSQL int4: a larger number is a bad request, not a database error.
export const version = z.coerce.number({ error: "Mangler versjon." }).int("Ugyldig versjon.").min(0, "Ugyldig versjon.").max(2_147_483_647, "Ugyldig versjon.");

export const kroner = z.string({ error: "Skriv inn et beløp." }).transform((v, ctx) => {
  const r = parseKroner(v);
  if (!r.ok) {
    ctx.addIssue({ code: "custom", message: r.message });
    return z.NEVER;
  }
  return r.value;
});

export const positiveKroner = kroner.refine((v) => v > 0n, "Beløpet må være større enn 0.");

export const percent = z.string({ error: "Skriv inn en prosentandel." }).transform((v, ctx) => {
  const r = parsePercent(v);
  if (!r.ok) {
    ctx.addIssue({ code: "custom", message: r.message });
    return z.NEVER;
  }
  return r.value;
});

/** A date from a date field: the picker's åååå-mm-dd, or dd.mm.åååå typed where there is no picker. */
export const isoDate = z
  .string({ error: "Velg en dato." })
  .trim()
  .min(1, "Velg en dato.")
  .transform((v, ctx) => {
    const iso = readDate(v);
    if (!iso) {
      ctx.addIssue({ code: "custom", message: /^[\d./ -]+$/.test(v) ? "Datoen finnes ikke. Skriv den som dd.mm.åååå." : "Skriv datoen som dd.mm.åååå, for eksempel 20.01.2026." });
      return z.NEVER;
    }
    return new Date(`${iso}T00:00:00Z`);
  });

export const text = (min: number, max: number, what: string) =>
  z
    .string({ error: `Skriv ${what}.` })
    .trim()
    .min(min, min <= 1 ? `Skriv ${what}.` : `Skriv ${what} (minst ${min} tegn).`)
    .max(max, `Teksten kan ha høyst ${max} tegn.`);

export const year = z.coerce.number({ error: "Velg et år." }).int("Velg et år.")
  .min(FIRST_BUDGET_YEAR, `Velg et år fra ${FIRST_BUDGET_YEAR}.`).max(LAST_BUDGET_YEAR, `Velg et år til og med ${LAST_BUDGET_YEAR}.`);

/** A scheme (ordning) chosen in a form: the Scheme row's id. Missing: the user is asked to choose. */
export const schemeId = z.string({ error: "Velg hvilken ordning dette gjelder." }).trim().min(1, "Velg hvilken ordning dette gjelder.").regex(/^[a-z0-9-]{2,40}$/, "Velg en av ordningene i listen.");
