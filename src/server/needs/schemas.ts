import { msg } from "@/i18n/server-text";
import { z } from "zod";
import { id, isoDate, optional, text, version, year, schemeId } from "../form-fields";

export const needsLineSchema = z.object({
  schoolOwnerId: id,
  schemeId,
  year,
  /** The behovsmelding's version as read; 0 when the owner has none for the year yet. */
  version,
  priorityAreaId: id,
  targetGroup: text(3, 300, () => msg("needs.zod.targetGroup")),
  staffCount: z.coerce.number({ error: () => msg("needs.zod.staffMissing") }).int({ error: () => msg("needs.zod.staffWhole") }).min(1, { error: () => msg("needs.zod.staffMin") }).max(100_000, { error: () => msg("needs.zod.staffMax") }),
  measureKind: z.enum(["NETTVERK", "SKOLEBASERT", "KURS", "VEILEDNING", "ANNET"], { error: () => msg("needs.zod.chooseKind") }),
  uhPartner: optional(text(2, 200, "UH-partneren")),
  fromYear: year,
  toYear: year,
});

export const removeNeedsLineSchema = z.object({ lineId: id, version });
export const submitNeedsSchema = z.object({ schoolOwnerId: id, schemeId, year, version });
export const needsExtensionSchema = z.object({ schoolOwnerId: id, schemeId, year, until: isoDate, reason: text(5, 500, () => msg("needs.zod.reason")) });
