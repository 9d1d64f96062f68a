// The reminder job: e-mails each region's skoleutvikler 30, 7 and 1 days before the evaluation deadline of each
// scheme whose report the region owes (domain/evaluation.ts schemesOwed)
// while the report is not submitted (Statsforvalteren instead, where the region has no skoleutvikler in the
// portal), and Statsforvalteren the morning after a missed deadline. Each
// reminder has a key in ReminderSent, written in the same transaction as the sending: a restart, a
// second server or a rerun never sends it twice, and a failed send is tried again on the next run. Each recipient
// gets the e-mail in the written standard they chose in the portal (User.language; bokmål if they never chose).
import { daysLeft, effectiveDeadline, dateIn, toExtension } from "@/domain/deadline";
import { remindersDue, schemesOwed, type Reminder } from "@/domain/evaluation";
import { schemeNameIn } from "@/lib/messages/schemes";
import { formatDate } from "@/lib/format";
import { msgIn } from "@/i18n/server-text";
import type { Mailer, Recipient } from "../mail";
import { sendOnce, type Composed } from "../reminder-mail";
import type { Locale } from "@/i18n/config";
import type { Db } from "../prisma-client";

export async function runReminders(db: Db, mailer: Mailer, now: Date, portalUrl: string): Promise<string[]> {
  const sent: string[] = [];
  const thisYear = dateIn(now).year;
  const years = [thisYear - 1, thisYear];
  const counties = await db.county.findMany({
    include: {
      schemes: { include: { scheme: true }, orderBy: { scheme: { position: "asc" } } },
      regions: {
        include: {
          evaluations: { where: { year: { in: years } } },
          extensions: { where: { year: { in: years } } },
          allocations: { where: { grant: { year: { in: years } } }, select: { schemeId: true, status: true, networkOre: true, uhOre: true, grant: { select: { year: true } } } },
          roles: { where: { role: "SKOLEUTVIKLER", user: { deactivatedAt: null } }, include: { user: true } },
        },
      },
    },
  });
  for (const county of counties) {
    const setting = { month: county.reportDeadlineMonth, day: county.reportDeadlineDay, timeZone: county.timeZone };
    const run = county.schemes.map((s) => s.scheme);
    const items = county.regions.flatMap((r) => years.flatMap((year) => {
      return schemesOwed(run, year, { allocations: r.allocations, reports: r.evaluations }).map((scheme) => {
        const deadline = effectiveDeadline(year, setting, toExtension(r.extensions.find((x) => x.year === year && x.schemeId === scheme.id) ?? null));
        const report = r.evaluations.find((e) => e.year === year && e.schemeId === scheme.id);
        return { regionId: r.id, scheme: scheme.code, year, deadline, submitted: report?.status === "SUBMITTED" || report?.status === "ACCEPTED" };
      });
    })).filter((i) => { const left = daysLeft(now, i.deadline); return left >= -3 && left <= Math.max(...county.reminderDays, 0) + 1; });
    for (const reminder of remindersDue(now, county.id, items, county.reminderDays)) {
      const mail = await compose(db, county, reminder, items, portalUrl);
      if (!mail || mail.to.length === 0) continue;
      if (await sendOnce(db, mailer, reminder.key, mail, now)) sent.push(reminder.key);
    }
  }
  return sent;
}

type CountyRow = { id: string; name: string; schemes: { scheme: { code: string } }[]; regions: { id: string; name: string; slug: string; roles: { user: Recipient }[] }[] };

async function compose(db: Db, county: CountyRow, r: Reminder, items: { regionId: string; scheme: string; year: number; deadline: Date }[], portalUrl: string): Promise<Composed | null> {
  const scheme = (locale: Locale) => schemeNameIn(locale, r.scheme);
  // The link opens the scheme's page (the county's first scheme is the page's default).
  const query = county.schemes[0]?.scheme.code === r.scheme ? "" : `?ordning=${r.scheme}`;
  const governors = async () => (await db.roleAssignment.findMany({ where: { role: "STATSFORVALTER", countyId: county.id, user: { deactivatedAt: null } }, include: { user: true } })).map((g) => g.user);
  if (r.kind === "BEFORE") {
    const region = county.regions.find((x) => x.id === r.regionId)!;
    const deadline = items.find((i) => i.regionId === r.regionId && i.scheme === r.scheme && i.year === r.year)!.deadline;
    if (region.roles.length === 0) {
      // No skoleutvikler in the portal for this region: the reminder goes to Statsforvalteren instead of no one.
      return {
        to: await governors(),
        write: (l) => ({
          subject: msgIn(l)("evaluationMail.noWriterSubject", { region: region.name, scheme: scheme(l), year: String(r.year), deadline: formatDate(deadline) }),
          text: msgIn(l)("evaluationMail.noWriterText", { region: region.name, scheme: scheme(l), year: String(r.year), deadline: formatDate(deadline), days: r.daysBefore, url: `${portalUrl}/min-side/evalueringer${query}`, county: county.name }),
        }),
      };
    }
    return {
      to: region.roles.map((x) => x.user),
      write: (l) => ({
        subject: msgIn(l)("evaluationMail.subject", { region: region.name, scheme: scheme(l), year: String(r.year), deadline: formatDate(deadline) }),
        text: msgIn(l)("evaluationMail.text", { region: region.name, scheme: scheme(l), year: String(r.year), deadline: formatDate(deadline), days: r.daysBefore, url: `${portalUrl}/min-side/evalueringer/${region.slug}/${r.year}${query}`, county: county.name }),
      }),
    };
  }
  const names = r.regionIds.map((id) => county.regions.find((x) => x.id === id)!.name);
  return {
    to: await governors(),
    write: (l) => ({
      subject: msgIn(l)("evaluationMail.missingSubject", { scheme: scheme(l), year: String(r.year), count: names.length }),
      text: msgIn(l)("evaluationMail.missingText", { scheme: scheme(l), year: String(r.year), regions: names.join(", "), url: `${portalUrl}/min-side/evalueringer${query}` }),
    }),
  };
}
