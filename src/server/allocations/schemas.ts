import { z } from "zod";
import { parseCount, parseKeyPercent } from "@/domain/money";
import { msg } from "@/i18n/server-text";
import { moneyProblemText } from "@/lib/messages/money";
import { id, isoDate, kroner, optional, percent, positiveKroner, schemeId, text, version, year } from "../form-fields";

export const recordGrantSchema = z.object({
  countyId: id,
  /** The scheme the grant belongs to: every grant is one scheme's money. */
  schemeId,
  year,
  amount: kroner,
  receivedOn: isoDate,
  letterRef: text(2, 200, () => msg("allocations.zod.letterRef")),
  networkShare: percent,
  /** Only when the network share is below the county's maximum: the agreement that raised UH's share. */
  agreedBy: optional(text(2, 200, () => msg("allocations.zod.agreedBy"))),
  agreedOn: optional(isoDate),
  agreementRef: optional(text(2, 200, () => msg("allocations.zod.agreementRef"))),
  /** The grant's version as read; 0 when none was recorded yet. */
  version,
});

export const decideSchema = z
  .object({
    allocationId: id,
    version,
    decision: z.enum(["approve", "reject", "reopen"], { error: () => msg("allocations.zod.unknownDecision") }),
    reason: optional(z.string().trim().max(1000, { error: () => msg("allocations.zod.reasonMax") })),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "reject" && (v.reason ?? "").length < 5) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: msg("allocations.zod.reasonMin") });
    }
  });

/** "allocationId:version" for every allocation the user saw waiting. */
export const approveAllSchema = z.object({
  grantId: id,
  items: z
    .array(z.string().regex(/^[a-z0-9]{20,40}:\d+$/i, { error: () => msg("allocations.zod.invalidList") }), { error: () => msg("allocations.zod.noneToApprove") })
    .min(1, { error: () => msg("allocations.zod.noneWaiting") })
    .max(100, { error: () => msg("allocations.zod.tooMany") }),
});

export const payoutSchema = z.object({
  allocationId: id,
  version,
  paidOn: isoDate,
  reference: text(2, 200, () => msg("allocations.zod.paymentRef")),
});

export const keySchema = z.object({
  periodId: id,
  schemeId,
  /** The key the user saw as current ("" when there was none): a key registered meanwhile is not overwritten. */
  basedOnKeyId: optional(id),
  fromYear: year,
  decisionRef: text(2, 200, () => msg("allocations.zod.keyDecision")),
  decidedOn: isoDate,
  basis: z.enum(["PERCENT", "TEACHERS", "SCHOOLS", "PUPILS"], { error: () => msg("allocations.zod.chooseBasis") }).default("PERCENT"),
  shares: z.array(z.object({ regionId: id, value: z.string({ error: () => msg("allocations.zod.valuePerRegion") }) })).min(1, { error: () => msg("allocations.zod.oneRegion") }),
}).transform((v, ctx) => {
  // Each region's value read as the basis says: a percentage with up to four decimals, or a whole count.
  const shares: { regionId: string; weight: number }[] = [];
  for (const s of v.shares) {
    const parsed = v.basis === "PERCENT" ? parseKeyPercent(s.value) : parseCount(s.value);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", path: ["shares"], message: msg("allocations.zod.badValue", { value: s.value, problem: moneyProblemText(parsed.problem) }) });
      return z.NEVER;
    }
    shares.push({ regionId: s.regionId, weight: parsed.value });
  }
  return { ...v, shares };
});

export const coFinancingSchema = z.object({
  schoolOwnerId: id,
  schemeId,
  year,
  kind: z.enum(["PENGER", "LONN", "FRIKJOP"], { error: () => msg("allocations.zod.chooseKind") }),
  amount: positiveKroner,
  description: text(2, 300, () => msg("allocations.zod.coFinancingWhat")),
});

export const correctCoFinancingSchema = z.object({
  coFinancingId: id,
  version,
  kind: z.enum(["PENGER", "LONN", "FRIKJOP"], { error: () => msg("allocations.zod.chooseKind") }),
  amount: positiveKroner,
  description: text(2, 300, () => msg("allocations.zod.coFinancingWhat")),
});

export const withdrawCoFinancingSchema = z.object({
  coFinancingId: id,
  version,
  reason: text(5, 500, () => msg("allocations.zod.withdrawWhy")),
});
