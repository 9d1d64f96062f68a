import { z } from "zod";
import { id, isoDate, optional, text, version } from "../form-fields";

export const NETWORK_KINDS = ["SKOLELEDERNETTVERK", "SFO_LEDERNETTVERK", "DIGITAL_KOMPETANSE", "FAGSAMLINGER", "SKOLEBASERT_TILTAK"] as const;

export const networkSchema = z.object({
  regionId: id,
  /** Absent when a new network is created. */
  networkId: optional(id),
  version,
  name: text(3, 200, "nettverkets navn"),
  kind: z.enum(NETWORK_KINDS, { error: "Velg hva slags nettverk det er." }),
  targetGroup: text(3, 300, "hvem nettverket er for"),
  rhythm: text(3, 300, "hvor ofte nettverket samles"),
  inDekom: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
});

/** A school (schoolId) or a named person (label), not both. */
export const participantSchema = z
  .object({ networkId: id, version, schoolId: optional(id), label: optional(text(2, 200, "navnet på deltakeren")) })
  .refine((v) => !!v.schoolId !== !!v.label, { path: ["schoolId"], message: "Velg en skole, eller skriv navnet på en deltaker." });

export const removeParticipantSchema = z.object({ participantId: id, version });

const part = z.string().trim().max(2000, "Teksten kan ha høyst 2000 tegn.").default("");

export const gatheringSchema = z.object({
  networkId: id,
  gatheringId: optional(id),
  version,
  title: text(3, 200, "hva samlingen heter"),
  date: isoDate,
  days: z.coerce.number({ error: "Skriv antall dager." }).int("Skriv antall dager som et helt tall.").min(1, "En samling varer minst én dag.").max(10, "En samling kan vare i høyst 10 dager."),
  place: text(2, 200, "hvor samlingen holdes"),
  faglige: part, innblikk: part, erfaring: part, veienVidere: part,
});

export const attendanceSchema = z.object({
  gatheringId: id,
  version,
  present: z.array(id, { error: "Ugyldig deltakerliste." }).max(500, "For mange deltakere."),
});

export const confirmSchema = z.object({
  participantId: id,
  criterionIds: z.array(id, { error: "Ugyldig valg av kriterier." }).max(50, "For mange kriterier."),
});
