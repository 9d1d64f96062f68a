// Reminders for the behovsmelding, like the evaluation's: the school owner's users are e-mailed the county's
// reminder days before the needs deadline while the behovsmelding is not submitted. Each reminder has a key in
// ReminderSent written with the sending, so a rerun, a restart or a second instance never sends it twice.
import { dateIn, toExtension } from "@/domain/deadline";
import { remindersDue, schemesOwed } from "@/domain/evaluation";
import { currentNeedsYear, needsDeadline, needsSettingOf } from "@/domain/needs";
import { formatDate } from "@/lib/format";
import { needsReminderText } from "@/lib/messages/needs";
import { schemeNameIn } from "@/lib/messages/schemes";
import type { Mailer } from "../mail";
import type { Locale } from "@/i18n/config";
import { sendOnce } from "../reminder-mail";
import type { Db } from "../prisma-client";

export async function runNeedsReminders(db: Db, mailer: Mailer, now: Date, portalUrl: string): Promise<string[]> {
  const sent: string[] = [];
  const counties = await db.county.findMany({
    include: {
      schemes: { include: { scheme: true }, orderBy: { scheme: { position: "asc" } } },
      regions: { include: { owners: { include: { needs: true, needsExtensions: true, roles: { where: { role: "SKOLEEIER", user: { deactivatedAt: null } }, include: { user: true } } } } } } },
  });
  for (const county of counties) {
    const setting = needsSettingOf(county);
    const year = currentNeedsYear(now, dateIn(now, county.timeZone).year, setting);
    const owners = county.regions.flatMap((r) => r.owners).filter((o) => o.roles.length > 0);
    const run = county.schemes.map((s) => s.scheme);
    // An owner owes the county's first scheme's behovsmelding, and another scheme's once it has begun one (an owner
    // has no allocations of its own).
    const items = owners.flatMap((o) => schemesOwed(run, year, { allocations: [], reports: o.needs }).map((scheme) => ({
      regionId: `behov:${o.id}`, scheme: scheme.code, year, deadline: needsDeadline(year, setting, toExtension(o.needsExtensions.find((e) => e.year === year && e.schemeId === scheme.id))),
      submitted: o.needs.some((n) => n.year === year && n.schemeId === scheme.id && n.status === "SUBMITTED"),
    })));
    for (const reminder of remindersDue(now, county.id, items, county.reminderDays)) {
      if (reminder.kind !== "BEFORE") continue; // a missed behovsmelding shows on Statsforvalteren's summary
      const owner = owners.find((o) => `behov:${o.id}` === reminder.regionId)!;
      const deadline = items.find((i) => i.regionId === reminder.regionId && i.scheme === reminder.scheme)!.deadline;
      const query = run[0]?.code === reminder.scheme ? "" : `?ordning=${reminder.scheme}`;
      const mail = {
        to: owner.roles.map((r) => r.user),
        write: (l: Locale) => needsReminderText(l, owner.name, schemeNameIn(l, reminder.scheme), year, formatDate(deadline), reminder.daysBefore, `${portalUrl}/min-side/behov/${county.slug}/${year}${query}`, county.name),
      };
      if (await sendOnce(db, mailer, reminder.key, mail, now)) sent.push(reminder.key);
    }
  }
  return sent;
}
