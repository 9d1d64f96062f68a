import type { Prisma } from "@/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export type AuditInput = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

// Money is bigint (øre); JSON has no bigint, so it is stored as a string of øre.
const asJson = (v: unknown) =>
  v === undefined || v === null
    ? undefined
    : (JSON.parse(JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? x.toString() : x))) as Prisma.InputJsonValue);

/** Writes one audit entry. Call it inside the same transaction as the change it records. */
export async function recordAudit(tx: Tx, entry: AuditInput): Promise<void> {
  await tx.auditEntry.create({
    data: { actorId: entry.actorId, action: entry.action, entityType: entry.entityType, entityId: entry.entityId,
      before: asJson(entry.before), after: asJson(entry.after) },
  });
}
