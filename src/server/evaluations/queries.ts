import "server-only";
import { can, grantedIds, type Actor } from "@/domain/authorization";
import { daysLeft, deadlineNotice, effectiveDeadline, dateIn, toExtension } from "@/domain/deadline";
import { awaitsReport, dashboardStatus, isEditable, schemesOwed } from "@/domain/evaluation";
import { db } from "../db";
import { pickScheme } from "@/domain/schemes";
import { schemeText } from "@/lib/messages/schemes";
import { countySchemes, schemeForPage } from "../schemes";

/** The budget years the dashboard shows: the last three finished years and the current one. */
export const dashboardYears = (now: Date) => { const y = dateIn(now).year; return [y, y - 1, y - 2, y - 3]; };

/** Regions × years with status and days to the deadline, for the regions the user may read, in one scheme per county (`ordning`, else the county's first). */
export async function getDashboard(actor: Actor, now = new Date(), schemeParam?: string | string[]) {
  const years = dashboardYears(now);
  // Only the counties the user holds a grant in (or in one of whose regions), only the years shown, and only
  // what the table shows of each report: not every county's ten years of report text.
  const { countyIds, regionIds } = grantedIds(actor);
  const counties = await db().county.findMany({
    where: { OR: [{ id: { in: countyIds } }, { regions: { some: { id: { in: regionIds } } } }] },
    select: {
      id: true, name: true, slug: true, reportDeadlineMonth: true, reportDeadlineDay: true, timeZone: true,
      regions: {
        orderBy: { name: "asc" },
        select: {
          id: true, name: true, slug: true, isDemo: true,
          evaluations: { where: { year: { in: years } }, select: { year: true, schemeId: true, status: true, submittedLate: true } },
          extensions: { where: { year: { in: years } } },
          allocations: { where: { grant: { year: { in: years } } }, select: { schemeId: true, status: true, networkOre: true, uhOre: true, grant: { select: { year: true } } } },
          _count: { select: { roles: { where: { role: "SKOLEUTVIKLER", user: { deactivatedAt: null } } } } },
        },
      },
      forumConclusions: { where: { year: { in: years } } },
    },
  });
  const schemes = await Promise.all(counties.map((c) => countySchemes(db(), c.id)));
  return counties.map((county, i) => {
    const picked = pickScheme(schemeParam, schemes[i]);
    const scheme = picked.ok ? picked.scheme : null;
    return {
    county, schemes: schemes[i], scheme, problem: picked.ok ? null : schemeText.problem(picked.problem),
    canReview: can(actor, "evaluation.review", { countyId: county.id }),
    years,
    rows: county.regions
      .filter((r) => can(actor, "evaluation.read", { countyId: county.id, regionId: r.id }))
      .map((r) => ({
        region: r,
        cells: years.map((year) => {
          const extension = r.extensions.find((x) => x.year === year && x.schemeId === scheme?.id) ?? null;
          const deadline = effectiveDeadline(year, { month: county.reportDeadlineMonth, day: county.reportDeadlineDay, timeZone: county.timeZone }, toExtension(extension));
          const report = r.evaluations.find((e) => e.year === year && e.schemeId === scheme?.id) ?? null;
          const owed = !!scheme && schemesOwed(schemes[i], year, { allocations: r.allocations, reports: r.evaluations }).some((s) => s.id === scheme.id);
          const status = dashboardStatus(report, now, deadline, owed);
          const notice = deadlineNotice(now, deadline, awaitsReport(status) || status === "MISSING");
          return { year, status, daysLeft: daysLeft(now, deadline), notice, deadline, extended: !!extension };
        }),
      })),
    };
  });
}

/** The report page: the report (if started), the plan's tiltak, history, rights. */
export async function getEvaluationPage(actor: Actor, regionSlug: string, year: number, now = new Date(), schemeParam?: string | string[]) {
  const region = await db().region.findUnique({
    where: { slug: regionSlug },
    include: {
      county: true, extensions: { where: { year } },
      goals: { where: { plan: { status: "ADOPTED", period: { startYear: { lte: year } } } }, orderBy: { number: "asc" }, include: { plan: { select: { schemeId: true, period: { select: { startYear: true } } } }, measures: { orderBy: { number: "asc" } } } },
    },
  });
  if (!region) return null;
  // The tiltak reported on are those of the plan in force that year: the adopted plan of the newest period that has begun.
  const inForce = Math.max(...region.goals.map((g) => g.plan.period.startYear));
  region.goals = region.goals.filter((g) => g.plan.period.startYear === inForce);
  const scope = { countyId: region.countyId, regionId: region.id };
  if (!can(actor, "evaluation.read", scope)) return null;
  const picked = await schemeForPage(db(), region.countyId, schemeParam);
  const schemeId = picked.scheme?.id ?? "";
  // The tiltak are those of the scheme's plan.
  region.goals = region.goals.filter((g) => g.plan.schemeId === schemeId);
  // A page view only reads: the skoleutvikler starts the report with a button (a POST).
  const evaluation = await db().evaluation.findUnique({
    where: { regionId_year_schemeId: { regionId: region.id, year, schemeId } },
    include: { measures: true, attachments: { select: { id: true, filename: true, size: true }, orderBy: { createdAt: "asc" } } },
  });
  const history = evaluation
    ? await db().auditEntry.findMany({ where: { entityType: "Evaluation", entityId: evaluation.id, action: { not: "evaluation.edit" } }, orderBy: { id: "asc" }, include: { actor: { select: { name: true } } } })
    : [];
  const allocation = await db().allocation.findFirst({ where: { regionId: region.id, schemeId, grant: { year } }, select: { networkOre: true, uhOre: true, status: true } });
  const extension = region.extensions.find((x) => x.schemeId === schemeId) ?? null;
  const deadline = effectiveDeadline(year, { month: region.county.reportDeadlineMonth, day: region.county.reportDeadlineDay, timeZone: region.county.timeZone }, toExtension(extension));
  return {
    ...picked, region, evaluation, history, extension, deadline, allocation,
    notice: deadlineNotice(now, deadline, !evaluation || isEditable(evaluation.status)),
    canEdit: can(actor, "evaluation.edit", scope),
    canReview: can(actor, "evaluation.review", scope),
  };
}

/** A report attachment, for someone who may read the report; null otherwise. */
export async function getEvaluationAttachment(actor: Actor, attachmentId: string) {
  const a = await db().evaluationAttachment.findUnique({ where: { id: attachmentId }, include: { evaluation: { include: { region: true } } } });
  if (!a || !can(actor, "evaluation.read", { countyId: a.evaluation.region.countyId, regionId: a.evaluation.regionId })) return null;
  return a;
}
