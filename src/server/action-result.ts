import { z } from "zod";

/** What every server action returns to its form (read with useActionState). Messages are Norwegian. */
export type ActionResult<T = undefined> =
  | { ok: true; message: string; data?: T }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

export function invalid(error: z.ZodError, message = "Skjemaet har feil. Rett feltene som er markert."): ActionResult<never> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { ok: false, message, fieldErrors };
}
