import "server-only";
// Reads of the behovsmelding: an owner's own (to write), and the summary per region and satsingsområde (to read).
import { schemeForPage } from "../schemes";
import { can, type Actor } from "@/domain/authorization";
import { currentNeedsYear, needsDeadline, needsSettingOf, summarizeNeeds } from "@/domain/needs";
import { dateIn, toExtension } from "@/domain/deadline";
import { db } from "../db";

/** The round a county's owners work on now (for links). */
export function needsYearNow(county: { needsDeadlineMonth: number; needsDeadlineDay: number; timeZone: string }, now = new Date()) {
  return currentNeedsYear(now, dateIn(now, county.timeZone).year, needsSettingOf(county));
}

export async function getNeedsPage(actor: Actor, countySlug: string, year: number, schemeParam?: string | string[]) {
  const county = await db().county.findUnique({
    where: { slug: countySlug },
    include: { regions: { orderBy: { name: "asc" }, include: { owners: { orderBy: { name: "asc" }, include: { schools: { select: { id: true } } } }, priorityAreas: { where: { replacedAt: null }, orderBy: { position: "asc" } } } } },
  });
  if (!county) return null;
  const setting = needsSettingOf(county);
  const readRegions = county.regions.filter((r) => can(actor, "needs.read", { countyId: county.id, regionId: r.id }));
  const writeOwners = county.regions.flatMap((r) => r.owners.filter((o) => can(actor, "needs.report", { countyId: county.id, regionId: r.id, schoolOwnerId: o.id })).map((o) => ({ ...o, region: r })));
  if (readRegions.length === 0 && writeOwners.length === 0) return null;

  const picked = await schemeForPage(db(), county.id, schemeParam);
  const schemeId = picked.scheme?.id ?? "";
  const period = await db().strategyPeriod.findFirst({ where: { countyId: county.id, startYear: { lte: year }, endYear: { gte: year } }, include: { priorityAreas: { orderBy: { position: "asc" } } } });
  const ownerIds = [...new Set([...readRegions.flatMap((r) => r.owners.map((o) => o.id)), ...writeOwners.map((o) => o.id)])];
  const [reports, extensions] = await Promise.all([
    db().needsReport.findMany({
      where: { year, schemeId, schoolOwnerId: { in: ownerIds } },
      include: { submittedBy: { select: { name: true } }, lines: { orderBy: { createdAt: "asc" }, include: { priorityArea: { select: { title: true } } } } },
    }),
    db().needsExtension.findMany({ where: { year, schemeId, schoolOwnerId: { in: ownerIds } } }),
  ]);
  const deadlineOf = (ownerId: string) => needsDeadline(year, setting, toExtension(extensions.find((e) => e.schoolOwnerId === ownerId)));
  const mine = writeOwners.map((o) => ({
    owner: { id: o.id, name: o.name }, report: reports.find((r) => r.schoolOwnerId === o.id) ?? null, deadline: deadlineOf(o.id),
    areas: [...(period?.priorityAreas ?? []).map((a) => ({ id: a.id, title: a.title })), ...o.region.priorityAreas.map((a) => ({ id: a.id, title: `${a.title} (${o.region.name})` }))],
  }));
  const regionOfOwner = new Map(county.regions.flatMap((r) => r.owners.map((o) => [o.id, r.id] as const)));
  const readable = new Set(readRegions.map((r) => r.id));
  const rows = reports.filter((r) => readable.has(regionOfOwner.get(r.schoolOwnerId) ?? "")).flatMap((r) =>
    r.lines.map((l) => ({ regionId: regionOfOwner.get(r.schoolOwnerId)!, ownerId: r.schoolOwnerId, area: l.priorityArea.title, staffCount: l.staffCount, submitted: r.status === "SUBMITTED" })));
  const summary = summarizeNeeds(rows);
  return {
    ...picked, county, year, baseDeadline: needsDeadline(year, setting, null), mine,
    summary: readRegions.length ? { regions: readRegions.map((r) => ({ id: r.id, name: r.name, ownerCount: r.owners.length, ...(summary.regions.find((x) => x.key === r.id) ?? { owners: 0, staff: 0 }) })), areas: summary.areas } : null,
    extendable: county.regions.flatMap((r) => r.owners.filter((o) => can(actor, "needs.extend", { countyId: county.id, regionId: r.id, schoolOwnerId: o.id })).map((o) => ({ id: o.id, name: `${o.name} (${r.name})` }))),
  };
}
