import { msg } from "@/i18n/server-text";
import { z } from "zod";
import { id, version } from "../form-fields";

export const configureArchiveSchema = z.object({
  countyId: id,
  version,
  url: z.string({ error: () => msg("archive.zod.url") }).trim().max(500, { error: () => msg("archive.zod.urlMax") }),
  token: z.string().trim().max(4000, { error: () => msg("archive.zod.tokenMax") }).optional().default(""),
});
export const retryArchiveSchema = z.object({ copyId: id });
export const markArchivedSchema = z.object({ countyId: id, upTo: z.iso.datetime({ error: () => msg("archive.zod.time") }).transform((s) => new Date(s)) });
