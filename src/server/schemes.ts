// The schemes (ordninger) a county runs and a forum serves, read and changed here. The rules are
// src/domain/schemes.ts; every grant, key, allocation, plan, evaluation, behovsmelding and case names its scheme.
import { z } from "zod";
import { can, type Scope } from "@/domain/authorization";
import { checkCaseScheme, checkSchemeRun, checkSchemeSelection, pickFilter, pickScheme, type SchemeProblem, type SchemeRef } from "@/domain/schemes";
import { errors, msg } from "@/i18n/server-text";
import { schemeText } from "@/lib/messages/schemes";
import { recordAudit } from "./audit";
import { claimVersion, guarded, refuse, type Tx } from "./transaction";
import { id, version } from "./form-fields";
import type { Db } from "./prisma-client";

type Reader = Tx | Db;
const select = { id: true, code: true, position: true } as const;

export const allSchemes = (db: Reader): Promise<SchemeRef[]> => db.scheme.findMany({ select, orderBy: { position: "asc" } });

export const countySchemes = (db: Reader, countyId: string): Promise<SchemeRef[]> =>
  db.scheme.findMany({ where: { counties: { some: { countyId } } }, select, orderBy: { position: "asc" } });

export const forumSchemes = (db: Reader, forumId: string): Promise<SchemeRef[]> =>
  db.scheme.findMany({ where: { forums: { some: { forumId } } }, select, orderBy: { position: "asc" } });

/**
 * The county's scheme named by the page's `ordning` parameter, else its first; with `all`, no parameter means
 * every scheme (`scheme` null; the page adds each one up on its own). `problem` words an unknown scheme.
 */
export async function schemeForPage(db: Reader, countyId: string, param: string | string[] | undefined, options: { all?: boolean } = {}) {
  const run = await countySchemes(db, countyId);
  const picked = options.all ? pickFilter(param, run) : pickScheme(param, run);
  return picked.ok ? { schemes: run, scheme: picked.scheme, problem: null } : { schemes: run, scheme: null, problem: schemeText.problem(picked.problem) };
}

/** A refusal of a scheme problem, at the form field it concerns. */
function refuseScheme(problem: SchemeProblem, field: string): never {
  const message = schemeText.problem(problem);
  throw refuse(message, { [field]: [message] });
}

/** Refuses (at the form's `schemeId` field) unless `run` (the county's or the forum's schemes) has the scheme. */
async function requireRunScheme(tx: Tx, run: SchemeRef[], schemeId: string | undefined, who: "county" | "forum") {
  const problem = checkSchemeRun(schemeId, run, await allSchemes(tx), who);
  if (problem) refuseScheme(problem, "schemeId");
  return run.find((s) => s.id === schemeId)!;
}

/** Refuses unless the county runs the scheme. */
export const requireCountyScheme = async (tx: Tx, countyId: string, schemeId: string | undefined) =>
  requireRunScheme(tx, await countySchemes(tx, countyId), schemeId, "county");

/** Refuses unless the forum serves the scheme (a case of a scheme its forum is not the steering group for). */
export const requireForumScheme = async (tx: Tx, forumId: string, schemeId: string | undefined) =>
  requireRunScheme(tx, await forumSchemes(tx, forumId), schemeId, "forum");

/** Refuses (at the form's `caseId` field) a case of another scheme than the plan or innstilling it is to adopt. */
export function requireCaseOfScheme(caseScheme: SchemeRef, documentScheme: SchemeRef) {
  const problem = checkCaseScheme(caseScheme, documentScheme);
  if (problem) refuseScheme(problem, "caseId");
}

const schemeIds = z.preprocess(
  (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.string().regex(/^[a-z0-9-]{2,40}$/, { error: () => msg("schemes.zod.inList") })).max(10, { error: () => msg("schemes.zod.inList") }),
);

const countyRows = async (tx: Tx, countyId: string) => {
  const [grants, keys, plans, evaluations, needs, cases, recommendations] = await Promise.all([
    tx.stateGrant.groupBy({ by: ["schemeId"], where: { countyId }, _count: true }),
    tx.distributionKey.groupBy({ by: ["schemeId"], where: { period: { countyId } }, _count: true }),
    tx.regionPlan.groupBy({ by: ["schemeId"], where: { region: { countyId } }, _count: true }),
    tx.evaluation.groupBy({ by: ["schemeId"], where: { region: { countyId } }, _count: true }),
    tx.needsReport.groupBy({ by: ["schemeId"], where: { schoolOwner: { region: { countyId } } }, _count: true }),
    tx.case.groupBy({ by: ["schemeId"], where: { meeting: { forum: { OR: [{ countyId }, { region: { countyId } }] } } }, _count: true }),
    tx.recommendation.groupBy({ by: ["schemeId"], where: { countyId }, _count: true }),
  ]);
  const inUse = new Map<string, number>();
  for (const row of [...grants, ...keys, ...plans, ...evaluations, ...needs, ...cases, ...recommendations]) inUse.set(row.schemeId, (inUse.get(row.schemeId) ?? 0) + row._count);
  return inUse;
};

/** Statsforvalteren chooses the schemes the county runs; one still in use (money, reports, cases) stays. */
export const setCountySchemes = guarded(z.object({ countyId: id, version, schemeIds }), async (tx, actor, input) => {
  const county = await tx.county.findUnique({ where: { id: input.countyId } });
  if (!county) throw refuse(errors.notFound);
  if (!can(actor, "county.manage", { countyId: county.id })) throw refuse(errors.forbidden);
  const [all, before] = await Promise.all([allSchemes(tx), countySchemes(tx, county.id)]);
  const problem = checkSchemeSelection(input.schemeIds, all, all, await countyRows(tx, county.id));
  if (problem) refuseScheme(problem, "schemeIds");
  await claimVersion(tx.county, county.id, input.version, schemeText.stale);
  await tx.countyScheme.deleteMany({ where: { countyId: county.id, schemeId: { notIn: input.schemeIds } } });
  await tx.countyScheme.createMany({ data: input.schemeIds.map((schemeId) => ({ countyId: county.id, schemeId })), skipDuplicates: true });
  // A forum cannot serve a scheme its county no longer runs.
  await tx.forumScheme.deleteMany({ where: { schemeId: { notIn: input.schemeIds }, forum: { OR: [{ countyId: county.id }, { region: { countyId: county.id } }] } } });
  await recordAudit(tx, { actorId: actor.id, action: "county.schemes", entityType: "County", entityId: county.id,
    before: { schemes: before.map((s) => s.code) }, after: { schemes: all.filter((s) => input.schemeIds.includes(s.id)).map((s) => s.code) } });
  return { ok: true as const, message: schemeText.saved(county.name) };
});

/** The forum's leader side (Statsforvalteren, or the region for its Oppvekstforum) chooses the schemes it steers. */
export const setForumSchemes = guarded(z.object({ forumId: id, version, schemeIds }), async (tx, actor, input) => {
  const forum = await tx.forum.findUnique({ where: { id: input.forumId }, include: { region: true } });
  if (!forum) throw refuse(errors.notFound);
  const countyId = forum.countyId ?? forum.region!.countyId;
  const scope: Scope = forum.regionId ? { countyId, regionId: forum.regionId } : { countyId };
  if (!can(actor, "forum.manage", scope)) throw refuse(errors.forbidden);
  const [run, all, before] = await Promise.all([countySchemes(tx, countyId), allSchemes(tx), forumSchemes(tx, forum.id)]);
  const cases = await tx.case.groupBy({ by: ["schemeId"], where: { meeting: { forumId: forum.id } }, _count: true });
  const problem = checkSchemeSelection(input.schemeIds, run, all, new Map(cases.map((c) => [c.schemeId, c._count])));
  if (problem) refuseScheme(problem, "schemeIds");
  await claimVersion(tx.forum, forum.id, input.version, schemeText.stale);
  await tx.forumScheme.deleteMany({ where: { forumId: forum.id, schemeId: { notIn: input.schemeIds } } });
  await tx.forumScheme.createMany({ data: input.schemeIds.map((schemeId) => ({ forumId: forum.id, schemeId })), skipDuplicates: true });
  await recordAudit(tx, { actorId: actor.id, action: "forum.schemes", entityType: "Forum", entityId: forum.id,
    before: { schemes: before.map((s) => s.code) }, after: { schemes: run.filter((s) => input.schemeIds.includes(s.id)).map((s) => s.code) } });
  return { ok: true as const, message: schemeText.saved(forum.name) };
});
