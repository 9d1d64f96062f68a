// The reminder job: e-mails each region's skoleutvikler 30, 7 and 1 days before the evaluation deadline
// while the report is not submitted (Statsforvalteren instead, where the region has no skoleutvikler in the
// portal), and Statsforvalteren the morning after a missed deadline. Each
// reminder has a key in ReminderSent, written in the same transaction as the sending: a restart, a
// second server or a rerun never sends it twice, and a failed send is tried again on the next run.
import { daysLeft, effectiveDeadline, dateIn, toExtension } from "@/domain/deadline";
import { remindersDue, type Reminder } from "@/domain/evaluation";
import { formatDate } from "@/lib/format";
import { msgIn } from "@/i18n/server-text";
import type { Mail, Mailer } from "../mail";
import type { Db } from "../prisma-client";

export async function runReminders(db: Db, mailer: Mailer, now: Date, portalUrl: string): Promise<string[]> {
  const sent: string[] = [];
  const counties = await db.county.findMany({ include: { regions: { include: { evaluations: true, extensions: true, roles: { where: { role: "SKOLEUTVIKLER", user: { deactivatedAt: null } }, include: { user: true } } } } } });
  const thisYear = dateIn(now).year;
  for (const county of counties) {
    const setting = { month: county.reportDeadlineMonth, day: county.reportDeadlineDay, timeZone: county.timeZone };
    const items = county.regions.flatMap((r) => [thisYear - 1, thisYear].map((year) => {
      const deadline = effectiveDeadline(year, setting, toExtension(r.extensions.find((x) => x.year === year) ?? null));
      const report = r.evaluations.find((e) => e.year === year);
      return { regionId: r.id, year, deadline, submitted: report?.status === "SUBMITTED" || report?.status === "ACCEPTED" };
    })).filter((i) => { const left = daysLeft(now, i.deadline); return left >= -3 && left <= Math.max(...county.reminderDays, 0) + 1; });
    for (const reminder of remindersDue(now, county.id, items, county.reminderDays)) {
      const mail = await compose(db, county, reminder, items, portalUrl);
      if (!mail || mail.to.length === 0) continue;
      const wasSent = await db.$transaction(async (tx) => {
        const inserted = await tx.$executeRaw`INSERT INTO "ReminderSent" (key, recipients, "sentAt") VALUES (${reminder.key}, ${mail.to}, ${now}) ON CONFLICT (key) DO NOTHING`;
        if (inserted === 0) return false;
        await mailer.send(mail); // a failure here rolls the key back, so the next run tries again
        return true;
      }, { timeout: 30_000 });
      if (wasSent) sent.push(reminder.key);
    }
  }
  return sent;
}

type CountyRow = { id: string; name: string; regions: { id: string; name: string; slug: string; roles: { user: { email: string } }[] }[] };

/** The reminders are written in bokmål: a job has no reader, and a user's written standard is not stored. */
const mail = msgIn("nb");

async function compose(db: Db, county: CountyRow, r: Reminder, items: { regionId: string; year: number; deadline: Date }[], portalUrl: string): Promise<Mail | null> {
  const governors = async () => (await db.roleAssignment.findMany({ where: { role: "STATSFORVALTER", countyId: county.id, user: { deactivatedAt: null } }, include: { user: true } })).map((g) => g.user.email);
  if (r.kind === "BEFORE") {
    const region = county.regions.find((x) => x.id === r.regionId)!;
    const deadline = items.find((i) => i.regionId === r.regionId && i.year === r.year)!.deadline;
    if (region.roles.length === 0) {
      // No skoleutvikler in the portal for this region: the reminder goes to Statsforvalteren instead of no one.
      return {
        to: await governors(),
        subject: mail("evaluationMail.noWriterSubject", { region: region.name, year: String(r.year), deadline: formatDate(deadline) }),
        text: mail("evaluationMail.noWriterText", { region: region.name, year: String(r.year), deadline: formatDate(deadline), days: r.daysBefore, url: `${portalUrl}/min-side/evalueringer`, county: county.name }),
      };
    }
    return {
      to: region.roles.map((x) => x.user.email),
      subject: mail("evaluationMail.subject", { region: region.name, year: String(r.year), deadline: formatDate(deadline) }),
      text: mail("evaluationMail.text", { region: region.name, year: String(r.year), deadline: formatDate(deadline), days: r.daysBefore, url: `${portalUrl}/min-side/evalueringer/${region.slug}/${r.year}`, county: county.name }),
    };
  }
  const names = r.regionIds.map((id) => county.regions.find((x) => x.id === id)!.name);
  return {
    to: await governors(),
    subject: mail("evaluationMail.missingSubject", { year: String(r.year), count: names.length }),
    text: mail("evaluationMail.missingText", { year: String(r.year), regions: names.join(", "), url: `${portalUrl}/min-side/evalueringer` }),
  };
}
