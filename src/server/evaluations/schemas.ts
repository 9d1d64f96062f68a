import { z } from "zod";
import { MAX_FIELD_CHARS } from "@/domain/evaluation";
import { id, isoDate, text, version, year, schemeId } from "../form-fields";

export const REGION_FIELDS = ["effect", "process", "structure", "moneyUse", "participation"] as const;
export const DIMENSIONS = ["effect", "process", "structure"] as const;

const long = z.string({ error: "Mangler tekst." }).max(MAX_FIELD_CHARS, `Feltet kan ha høyst ${MAX_FIELD_CHARS.toLocaleString("nb-NO")} tegn.`);

/** One field: a region-wide field, or "measure:<measureId>:<dimension>". `base` is the value the editor last saw. */
export const saveFieldSchema = z.object({
  evaluationId: id,
  field: z.string().regex(new RegExp(`^(${REGION_FIELDS.join("|")})$|^measure:[a-z0-9]{20,40}:(${DIMENSIONS.join("|")})$`), "Ukjent felt."),
  base: long,
  value: long,
});

export const evaluationRefSchema = z.object({ evaluationId: id, version });
export const returnSchema = evaluationRefSchema.extend({ comment: text(5, 4000, "hva som må rettes") });
export const extensionSchema = z.object({ regionId: id, year, until: isoDate, reason: text(5, 1000, "begrunnelsen for utsettelsen") });
export const conclusionSchema = z.object({
  countyId: id,
  year,
  adjustStrategy: z.enum(["ja", "nei"], { error: "Velg om strategien skal justeres." }).transform((v) => v === "ja"),
  reasoning: text(10, 4000, "forumets begrunnelse"),
});

export const startEvaluationSchema = z.object({ regionId: id, schemeId, year });
