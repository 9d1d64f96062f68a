import { z } from "zod";
import { id, optional, text, version } from "../form-fields";

export const openRoundSchema = z.object({
  caseId: id,
  version,
  minutes: z.coerce.number({ error: "Velg hvor lenge avstemningen skal være åpen." }).int().min(1, "Minst 1 minutt.").max(7 * 24 * 60, "Høyst en uke."),
  consensusFailedNote: optional(text(5, 1000, "hva forumet ikke ble enige om")),
});

/** "avstar" is an explicit abstention. */
export const ballotSchema = z.object({ roundId: id, choice: z.union([id, z.literal("avstar")], { error: "Velg et forslag, eller at du avstår." }) });

export const closeRoundSchema = z.object({ roundId: id });

export const committeeDecisionSchema = z.object({ caseId: id, version, proposalId: id });

export const finalSaySchema = z.object({ caseId: id, version, proposalId: id, reason: text(10, 2000, "begrunnelsen for avgjørelsen") });

/** A new case on a meeting's agenda. Proposals are written one per line. */
export const createCaseSchema = z.object({
  meetingId: id,
  number: text(1, 20, "saksnummeret"),
  title: text(3, 200, "tittelen på saken"),
  description: text(5, 4000, "en beskrivelse av saken"),
  kind: z.enum(["ORDINAR", "PRINSIPIELL", "OKONOMISK"], { error: "Velg hva slags sak det er." }),
  proposals: z
    .string({ error: "Skriv forslagene, ett per linje." })
    .transform((v) => v.split(/\r?\n/).map((l) => l.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(500, "Et forslag kan ha høyst 500 tegn.")).min(2, "Skriv minst to forslag, ett per linje.").max(10, "Høyst 10 forslag.")),
});
