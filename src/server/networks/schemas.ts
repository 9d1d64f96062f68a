import { msg } from "@/i18n/server-text";
import { z } from "zod";
import { id, isoDate, optional, schemeId, text, version } from "../form-fields";

export const NETWORK_KINDS = ["SKOLELEDERNETTVERK", "SFO_LEDERNETTVERK", "DIGITAL_KOMPETANSE", "FAGSAMLINGER", "SKOLEBASERT_TILTAK"] as const;

export const networkSchema = z.object({
  regionId: id,
  /** Absent when a new network is created. */
  networkId: optional(id),
  version,
  name: text(3, 200, () => msg("networks.zod.name")),
  kind: z.enum(NETWORK_KINDS, { error: () => msg("networks.zod.chooseKind") }),
  targetGroup: text(3, 300, () => msg("networks.zod.targetGroup")),
  rhythm: text(3, 300, () => msg("networks.zod.rhythm")),
  /** The scheme the network is part of; absent for a network the region runs outside the schemes. */
  schemeId: optional(schemeId),
});

/** A school (schoolId) or a named person (label), not both. */
export const participantSchema = z
  .object({ networkId: id, version, schoolId: optional(id), label: optional(text(2, 200, () => msg("networks.zod.participant"))) })
  .refine((v) => !!v.schoolId !== !!v.label, { path: ["schoolId"], error: () => msg("networks.zod.schoolOrPerson") });

export const removeParticipantSchema = z.object({ participantId: id, version });

const part = z.string().trim().max(2000, { error: () => msg("networks.zod.partMax") }).default("");

export const gatheringSchema = z.object({
  networkId: id,
  gatheringId: optional(id),
  version,
  title: text(3, 200, () => msg("networks.zod.title")),
  date: isoDate,
  days: z.coerce.number({ error: () => msg("networks.zod.daysMissing") }).int({ error: () => msg("networks.zod.daysWhole") }).min(1, { error: () => msg("networks.zod.daysMin") }).max(10, { error: () => msg("networks.zod.daysMax") }),
  place: text(2, 200, () => msg("networks.zod.place")),
  faglige: part, innblikk: part, erfaring: part, veienVidere: part,
});

export const attendanceSchema = z.object({
  gatheringId: id,
  version,
  present: z.array(id, { error: () => msg("networks.zod.participantList") }).max(500, { error: () => msg("networks.zod.tooManyParticipants") }),
});

export const confirmSchema = z.object({
  participantId: id,
  criterionIds: z.array(id, { error: () => msg("networks.zod.criteriaChoice") }).max(50, { error: () => msg("networks.zod.tooManyCriteria") }),
});
