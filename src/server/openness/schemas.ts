import { msg } from "@/i18n/server-text";
import { z } from "zod";
import { id, text } from "../form-fields";

const kind = z.enum(["EVALUATION", "PLAN", "RECOMMENDATION"], { error: () => msg("opennessAdmin.zod.kind") });
export const withholdSchema = z.object({ kind, documentId: id, reason: text(5, 500, () => msg("opennessAdmin.zod.reason")) });
export const releaseSchema = z.object({ kind, documentId: id });
