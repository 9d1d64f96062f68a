// Reminders for the behovsmelding, like the evaluation's: the school owner's users are e-mailed the county's
// reminder days before the needs deadline while the behovsmelding is not submitted. Each reminder has a key in
// ReminderSent written with the sending, so a rerun, a restart or a second instance never sends it twice.
import { dateIn, toExtension } from "@/domain/deadline";
import { remindersDue } from "@/domain/evaluation";
import { currentNeedsYear, needsDeadline, needsSettingOf } from "@/domain/needs";
import { formatDate } from "@/lib/format";
import { needsReminderText } from "@/lib/messages/needs";
import type { Mailer } from "../mail";
import type { Db } from "../prisma-client";

export async function runNeedsReminders(db: Db, mailer: Mailer, now: Date, portalUrl: string): Promise<string[]> {
  const sent: string[] = [];
  const counties = await db.county.findMany({
    include: { regions: { include: { owners: { include: { needs: true, needsExtensions: true, roles: { where: { role: "SKOLEEIER", user: { deactivatedAt: null } }, include: { user: true } } } } } } },
  });
  for (const county of counties) {
    const setting = needsSettingOf(county);
    const year = currentNeedsYear(now, dateIn(now, county.timeZone).year, setting);
    const owners = county.regions.flatMap((r) => r.owners).filter((o) => o.roles.length > 0);
    const items = owners.map((o) => ({
      regionId: `behov:${o.id}`, year, deadline: needsDeadline(year, setting, toExtension(o.needsExtensions.find((e) => e.year === year))),
      submitted: o.needs.some((n) => n.year === year && n.status === "SUBMITTED"),
    }));
    for (const reminder of remindersDue(now, county.id, items, county.reminderDays)) {
      if (reminder.kind !== "BEFORE") continue; // a missed behovsmelding shows on Statsforvalteren's summary
      const owner = owners.find((o) => `behov:${o.id}` === reminder.regionId)!;
      const deadline = items.find((i) => i.regionId === reminder.regionId)!.deadline;
      const to = owner.roles.map((r) => r.user.email);
      const mail = { to, ...needsReminderText(owner.name, year, formatDate(deadline), reminder.daysBefore, `${portalUrl}/min-side/behov/${county.slug}/${year}`, county.name) };
      const wasSent = await db.$transaction(async (tx) => {
        const inserted = await tx.$executeRaw`INSERT INTO "ReminderSent" (key, recipients, "sentAt") VALUES (${reminder.key}, ${to}, ${now}) ON CONFLICT (key) DO NOTHING`;
        if (inserted === 0) return false;
        await mailer.send(mail); // a failure rolls the key back, so the next run tries again
        return true;
      }, { timeout: 30_000 });
      if (wasSent) sent.push(reminder.key);
    }
  }
  return sent;
}
