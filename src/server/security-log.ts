// One structured line per refused request, for the operators' log: which action, which user (the id only,
// no other personal data) and why. One JSON line on stdout, with the request's id (src/server/log.ts).
import type { ActionResult } from "./action-result";
import { errors } from "@/i18n/server-text";
import { log } from "./log";

export type RefusalReason = "not-signed-in" | "forbidden" | "invalid-input" | "refused" | "foreign-origin" | "too-large" | "malformed" | "rate-limited";

export function refusalReason(result: Extract<ActionResult<unknown>, { ok: false }>, signedIn: boolean): RefusalReason {
  if (!signedIn) return "not-signed-in";
  if (result.message === errors.forbidden) return "forbidden";
  if (result.fieldErrors && Object.keys(result.fieldErrors).length > 0) return "invalid-input";
  return "refused";
}

export function logRefusal(entry: { action: string; userId: string | null; reason: RefusalReason }) {
  log.warn({ event: "action.refused", ...entry });
}
