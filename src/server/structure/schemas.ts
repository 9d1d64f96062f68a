import { z } from "zod";
import { isValidOrgNumber, normalizeOrgNumber } from "@/domain/orgnr";
import { id, optional, percent, text, version as baseVersion } from "../form-fields";
import { LOCALES } from "@/i18n/config";
import { msg } from "@/i18n/server-text";

// Input schemas of the structure actions. Their messages are read from the catalogue ("structureZod") when a form is checked.
const version = baseVersion.refine((v) => v > 0, { error: () => msg("structureZod.invalidVersion") });

export const groupRoleSchema = z.enum(
  ["SKOLEEIER", "SKOLELEDER", "HTV", "SKOLEUTVIKLER", "PTV", "RESSURSLAERER", "NETTVERKSDELTAKER"],
  { error: () => msg("structureZod.chooseRole") },
);

export const addGroupMemberSchema = z.object({
  groupId: id,
  version,
  name: z
    .string({ error: () => msg("structureZod.memberName") })
    .trim()
    .min(2, { error: () => msg("structureZod.nameMin2") })
    .max(120, { error: () => msg("structureZod.nameMax120") })
    .regex(/^[\p{L}\p{M} .'\-]+$/u, { error: () => msg("structureZod.nameLetters") }),
  role: groupRoleSchema,
});

export const removeGroupMemberSchema = z.object({ groupId: id, version, memberId: id });

/** Organisasjonsnummer as typed ("974 760 673"), checked by its mod-11 check digit. */
export const orgNumberSchema = z
  .string({ error: () => msg("structureZod.orgWrite") })
  .refine((v) => normalizeOrgNumber(v) !== null, { error: () => msg("structureZod.orgDigits") })
  .refine((v) => normalizeOrgNumber(v) === null || isValidOrgNumber(v), { error: () => msg("structureZod.orgCheck") })
  .transform((v) => normalizeOrgNumber(v)!);

export const createRegionSchema = z.object({
  countyId: id,
  name: z.string({ error: () => msg("structureZod.regionName") }).trim().min(2, { error: () => msg("structureZod.regionNameMin") }).max(80, { error: () => msg("structureZod.nameMax80") })
    .regex(/^[\p{L}\p{M}\d .'\-]+$/u, { error: () => msg("structureZod.regionLetters") }),
  coordinator: z.string({ error: () => msg("structureZod.coordinator") }).trim().min(2, { error: () => msg("structureZod.coordinatorMin") }).max(120, { error: () => msg("structureZod.textMax120") }),
  uhPartner: z.string({ error: () => msg("structureZod.uhPartner") }).trim().min(2, { error: () => msg("structureZod.uhPartnerMin") }).max(120, { error: () => msg("structureZod.textMax120") }),
});

/** Lines of a textarea, trimmed, empty ones left out. */
const lines = (what: "purposes" | "priorityAreas" | "strategies", maxItems: number) =>
  z.string({ error: () => msg("structureZod.lines", { what: msg(`structureZod.what.${what}`) }) }).transform((v) => v.split(/\r?\n/).map((l) => l.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(300, { error: () => msg("structureZod.lineMax") })).max(maxItems, { error: () => msg("structureZod.linesMax", { max: maxItems }) }));

const periodYear = z.coerce.number({ error: () => msg("structureZod.year") }).int({ error: () => msg("structureZod.year") }).min(2000, { error: () => msg("structureZod.yearFrom") }).max(2100, { error: () => msg("structureZod.yearBefore") });

export const SUBGOAL_SLOTS = [1, 2, 3, 4, 5] as const;

export const periodSchema = z.object({
  countyId: id,
  periodId: z.preprocess((v) => (v === "" ? undefined : v), id.optional()),
  version: z.preprocess((v) => (v === "" ? undefined : v), baseVersion.optional()),
  name: z.string({ error: () => msg("structureZod.periodName") }).trim().min(3, { error: () => msg("structureZod.periodNameMin") }).max(150, { error: () => msg("structureZod.nameMax150") }),
  startYear: periodYear,
  endYear: periodYear,
  purposes: lines("purposes", 20),
  priorityAreas: lines("priorityAreas", 20).refine((a) => a.length > 0, { error: () => msg("structureZod.areasMin") }),
  ...Object.fromEntries(SUBGOAL_SLOTS.flatMap((n) => [
    [`goal${n}Title`, z.string().trim().max(200, { error: () => msg("structureZod.titleMax") }).default("")],
    [`goal${n}Summary`, z.string().trim().max(2000, { error: () => msg("structureZod.textMax2000") }).default("")],
    [`goal${n}Strategies`, lines("strategies", 20).default([])],
  ])) as Record<`goal${1 | 2 | 3 | 4 | 5}${"Title" | "Summary"}`, z.ZodDefault<z.ZodString>> & Record<`goal${1 | 2 | 3 | 4 | 5}Strategies`, z.ZodDefault<ReturnType<typeof lines>>>,
});

export const periodRefSchema = z.object({ periodId: id, version: baseVersion });
export const copyPeriodSchema = z.object({ countyId: id });

export const countySettingsSchema = z.object({
  countyId: id,
  version: baseVersion,
  name: z.string({ error: () => msg("structureZod.countyName") }).trim().min(2, { error: () => msg("structureZod.countyNameMin") }).max(80, { error: () => msg("structureZod.nameMax80") }),
  forumName: z.string({ error: () => msg("structureZod.forumName") }).trim().min(5, { error: () => msg("structureZod.forumName") }).max(150, { error: () => msg("structureZod.nameMax150") }),
  governorName: z.string({ error: () => msg("structureZod.governor") }).trim().min(5, { error: () => msg("structureZod.governor") }).max(120, { error: () => msg("structureZod.nameMax120") }),
  networkShare: percent,
  deadlineDay: z.coerce.number({ error: () => msg("structureZod.day") }).int({ error: () => msg("structureZod.dayRange") }).min(1, { error: () => msg("structureZod.dayRange") }).max(31, { error: () => msg("structureZod.dayRange") }),
  deadlineMonth: z.coerce.number({ error: () => msg("structureZod.month") }).int({ error: () => msg("structureZod.month") }).min(1, { error: () => msg("structureZod.month") }).max(12, { error: () => msg("structureZod.month") }),
  /** The behovsmelding's deadline; absent from an older form, the county keeps the one it has. */
  needsDeadlineDay: optional(z.coerce.number({ error: () => msg("structureZod.day") }).int({ error: () => msg("structureZod.dayRange") }).min(1, { error: () => msg("structureZod.dayRange") }).max(31, { error: () => msg("structureZod.dayRange") })),
  needsDeadlineMonth: optional(z.coerce.number({ error: () => msg("structureZod.month") }).int({ error: () => msg("structureZod.month") }).min(1, { error: () => msg("structureZod.month") }).max(12, { error: () => msg("structureZod.month") })),
  /** The written standard of Statsforvalteren's decisions; absent from an older form, the county keeps its own. */
  language: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(LOCALES, { error: () => msg("forumLanguage.choose") }).optional()),
  reminderDays: z.string({ error: () => msg("structureZod.reminderDays") }).transform((v, ctx) => {
    const parts = v.split(/[,;\s]+/).filter(Boolean);
    if (parts.some((p) => !/^\d{1,3}$/.test(p))) {
      ctx.addIssue({ code: "custom", message: msg("structureZod.reminderFormat") });
      return z.NEVER;
    }
    return parts.map(Number);
  }),
});

export const updateRegionSchema = createRegionSchema.omit({ countyId: true }).extend({ regionId: id });

const ownerName = z.string({ error: () => msg("structureZod.ownerName") }).trim().min(2, { error: () => msg("structureZod.ownerNameMin") }).max(120, { error: () => msg("structureZod.nameMax120") });
export const addOwnerSchema = z.object({
  regionId: id,
  name: ownerName,
  kind: z.enum(["KOMMUNE", "FYLKESKOMMUNE", "PRIVAT"], { error: () => msg("structureZod.ownerKind") }),
  orgNumber: orgNumberSchema,
});

export const addSchoolSchema = z.object({
  ownerId: id,
  name: z.string({ error: () => msg("structureZod.schoolName") }).trim().min(2, { error: () => msg("structureZod.schoolNameMin") }).max(120, { error: () => msg("structureZod.nameMax120") }),
  orgNumber: z.preprocess((v) => (v === "" ? undefined : v), orgNumberSchema.optional()),
});

export const createForumSchema = z.object({ countyId: id, regionId: z.preprocess((v) => (v === "" ? undefined : v), id.optional()) });
export const addForumMemberSchema = z.object({
  forumId: id,
  name: z.string({ error: () => msg("structureZod.name") }).trim().min(2, { error: () => msg("structureZod.nameMin") }).max(120, { error: () => msg("structureZod.nameMax120") }),
  organisation: z.string({ error: () => msg("structureZod.organisation") }).trim().min(2, { error: () => msg("structureZod.organisation") }).max(120, { error: () => msg("structureZod.textMax120") }),
  title: z.string().trim().max(120, { error: () => msg("structureZod.textMax120") }).default(""),
  kind: z.enum(["KOMMUNE", "PPD", "HTV", "RKK", "UH", "STATSFORVALTER", "KS", "REGION"], { error: () => msg("structureZod.memberKind") }),
  schoolOwnerId: z.preprocess((v) => (v === "" ? undefined : v), id.optional()),
  position: z.enum(["LEDER", "NESTLEDER", "MEDLEM"], { error: () => msg("structureZod.position") }),
  holdsVote: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
});
export const removeForumMemberSchema = z.object({ memberId: id });

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
const blankAsUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const forumRulesSchema = z.object({
  forumId: id,
  version,
  voteUnit: z.enum(["MUNICIPALITY", "MEMBER"], { error: () => msg("structureZod.voteUnit") }),
  leaderBreaksTie: checkbox,
  requiresConsensusFailure: checkbox,
  governorHasFinalSay: checkbox,
  quorum: z.preprocess(blankAsUndefined, z.coerce.number({ error: () => msg("structureZod.quorum") }).int({ error: () => msg("structureZod.whole") }).min(1, { error: () => msg("structureZod.min1") }).max(100, { error: () => msg("structureZod.max100") }).optional()),
  /** Left out: the forum keeps its written standard. */
  language: z.preprocess(blankAsUndefined, z.enum(LOCALES, { error: () => msg("forumLanguage.choose") }).optional()),
});
export const updateForumMemberSchema = z.object({
  memberId: id,
  position: z.enum(["LEDER", "NESTLEDER", "MEDLEM"], { error: () => msg("structureZod.position") }),
  userId: z.preprocess(blankAsUndefined, id.optional()),
  holdsVote: checkbox,
});
export const createCommitteeSchema = z.object({
  forumId: id,
  kind: z.enum(["AUS", "AUB"], { error: () => msg("structureZod.committee") }),
  mandate: z.string({ error: () => msg("structureZod.mandate") }).trim().min(5, { error: () => msg("structureZod.mandateMin") }).max(1000, { error: () => msg("structureZod.mandateMax") }),
});
export const addCommitteeMemberSchema = z.object({
  committeeId: id,
  forumMemberId: id,
  function: z.string({ error: () => msg("structureZod.function") }).trim().min(2, { error: () => msg("structureZod.functionMin") }).max(120, { error: () => msg("structureZod.textMax120") }),
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

const schoolName = z.string({ error: () => msg("structureZod.schoolName") }).trim().min(2, { error: () => msg("structureZod.schoolNameMin") }).max(120, { error: () => msg("structureZod.nameMax120") });
const optionalOrg = z.preprocess((v) => (v === "" ? undefined : v), orgNumberSchema.optional());
const count = (max: number, message: () => string) =>
  z.preprocess(blankAsUndefined, z.coerce.number({ error: message }).int({ error: message }).min(0, { error: message }).max(max, { error: message }).optional());

/** A school's name, organisasjonsnummer and number of pupils, changed by hand; `version` as the page showed it. */
export const updateSchoolSchema = z.object({
  schoolId: id, version: baseVersion, name: schoolName, orgNumber: optionalOrg,
  pupils: count(100_000, () => msg("units.pupilsInvalid")),
});
export const removeSchoolSchema = z.object({ schoolId: id, version: baseVersion });
/** A kindergarten's name, organisasjonsnummer and number of children, changed by hand. */
export const updateKindergartenSchema = z.object({
  kindergartenId: id, version: baseVersion, name: text(2, 120, () => msg("kindergartens.what")), orgNumber: optionalOrg,
  children: count(1000, () => msg("kindergartens.childrenInvalid")),
});
export const removeKindergartenSchema = z.object({ kindergartenId: id, version: baseVersion });
