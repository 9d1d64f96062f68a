import type { z } from "zod";
import type { Actor } from "@/domain/authorization";
import type { Prisma } from "@/generated/prisma/client";
import { errors } from "@/i18n/server-text";
import { invalid, type ActionResult } from "./action-result";
import type { Db } from "./prisma-client";

export type Tx = Prisma.TransactionClient;

/** Thrown inside a transaction to refuse: the transaction rolls back and the user gets the result. */
export class Refusal extends Error {
  constructor(readonly result: { ok: false; message: string; fieldErrors?: Record<string, string[]> }) {
    super(result.message);
  }
}
export const refuse = (message: string, fieldErrors?: Record<string, string[]>) => new Refusal({ ok: false, message, fieldErrors });

/**
 * The input with NUL characters removed from every string: PostgreSQL cannot store them, and no one types
 * them, so they are dropped before validation instead of failing the write with a server error.
 */
export function withoutNul(value: unknown): unknown {
  if (typeof value === "string") return value.includes("\u0000") ? value.replaceAll("\u0000", "") : value;
  if (Array.isArray(value)) return value.map(withoutNul);
  // Plain objects, also those made without a prototype (as a decoded request can be).
  const proto = value && typeof value === "object" ? Object.getPrototypeOf(value) : undefined;
  if (value && typeof value === "object" && (proto === Object.prototype || proto === null)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutNul(v)]));
  }
  return value;
}

/** Runs the work; a Refusal, or two people creating the same row at once, becomes a clear result. */
export async function refusable<R>(work: () => Promise<R>): Promise<R | Refusal["result"]> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Refusal) return error.result;
    if ((error as { code?: string }).code === "P2002") return { ok: false, message: errors.concurrentCreate };
    // The row went away between reading and writing (two removals at once): the second is told, not a 500.
    if ((error as { code?: string }).code === "P2025") return { ok: false, message: errors.notFound };
    throw error;
  }
}

/** Bumps a row's version if it is still the one the user read; otherwise refuses with `message`. */
export async function claimVersion(
  table: { updateMany: (args: { where: { id: string; version: number }; data: { version: { increment: number } } }) => Promise<{ count: number }> },
  id: string,
  version: number,
  message: string = errors.staleVersion,
) {
  const { count } = await table.updateMany({ where: { id, version }, data: { version: { increment: 1 } } });
  if (count !== 1) throw refuse(message);
}

/**
 * The shape of every write: refuse the anonymous caller, validate the input with its zod schema, then run
 * the work (which authorizes against the loaded scope, applies the domain rule and writes with its audit
 * entry) in one transaction. A Refusal thrown by the work rolls everything back and becomes the result.
 * `now` is the server's clock; tests pass their own, production callers never do.
 */
export function guarded<S extends z.ZodType, T = undefined>(
  schema: S,
  work: (tx: Tx, actor: Actor, input: z.output<S>, now: Date) => Promise<ActionResult<T>>,
  options: { timeout?: number; summary?: "first-issue" } = {},
) {
  return async (db: Db, actor: Actor | null, raw: unknown, now: Date = new Date()): Promise<ActionResult<T>> => {
    if (!actor) return { ok: false, message: errors.notSignedIn };
    const parsed = schema.safeParse(withoutNul(raw));
    if (!parsed.success) return invalid(parsed.error, options.summary === "first-issue" ? parsed.error.issues[0]?.message : undefined);
    return refusable(() => db.$transaction((tx) => work(tx, actor, parsed.data, now), { timeout: options.timeout ?? 10_000 }));
  };
}
