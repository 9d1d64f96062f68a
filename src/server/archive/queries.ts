import "server-only";
// Reads of the archive page: the county's settings (never the token itself) and its copies with their delivery state.
import { can, type Actor } from "@/domain/authorization";
import { archiveFileName } from "@/domain/archive";
import { db } from "../db";
import { schemeForPage } from "../schemes";

const PAGE = 200;

/** `schemeParam` (?ordning=) narrows the list to one scheme's decisions; none shows every copy, minutes too. */
export async function getArchive(actor: Actor, countySlug: string, schemeParam?: string | string[]) {
  const county = await db().county.findUnique({ where: { slug: countySlug }, select: { id: true, slug: true, name: true, version: true, archiveUrl: true, archiveToken: true } });
  if (!county || !can(actor, "county.manage", { countyId: county.id })) return null;
  const picked = await schemeForPage(db(), county.id, schemeParam, { all: true });
  const [copies, counts, waiting] = await Promise.all([
    db().archiveCopy.findMany({
      where: { countyId: county.id, ...(picked.scheme ? { schemeId: picked.scheme.id } : {}) }, orderBy: { createdAt: "desc" }, take: PAGE,
      select: { id: true, kind: true, scheme: { select: { code: true } }, decidedAt: true, title: true, status: true, attempts: true, nextAttemptAt: true, lastError: true, deliveredAt: true, generatedAt: true, sizeBytes: true, registreringUrl: true },
    }),
    db().archiveCopy.groupBy({ by: ["status"], where: { countyId: county.id }, _count: true }),
    db().archiveCopy.count({ where: { countyId: county.id, status: { not: "DELIVERED" }, generatedAt: { not: null } } }),
  ]);
  const count = { PENDING: 0, DELIVERED: 0, FAILED: 0 };
  for (const c of counts) count[c.status] = c._count;
  const { archiveToken, ...settings } = county;
  return {
    ...picked,
    county: { ...settings, tokenSet: !!archiveToken },
    // A copy delivered without a registrering in the archive was marked archived from a package.
    copies: copies.map(({ registreringUrl, ...c }) => ({ ...c, byPackage: c.status === "DELIVERED" && !registreringUrl })),
    count, waiting, shown: PAGE,
  };
}

/** One copy's PDF, for Statsforvalteren of its county. */
export async function getArchiveCopyFile(actor: Actor, countySlug: string, copyId: string) {
  const copy = await db().archiveCopy.findUnique({ where: { id: copyId }, select: { id: true, kind: true, decidedAt: true, pdf: true, county: { select: { id: true, slug: true } } } });
  if (!copy || !copy.pdf || copy.county.slug !== countySlug || !can(actor, "county.manage", { countyId: copy.county.id })) return null;
  return { pdf: copy.pdf, fileName: archiveFileName(copy.kind, copy.decidedAt, copy.id) };
}
