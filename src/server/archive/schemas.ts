import { z } from "zod";
import { id, version } from "../form-fields";

export const configureArchiveSchema = z.object({
  countyId: id,
  version,
  url: z.string({ error: "Skriv adressen til arkivdelen." }).trim().max(500, "Adressen kan ha høyst 500 tegn."),
  token: z.string().trim().max(4000, "Nøkkelen kan ha høyst 4000 tegn.").optional().default(""),
});
export const retryArchiveSchema = z.object({ copyId: id });
export const markArchivedSchema = z.object({ countyId: id, upTo: z.iso.datetime({ error: "Ugyldig tidspunkt." }).transform((s) => new Date(s)) });
