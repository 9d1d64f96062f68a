import type { Prisma } from "@/generated/prisma/client";
import { errors } from "@/lib/messages";
import type { ActionResult } from "./action-result";

export type Tx = Prisma.TransactionClient;

/** Thrown inside a transaction to refuse: the transaction rolls back and the user gets the result. */
export class Refusal extends Error {
  constructor(readonly result: { ok: false; message: string; fieldErrors?: Record<string, string[]> }) {
    super(result.message);
  }
}
export const refuse = (message: string, fieldErrors?: Record<string, string[]>) => new Refusal({ ok: false, message, fieldErrors });

/** Runs the work; a Refusal, or two people creating the same row at once, becomes a clear result. */
export async function refusable<T>(work: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Refusal) return error.result;
    if ((error as { code?: string }).code === "P2002") return { ok: false, message: errors.concurrentCreate };
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
