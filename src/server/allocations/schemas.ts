import { z } from "zod";
import { parseCount, parseKeyPercent } from "@/domain/money";
import { id, isoDate, kroner, optional, percent, positiveKroner, schemeId, text, version, year } from "../form-fields";

export const recordGrantSchema = z.object({
  countyId: id,
  /** The scheme the grant belongs to: every grant is one scheme's money. */
  schemeId,
  year,
  amount: kroner,
  receivedOn: isoDate,
  letterRef: text(2, 200, "referansen til tildelingsbrevet"),
  networkShare: percent,
  /** Only when the network share is below the county's maximum: the agreement that raised UH's share. */
  agreedBy: optional(text(2, 200, "hvem som inngikk avtalen")),
  agreedOn: optional(isoDate),
  agreementRef: optional(text(2, 200, "vedtaket avtalen bygger på")),
  /** The grant's version as read; 0 when none was recorded yet. */
  version,
});

export const decideSchema = z
  .object({
    allocationId: id,
    version,
    decision: z.enum(["approve", "reject", "reopen"], { error: "Ukjent handling." }),
    reason: optional(z.string().trim().max(1000, "Begrunnelsen kan ha høyst 1000 tegn.")),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "reject" && (v.reason ?? "").length < 5) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Skriv en begrunnelse for avvisningen (minst 5 tegn)." });
    }
  });

/** "allocationId:version" for every allocation the user saw waiting. */
export const approveAllSchema = z.object({
  grantId: id,
  items: z
    .array(z.string().regex(/^[a-z0-9]{20,40}:\d+$/i, "Ugyldig liste."), { error: "Ingen tildelinger å godkjenne." })
    .min(1, "Ingen tildelinger venter på godkjenning.")
    .max(100, "For mange tildelinger på én gang."),
});

export const payoutSchema = z.object({
  allocationId: id,
  version,
  paidOn: isoDate,
  reference: text(2, 200, "betalingsreferansen"),
});

export const keySchema = z.object({
  periodId: id,
  schemeId,
  /** The key the user saw as current ("" when there was none): a key registered meanwhile is not overwritten. */
  basedOnKeyId: optional(id),
  fromYear: year,
  decisionRef: text(2, 200, "vedtaket i samarbeidsforumet"),
  decidedOn: isoDate,
  basis: z.enum(["PERCENT", "TEACHERS", "SCHOOLS", "PUPILS"], { error: "Velg hva nøkkelen bygger på." }).default("PERCENT"),
  shares: z.array(z.object({ regionId: id, value: z.string({ error: "Skriv en verdi for hver region." }) })).min(1, "Nøkkelen må ha minst én region."),
}).transform((v, ctx) => {
  // Each region's value read as the basis says: a percentage with up to four decimals, or a whole count.
  const shares: { regionId: string; weight: number }[] = [];
  for (const s of v.shares) {
    const parsed = v.basis === "PERCENT" ? parseKeyPercent(s.value) : parseCount(s.value);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", path: ["shares"], message: `«${s.value}»: ${parsed.message}` });
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
  kind: z.enum(["PENGER", "LONN", "FRIKJOP"], { error: "Velg om egenandelen er penger, lønn eller frikjøp." }),
  amount: positiveKroner,
  description: text(2, 300, "hva egenandelen består av"),
});

export const correctCoFinancingSchema = z.object({
  coFinancingId: id,
  version,
  kind: z.enum(["PENGER", "LONN", "FRIKJOP"], { error: "Velg om egenandelen er penger, lønn eller frikjøp." }),
  amount: positiveKroner,
  description: text(2, 300, "hva egenandelen består av"),
});

export const withdrawCoFinancingSchema = z.object({
  coFinancingId: id,
  version,
  reason: text(5, 500, "hvorfor egenandelen trekkes tilbake"),
});
