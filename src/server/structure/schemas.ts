import { z } from "zod";
import { isValidOrgNumber, normalizeOrgNumber } from "@/domain/orgnr";
import { id, optional, percent, text, version as baseVersion } from "../form-fields";
import { LOCALES } from "@/i18n/config";
import { msg } from "@/i18n/server-text";

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

/** Lines of a textarea, trimmed, empty ones left out. */
const lines = (what: string, maxItems: number) =>
  z.string({ error: `Skriv ${what}.` }).transform((v) => v.split(/\r?\n/).map((l) => l.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(300, "Hver linje kan ha høyst 300 tegn.")).max(maxItems, `Skriv høyst ${maxItems} linjer.`));

const periodYear = z.coerce.number({ error: "Skriv et årstall." }).int("Skriv et årstall.").min(2000, "Skriv et år fra 2000.").max(2100, "Skriv et år før 2100.");

export const SUBGOAL_SLOTS = [1, 2, 3, 4, 5] as const;

export const periodSchema = z.object({
  countyId: id,
  periodId: z.preprocess((v) => (v === "" ? undefined : v), id.optional()),
  version: z.preprocess((v) => (v === "" ? undefined : v), baseVersion.optional()),
  name: z.string({ error: "Skriv periodens navn." }).trim().min(3, "Skriv periodens navn (minst 3 tegn).").max(150, "Navnet kan ha høyst 150 tegn."),
  startYear: periodYear,
  endYear: periodYear,
  purposes: lines("hva strategien skal bidra til", 20),
  priorityAreas: lines("satsingsområdene", 20).refine((a) => a.length > 0, "Skriv minst ett satsingsområde, ett per linje."),
  ...Object.fromEntries(SUBGOAL_SLOTS.flatMap((n) => [
    [`goal${n}Title`, z.string().trim().max(200, "Tittelen kan ha høyst 200 tegn.").default("")],
    [`goal${n}Summary`, z.string().trim().max(2000, "Teksten kan ha høyst 2000 tegn.").default("")],
    [`goal${n}Strategies`, lines("strategiene", 20).default([])],
  ])) as Record<`goal${1 | 2 | 3 | 4 | 5}${"Title" | "Summary"}`, z.ZodDefault<z.ZodString>> & Record<`goal${1 | 2 | 3 | 4 | 5}Strategies`, z.ZodDefault<ReturnType<typeof lines>>>,
});

export const periodRefSchema = z.object({ periodId: id, version: baseVersion });
export const copyPeriodSchema = z.object({ countyId: id });

export const countySettingsSchema = z.object({
  countyId: id,
  version: baseVersion,
  name: z.string({ error: "Skriv fylkets navn." }).trim().min(2, "Skriv fylkets navn (minst 2 tegn).").max(80, "Navnet kan ha høyst 80 tegn."),
  forumName: z.string({ error: "Skriv navnet på samarbeidsforumet." }).trim().min(5, "Skriv navnet på samarbeidsforumet.").max(150, "Navnet kan ha høyst 150 tegn."),
  governorName: z.string({ error: "Skriv navnet på statsforvalterembetet." }).trim().min(5, "Skriv navnet på statsforvalterembetet.").max(120, "Navnet kan ha høyst 120 tegn."),
  networkShare: percent,
  deadlineDay: z.coerce.number({ error: "Skriv en dag." }).int("Skriv en dag (1–31).").min(1, "Skriv en dag (1–31).").max(31, "Skriv en dag (1–31)."),
  deadlineMonth: z.coerce.number({ error: "Velg en måned." }).int("Velg en måned.").min(1, "Velg en måned.").max(12, "Velg en måned."),
  /** The behovsmelding's deadline; absent from an older form, the county keeps the one it has. */
  needsDeadlineDay: optional(z.coerce.number({ error: "Skriv en dag." }).int("Skriv en dag (1–31).").min(1, "Skriv en dag (1–31).").max(31, "Skriv en dag (1–31).")),
  needsDeadlineMonth: optional(z.coerce.number({ error: "Velg en måned." }).int("Velg en måned.").min(1, "Velg en måned.").max(12, "Velg en måned.")),
  /** The written standard of Statsforvalteren's decisions; absent from an older form, the county keeps its own. */
  language: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(LOCALES, { error: () => msg("forumLanguage.choose") }).optional()),
  reminderDays: z.string({ error: "Skriv påminnelsesdagene." }).transform((v, ctx) => {
    const parts = v.split(/[,;\s]+/).filter(Boolean);
    if (parts.some((p) => !/^\d{1,3}$/.test(p))) {
      ctx.addIssue({ code: "custom", message: "Skriv dagene som hele tall skilt med komma, for eksempel «30, 7, 1»." });
      return z.NEVER;
    }
    return parts.map(Number);
  }),
});

export const updateRegionSchema = createRegionSchema.omit({ countyId: true }).extend({ regionId: id });

const ownerName = z.string({ error: "Skriv skoleeierens navn." }).trim().min(2, "Skriv skoleeierens navn (minst 2 tegn).").max(120, "Navnet kan ha høyst 120 tegn.");
export const addOwnerSchema = z.object({
  regionId: id,
  name: ownerName,
  kind: z.enum(["KOMMUNE", "FYLKESKOMMUNE", "PRIVAT"], { error: "Velg hva slags skoleeier det er." }),
  orgNumber: orgNumberSchema,
});

export const addSchoolSchema = z.object({
  ownerId: id,
  name: z.string({ error: "Skriv skolens navn." }).trim().min(2, "Skriv skolens navn (minst 2 tegn).").max(120, "Navnet kan ha høyst 120 tegn."),
  orgNumber: z.preprocess((v) => (v === "" ? undefined : v), orgNumberSchema.optional()),
});

export const createForumSchema = z.object({ countyId: id, regionId: z.preprocess((v) => (v === "" ? undefined : v), id.optional()) });
export const addForumMemberSchema = z.object({
  forumId: id,
  name: z.string({ error: "Skriv navnet." }).trim().min(2, "Skriv navnet (minst 2 tegn).").max(120, "Navnet kan ha høyst 120 tegn."),
  organisation: z.string({ error: "Skriv hvem medlemmet representerer." }).trim().min(2, "Skriv hvem medlemmet representerer.").max(120, "Teksten kan ha høyst 120 tegn."),
  title: z.string().trim().max(120, "Teksten kan ha høyst 120 tegn.").default(""),
  kind: z.enum(["KOMMUNE", "PPD", "HTV", "RKK", "UH", "STATSFORVALTER", "KS", "REGION"], { error: "Velg hva medlemmet representerer." }),
  schoolOwnerId: z.preprocess((v) => (v === "" ? undefined : v), id.optional()),
  position: z.enum(["LEDER", "NESTLEDER", "MEDLEM"], { error: "Velg en rolle i forumet." }),
  holdsVote: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
});
export const removeForumMemberSchema = z.object({ memberId: id });

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
const blankAsUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const forumRulesSchema = z.object({
  forumId: id,
  version,
  voteUnit: z.enum(["MUNICIPALITY", "MEMBER"], { error: "Velg hvem som stemmer." }),
  leaderBreaksTie: checkbox,
  requiresConsensusFailure: checkbox,
  governorHasFinalSay: checkbox,
  quorum: z.preprocess(blankAsUndefined, z.coerce.number({ error: "Skriv et helt tall, eller la feltet stå tomt." }).int("Skriv et helt tall.").min(1, "Minst 1.").max(100, "Høyst 100.").optional()),
  /** Left out: the forum keeps its written standard. */
  language: z.preprocess(blankAsUndefined, z.enum(LOCALES, { error: () => msg("forumLanguage.choose") }).optional()),
});
export const updateForumMemberSchema = z.object({
  memberId: id,
  position: z.enum(["LEDER", "NESTLEDER", "MEDLEM"], { error: "Velg en rolle i forumet." }),
  userId: z.preprocess(blankAsUndefined, id.optional()),
  holdsVote: checkbox,
});
export const createCommitteeSchema = z.object({
  forumId: id,
  kind: z.enum(["AUS", "AUB"], { error: "Velg arbeidsutvalg." }),
  mandate: z.string({ error: "Skriv mandatet." }).trim().min(5, "Skriv mandatet (minst 5 tegn).").max(1000, "Mandatet kan ha høyst 1000 tegn."),
});
export const addCommitteeMemberSchema = z.object({
  committeeId: id,
  forumMemberId: id,
  function: z.string({ error: "Skriv funksjonen." }).trim().min(2, "Skriv funksjonen, for eksempel «Leder» eller «Sekretær».").max(120, "Teksten kan ha høyst 120 tegn."),
});
export const removeCommitteeMemberSchema = z.object({ committeeMemberId: id });

export const moveOwnerSchema = z.object({ schoolOwnerId: id, regionId: id, periodId: id });

/** A kindergarten of an owner in the region (REKOM), typed in by hand; the orgnr and the number of children are optional. */
export const addKindergartenSchema = z.object({
  ownerId: id,
  name: text(2, 120, () => msg("kindergartens.what")),
  orgNumber: z.preprocess((v) => (v === "" ? undefined : v), orgNumberSchema.optional()),
  children: z.preprocess(blankAsUndefined, z.coerce.number({ error: () => msg("kindergartens.childrenInvalid") }).int({ error: () => msg("kindergartens.childrenInvalid") })
    .min(0, { error: () => msg("kindergartens.childrenInvalid") }).max(1000, { error: () => msg("kindergartens.childrenInvalid") }).optional()),
});

const ids = z.preprocess((v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(id).max(500));
/** A new development group of an owner: its kind, name and (for SKUT / kindergarten groups) the units it serves. */
export const createGroupSchema = z.object({
  ownerId: id,
  kind: z.enum(["SUT", "SKUT", "BARNEHAGE"], { error: () => msg("groupsNew.chooseKind") }),
  name: text(3, 120, () => msg("groupsNew.what")),
  schoolIds: ids,
  kindergartenIds: ids,
});
