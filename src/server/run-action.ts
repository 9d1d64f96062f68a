import "server-only";
import { revalidatePath } from "next/cache";
import type { Actor } from "@/domain/authorization";
import { errors, withLocale } from "@/i18n/server-text";
import { requestLocale } from "@/i18n/request-locale";
import { submittedValues, type ActionResult } from "./action-result";
import { currentUser } from "./auth/session";
import { db } from "./db";
import type { Db } from "./prisma-client";
import { logRefusal, refusalReason } from "./security-log";

/**
 * The part every server action shares: authenticate, call the feature function (which authorizes,
 * validates and writes), and refresh the pages that show what changed.
 */
export async function runAction<T>(
  work: (db: Db, actor: Actor, input: unknown) => Promise<ActionResult<T>>,
  input: unknown,
  paths: string[],
  /** The server action's name, for the log line a refusal writes. */
  name = "unknown",
): Promise<ActionResult<T>> {
  // Refusals and confirmations in the language of the person who sent the form.
  return withLocale(await requestLocale(), () => run(work, input, paths, name));
}

async function run<T>(work: (db: Db, actor: Actor, input: unknown) => Promise<ActionResult<T>>, input: unknown, paths: string[], name: string): Promise<ActionResult<T>> {
  const user = await currentUser();
  if (!user) {
    const refused = { ok: false as const, message: errors.notSignedIn };
    logRefusal({ action: name, userId: null, reason: refusalReason(refused, false) });
    return refused;
  }
  const result = await work(db(), user, input);
  if (!result.ok) logRefusal({ action: name, userId: user.id, reason: refusalReason(result, true) });
  // Refresh even after a refusal: someone who lost a race must see the state that won.
  // A path with [brackets] is a route pattern: every page of it (e.g. every region's page) is refreshed.
  for (const p of paths) (p.includes("[") ? revalidatePath(p, "page") : revalidatePath(p));
  return result.ok ? result : { ...result, values: result.values ?? submittedValues(input) };
}

/** Form fields by name; a name that occurs several times becomes an array. */
export function formFields(form: FormData, names: string[], lists: string[] = []) {
  return {
    ...Object.fromEntries(names.map((n) => [n, form.get(n) ?? undefined])),
    ...Object.fromEntries(lists.map((n) => [n, form.getAll(n)])),
  };
}

/**
 * The form a server action was called with. A hand-made request can call an action with anything (`[null]`,
 * a number, nothing); it then gets an empty form, which the feature function refuses as invalid input,
 * instead of a TypeError and a 500.
 */
export function asForm(form: unknown): FormData {
  return form instanceof FormData ? form : new FormData();
}
