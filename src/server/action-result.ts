import { z } from "zod";
import { msg } from "@/i18n/server-text";

/**
 * What every server action returns to its form (read with useActionState). Messages are Norwegian. A
 * refusal carries the submitted values back, so the form shows what the user typed (React 19 resets
 * uncontrolled forms after an action; fields take their defaultValue from `values`).
 */
export type ActionResult<T = undefined> =
  | { ok: true; message: string; data?: T }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]>; values?: Record<string, string> };

export function invalid(error: z.ZodError, message = msg("errors.formHasErrors")): ActionResult<never> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { ok: false, message, fieldErrors };
}

/** The text fields of a submitted form, to hand back with a refusal (files and lists of objects are left out; a list of strings, such as ticked boxes, comes back joined by newlines). */
export function submittedValues(input: unknown): Record<string, string> | undefined {
  if (!input || typeof input !== "object") return undefined;
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(input)) {
    if (typeof v === "string") values[k] = v;
    else if (Array.isArray(v) && v.every((x) => typeof x === "string")) values[k] = v.join("\n");
  }
  return values;
}
