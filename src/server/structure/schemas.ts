import { z } from "zod";
import { isValidOrgNumber, normalizeOrgNumber } from "@/domain/orgnr";
import { id, version as baseVersion } from "../form-fields";

// Input schemas of the structure actions, shared with their forms. Messages are Norwegian.
const version = baseVersion.refine((v) => v > 0, "Ugyldig versjon.");

export const groupRoleSchema = z.enum(
  ["SKOLEEIER", "SKOLELEDER", "HTV", "SKOLEUTVIKLER", "PTV", "RESSURSLAERER", "NETTVERKSDELTAKER"],
  { error: "Velg en rolle fra listen." },
);

export const addGroupMemberSchema = z.object({
  groupId: id,
  version,
  name: z
    .string({ error: "Skriv navnet til medlemmet." })
    .trim()
    .min(2, "Navnet må ha minst 2 tegn.")
    .max(120, "Navnet kan ha høyst 120 tegn.")
    .regex(/^[\p{L}\p{M} .'\-]+$/u, "Navnet kan bare inneholde bokstaver, mellomrom, bindestrek og apostrof."),
  role: groupRoleSchema,
});

export const removeGroupMemberSchema = z.object({ groupId: id, version, memberId: id });

/** Organisasjonsnummer as typed ("974 760 673"), checked by its mod-11 check digit. */
export const orgNumberSchema = z
  .string({ error: "Skriv organisasjonsnummeret." })
  .refine((v) => normalizeOrgNumber(v) !== null, "Organisasjonsnummeret må ha 9 sifre.")
  .refine((v) => normalizeOrgNumber(v) === null || isValidOrgNumber(v), "Organisasjonsnummeret har feil kontrollsiffer.")
  .transform((v) => normalizeOrgNumber(v)!);

export const createRegionSchema = z.object({
  countyId: id,
  name: z.string({ error: "Skriv regionens navn." }).trim().min(2, "Skriv regionens navn (minst 2 tegn).").max(80, "Navnet kan ha høyst 80 tegn.")
    .regex(/^[\p{L}\p{M}\d .'\-]+$/u, "Navnet kan bare inneholde bokstaver, tall, mellomrom og bindestrek."),
  coordinator: z.string({ error: "Skriv hvem som koordinerer regionen." }).trim().min(2, "Skriv hvem som koordinerer regionen, for eksempel et regionalt kompetansekontor.").max(120, "Teksten kan ha høyst 120 tegn."),
  uhPartner: z.string({ error: "Skriv regionens UH-partner." }).trim().min(2, "Skriv regionens UH-partner (universitet eller høgskole).").max(120, "Teksten kan ha høyst 120 tegn."),
});
