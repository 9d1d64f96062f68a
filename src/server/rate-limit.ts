// Repeated refusals from one address are slowed down where guessing could pay: signing in and invitation
// links. rate-limiter-flexible (a kept library for exactly this) counts refusals per address in a window;
// once the limit is reached, the address is refused until the window has passed, whatever it sends.
// The counts are kept in PostgreSQL (table "RateLimit"), so an address gets its limit once whichever of the
// instances behind the load balancer it reaches.
import { RateLimiterMemory, RateLimiterPrisma, type RateLimiterAbstract } from "rate-limiter-flexible";
import { headers } from "next/headers";
import { db } from "./db";
import { env } from "./env";
import { logRefusal } from "./security-log";

export type LimitedKind = "sign-in" | "invitation";

export const REFUSALS_ALLOWED = 10;
export const WINDOW_SECONDS = 15 * 60;

let store: "postgres" | "memory" = "postgres";
const limiters = new Map<LimitedKind, RateLimiterAbstract>();
const limiter = (kind: LimitedKind) => {
  let l = limiters.get(kind);
  if (l) return l;
  const options = { keyPrefix: kind, points: REFUSALS_ALLOWED, duration: WINDOW_SECONDS };
  if (store === "memory") l = new RateLimiterMemory(options);
  // The table is made by a migration (the portal's role may not create tables); the library clears rows
  // that expired over an hour ago every five minutes.
  else l = new RateLimiterPrisma({ ...options, storeClient: db(), tableName: "rateLimit" });
  limiters.set(kind, l);
  return l;
};

/** Whether this address has used up its refusals for now (then it is refused without being looked at). */
export async function isLimited(kind: LimitedKind, address: string): Promise<boolean> {
  const state = await limiter(kind).get(address);
  const limited = state !== null && state.consumedPoints >= REFUSALS_ALLOWED;
  if (limited) logRefusal({ action: kind, userId: null, reason: "rate-limited" });
  return limited;
}

/** Counts one refusal for this address. */
export async function countRefusal(kind: LimitedKind, address: string): Promise<void> {
  await limiter(kind).penalty(address, 1);
}

/**
 * The address a request came from. Next adds the peer's address last to X-Forwarded-For; each trusted proxy
 * in front (DEKOM_PROXY_HOPS) adds one more, so the client is that many places from the end. What a client
 * writes itself further left is not believed.
 */
export function clientAddress(headers: Headers, proxyHops: number): string {
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  return hops[hops.length - 1 - proxyHops] ?? hops[0] ?? "unknown";
}

/** Only for unit tests, which have no database: count in memory, from zero. */
export function useMemoryLimits() {
  store = "memory";
  limiters.clear();
}

/** The address of the request being handled (pages, server actions, route handlers). */
export async function requestAddress(): Promise<string> {
  return clientAddress(await headers(), env().DEKOM_PROXY_HOPS);
}

/**
 * A check that guessing could get through (a sign-in, an invitation link), with its refusals counted for
 * the request's address: while the address is limited the check is not run and `whenLimited` is the
 * answer; otherwise a result that `refused` says is a refusal counts one more.
 */
export async function limitedCheck<T>(kind: LimitedKind, check: () => Promise<T>, refused: (result: T) => boolean, whenLimited: T): Promise<T> {
  const address = await requestAddress();
  if (await isLimited(kind, address)) return whenLimited;
  const result = await check();
  if (refused(result)) await countRefusal(kind, address);
  return result;
}
