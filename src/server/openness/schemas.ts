import { z } from "zod";
import { id, text } from "../form-fields";

const kind = z.enum(["EVALUATION", "PLAN", "RECOMMENDATION"], { error: "Ukjent dokumenttype." });
export const withholdSchema = z.object({ kind, documentId: id, reason: text(5, 500, "begrunnelsen for å holde dokumentet tilbake") });
export const releaseSchema = z.object({ kind, documentId: id });
