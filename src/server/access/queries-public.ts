import "server-only";
import { db } from "../db";
import { limitedCheck } from "../rate-limit";
import { readInvitation as read } from "./links";

/**
 * The invitation behind a link, for its page: what it gives, or why it cannot be used. Never changes it.
 * Guessing links is slowed down: an address with 10 unusable links in 15 minutes is refused for a while.
 */
export const readInvitation = (token: string) =>
  limitedCheck("invitation", () => read(db(), token, new Date()), (r) => !r.ok, { ok: false as const, reason: "for-mange-forsok" as const });
