import { z } from "zod";
import { id, isoDate, optional, text, version, year, schemeId } from "../form-fields";

export const needsLineSchema = z.object({
  schoolOwnerId: id,
  schemeId,
  year,
  /** The behovsmelding's version as read; 0 when the owner has none for the year yet. */
  version,
  priorityAreaId: id,
  targetGroup: text(3, 300, "hvem behovet gjelder"),
  staffCount: z.coerce.number({ error: "Skriv antall ansatte." }).int("Skriv antall ansatte som et helt tall.").min(1, "Skriv minst 1.").max(100_000, "Antallet er urimelig stort. Sjekk at det er skrevet riktig."),
  measureKind: z.enum(["NETTVERK", "SKOLEBASERT", "KURS", "VEILEDNING", "ANNET"], { error: "Velg hva slags tiltak som trengs." }),
  uhPartner: optional(text(2, 200, "UH-partneren")),
  fromYear: year,
  toYear: year,
});

export const removeNeedsLineSchema = z.object({ lineId: id, version });
export const submitNeedsSchema = z.object({ schoolOwnerId: id, schemeId, year, version });
export const needsExtensionSchema = z.object({ schoolOwnerId: id, year, until: isoDate, reason: text(5, 500, "en begrunnelse") });
