import { z } from "zod";
import { msg } from "@/i18n/server-text";
import { MAX_FIELD_CHARS } from "@/domain/evaluation";
import { id, isoDate, text, version, year, schemeId } from "../form-fields";

export const REGION_FIELDS = ["effect", "process", "structure", "moneyUse", "participation"] as const;
export const DIMENSIONS = ["effect", "process", "structure"] as const;

const long = z.string({ error: () => msg("zod.missingText") }).max(MAX_FIELD_CHARS, { error: () => msg("zod.fieldMax", { max: MAX_FIELD_CHARS }) });

/** One field: a region-wide field, or "measure:<measureId>:<dimension>". `base` is the value the editor last saw. */
export const saveFieldSchema = z.object({
  evaluationId: id,
  field: z.string().regex(new RegExp(`^(${REGION_FIELDS.join("|")})$|^measure:[a-z0-9]{20,40}:(${DIMENSIONS.join("|")})$`), { error: () => msg("zod.unknownField") }),
  base: long,
  value: long,
});

export const evaluationRefSchema = z.object({ evaluationId: id, version });
export const returnSchema = evaluationRefSchema.extend({ comment: text(5, 4000, () => msg("evaluation.messages.returnWhat")) });
export const extensionSchema = z.object({ regionId: id, schemeId, year, until: isoDate, reason: text(5, 1000, () => msg("evaluation.messages.extensionWhat")) });
export const conclusionSchema = z.object({
  countyId: id,
  schemeId,
  year,
  adjustStrategy: z.enum(["ja", "nei"], { error: () => msg("evaluation.conclusion.chooseAdjust") }).transform((v) => v === "ja"),
  reasoning: text(10, 4000, () => msg("evaluation.conclusion.reasoningWhat")),
});

export const startEvaluationSchema = z.object({ regionId: id, schemeId, year });
