import { z } from "zod";
import { readDate } from "@/domain/dates";
import { parseKroner, parsePercent } from "@/domain/money";
import "./zod-norwegian";
import { msg } from "@/i18n/server-text";
import { moneyProblemText } from "@/lib/messages/money";
import { FIRST_BUDGET_YEAR, LAST_BUDGET_YEAR } from "@/lib/budget-year";

// Zod building blocks for form fields, with Norwegian messages. Forms send strings; these turn them into
// exact values (øre as bigint, percentages as basis points, dates as UTC midnight).

/** "" from an empty form field counts as not given. */
export const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());

// Messages are read when a form is checked (a function), so they come in the language of the request.
export const id = z.string({ error: () => msg("zod.missingId") }).regex(/^[a-z0-9]{20,40}$/i, { error: () => msg("zod.invalidId") });

// At most PostgreSQL int4: a larger number is a bad request, not a database error.
const invalidVersion = { error: () => msg("zod.invalidVersion") };
export const version = z.coerce.number({ error: () => msg("zod.missingVersion") }).int(invalidVersion).min(0, invalidVersion).max(2_147_483_647, invalidVersion);

export const kroner = z.string({ error: () => msg("zod.writeAmount") }).transform((v, ctx) => {
  const r = parseKroner(v);
  if (!r.ok) {
    ctx.addIssue({ code: "custom", message: moneyProblemText(r.problem) });
    return z.NEVER;
  }
  return r.value;
});

export const positiveKroner = kroner.refine((v) => v > 0n, { error: () => msg("zod.amountPositive") });

export const percent = z.string({ error: () => msg("zod.writePercent") }).transform((v, ctx) => {
  const r = parsePercent(v);
  if (!r.ok) {
    ctx.addIssue({ code: "custom", message: moneyProblemText(r.problem) });
    return z.NEVER;
  }
  return r.value;
});

/** A date from a date field: the picker's åååå-mm-dd, or dd.mm.åååå typed where there is no picker. */
export const isoDate = z
  .string({ error: () => msg("zod.chooseDate") })
  .trim()
  .min(1, { error: () => msg("zod.chooseDate") })
  .transform((v, ctx) => {
    const iso = readDate(v);
    if (!iso) {
      ctx.addIssue({ code: "custom", message: /^[\d./ -]+$/.test(v) ? msg("zod.noSuchDate") : msg("zod.dateFormat") });
      return z.NEVER;
    }
    return new Date(`${iso}T00:00:00Z`);
  });

/**
 * A required text of min–max characters. `what` names it in the refusal ("Skriv {what}."): a phrase, or a
 * function that reads the phrase from the catalogue when the form is checked (then in the reader's language).
 */
export const text = (min: number, max: number, what: string | (() => string)) => {
  const name = typeof what === "string" ? () => what : what;
  return z
    .string({ error: () => msg("zod.writeWhat", { what: name() }) })
    .trim()
    .min(min, { error: () => (min <= 1 ? msg("zod.writeWhat", { what: name() }) : msg("zod.writeWhatMin", { what: name(), min })) })
    .max(max, { error: () => msg("zod.textMax", { max }) });
};

export const year = z.coerce.number({ error: () => msg("zod.chooseYear") }).int({ error: () => msg("zod.chooseYear") })
  .min(FIRST_BUDGET_YEAR, { error: () => msg("zod.yearFrom", { year: FIRST_BUDGET_YEAR }) })
  .max(LAST_BUDGET_YEAR, { error: () => msg("zod.yearTo", { year: LAST_BUDGET_YEAR }) });

/** A scheme (ordning) chosen in a form: the Scheme row's id. Missing: the user is asked to choose. */
export const schemeId = z.string({ error: () => msg("zod.chooseScheme") }).trim().min(1, { error: () => msg("zod.chooseScheme") })
  .regex(/^[a-z0-9-]{2,40}$/, { error: () => msg("zod.schemeInList") });
