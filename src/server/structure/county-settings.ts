// A county's settings in the browser (Statsforvalteren). The rule is src/domain/county-settings.ts. A new
// network share applies to grants recorded from now on (each grant keeps the share it was recorded with).
import { can } from "@/domain/authorization";
import { normalizeReminderDays, settingsProblems, type SettingsProblem } from "@/domain/county-settings";
import { errors } from "@/i18n/server-text";
import { countySettings as text } from "@/lib/messages/structure";
import { recordAudit } from "../audit";
import { claimVersion, guarded, refuse } from "../transaction";
import { countySettingsSchema } from "./schemas";

const message = (p: SettingsProblem): [string, string] => {
  switch (p.field) {
    case "networkShare": return ["networkShare", text.networkShare];
    case "reportDeadline": return ["deadlineDay", text.noSuchDay(p.day, p.month)];
    case "needsDeadline": return ["needsDeadlineDay", text.noSuchDay(p.day, p.month)];
    case "reminderDays":
      return ["reminderDays", p.code === "empty" ? text.reminderEmpty : p.code === "too-many" ? text.reminderTooMany : p.code === "duplicate" ? text.reminderDuplicate : text.reminderRange];
  }
};

export const updateCountySettings = guarded(countySettingsSchema, async (tx, actor, input) => {
  const county = await tx.county.findUnique({ where: { id: input.countyId } });
  if (!county) throw refuse(errors.notFound);
  if (!can(actor, "county.manage", { countyId: county.id })) throw refuse(errors.forbidden);
  const settings = { networkShareBasisPoints: input.networkShare, reportDeadlineMonth: input.deadlineMonth, reportDeadlineDay: input.deadlineDay, reminderDays: input.reminderDays,
    needsDeadlineMonth: input.needsDeadlineMonth ?? county.needsDeadlineMonth, needsDeadlineDay: input.needsDeadlineDay ?? county.needsDeadlineDay };
  const problems = settingsProblems(settings);
  if (problems.length) {
    const fieldErrors = Object.fromEntries(problems.map((p) => message(p)).map(([f, m]) => [f, [m]]));
    throw refuse(Object.values(fieldErrors)[0][0], fieldErrors);
  }
  await claimVersion(tx.county, county.id, input.version, text.stale);
  const after = { name: input.name, forumName: input.forumName, governorName: input.governorName, ...settings, reminderDays: normalizeReminderDays(settings.reminderDays), language: input.language ?? county.language };
  await tx.county.update({ where: { id: county.id }, data: after });
  const before = { name: county.name, forumName: county.forumName, governorName: county.governorName, networkShareBasisPoints: county.networkShareBasisPoints,
    reportDeadlineMonth: county.reportDeadlineMonth, reportDeadlineDay: county.reportDeadlineDay, reminderDays: county.reminderDays,
    needsDeadlineMonth: county.needsDeadlineMonth, needsDeadlineDay: county.needsDeadlineDay, language: county.language };
  await recordAudit(tx, { actorId: actor.id, action: "county.settings", entityType: "County", entityId: county.id, before, after });
  return { ok: true as const, message: text.saved(input.name) };
});
