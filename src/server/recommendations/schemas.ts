import { msg } from "@/i18n/server-text";
import { z } from "zod";
import { id, text, version, year, schemeId } from "../form-fields";

export const assembleSchema = z.object({ countyId: id, schemeId, year, version });
export const textSchema = z.object({
  recommendationId: id,
  version,
  intro: z.string().trim().max(5000, { error: () => msg("recommendations.zod.textMax", { max: 5000 }) }).default(""),
  /** regionId → the note shown with the region. */
  notes: z.record(id, z.string().trim().max(3000, { error: () => msg("recommendations.zod.textMax", { max: 3000 }) })).default({}),
});
export const commentSchema = z.object({ recommendationId: id, text: text(2, 2000, "kommentaren") });
export const adoptRecommendationSchema = z.object({ recommendationId: id, version, caseId: id });
