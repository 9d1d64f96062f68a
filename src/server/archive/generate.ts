import "server-only";
// Makes the archive copy of a recorded decision: the PDF/A and its Noark 5 metadata, set once. The decision's
// transaction records that a copy is owed (record.ts); this runs right after it, or in the archive job if the
// process stopped in between.
import { createHash } from "node:crypto";
import { formatDate, formatDateTime, formatNok } from "@/lib/format";
import { recommendationPdf } from "../recommendations/pdf";
import { getPublishedRecommendation } from "../recommendations/queries";
import { minutesBlocks, minutesPdf } from "../voting/minutes";
import { getMinutes } from "../voting/queries";
import { renderPdf, type NoarkMetadata, type PdfBlock } from "../pdf/document";
import { msgIn } from "@/i18n/server-text";
import { schemeLongNameIn, schemeNameIn } from "@/lib/messages/schemes";
import type { Db } from "../prisma-client";

type Copy = { id: string; kind: "ALLOCATION" | "MINUTES" | "EVALUATION" | "RECOMMENDATION"; sourceId: string; decidedAt: Date };
/** The copy, its Noark 5 metadata, and the written standard it is made in (the deciding body's). */
type Made = { meta: NoarkMetadata; pdf: Uint8Array; language: "nb" | "nn" };

async function allocationCopy(db: Db, c: Copy): Promise<Made | null> {
  const a = await db.allocation.findUnique({ where: { id: c.sourceId }, include: { grant: { include: { county: true } }, scheme: { select: { code: true } }, region: true, decidedBy: true } });
  if (!a) return null;
  const county = a.grant.county;
  // Statsforvalteren's decision, in the office's written standard.
  const t = msgIn(county.language);
  const year = String(a.grant.year);
  const scheme = schemeNameIn(county.language, a.scheme.code);
  const meta: NoarkMetadata = {
    tittel: t("archiveDoc.allocationTitle", { year, region: a.region.name, scheme }), dokumentetsDato: c.decidedAt, avsender: county.governorName, mottaker: a.region.name,
    saksnummer: a.grant.letterRef || null, tilhoerer: t("archiveDoc.allocationBelongs", { year, region: a.region.name, scheme }), eksternID: c.id,
  };
  const lines = [
    t("archiveDoc.recipient", { region: a.region.name }),
    t("archiveDoc.network", { amount: formatNok(a.networkOre) }),
    t("archiveDoc.uh", { amount: formatNok(a.uhOre) }),
    t("archiveDoc.total", { amount: formatNok(a.networkOre + a.uhOre) }),
    t("archiveDoc.approvedBy", { by: a.decidedBy?.name ?? county.governorName, at: formatDateTime(c.decidedAt) }),
    t("archiveDoc.letterRef", { ref: a.grant.letterRef }),
  ];
  const pdf = await renderPdf({ title: meta.tittel, lang: `${county.language}-NO`, author: county.governorName, date: c.decidedAt, intro: [t("archiveDoc.allocationIntro", { governor: county.governorName, year, scheme: schemeLongNameIn(county.language, a.scheme.code) })], blocks: [{ heading: t("archiveDoc.decision"), lines }], noark: meta });
  return { meta, pdf, language: county.language };
}

async function minutesCopy(c: Copy): Promise<Made | null> {
  const data = await getMinutes(c.sourceId);
  if (!data) return null;
  const m = data.meeting;
  // Minutes are the forum's own record (an internal document): no recipient.
  const language = m.forum.language;
  const meta: NoarkMetadata = {
    tittel: minutesBlocks(data).title, dokumentetsDato: c.decidedAt, avsender: m.forum.name, mottaker: null,
    saksnummer: null, tilhoerer: msgIn(language)("minutes.belongs", { meeting: `${m.title}, ${formatDate(m.startsAt)}` }), eksternID: c.id,
  };
  return { meta, pdf: await minutesPdf(data, meta), language };
}

async function evaluationCopy(db: Db, c: Copy): Promise<Made | null> {
  const e = await db.evaluation.findUnique({
    where: { id: c.sourceId },
    include: { scheme: { select: { code: true } }, region: { include: { county: true } }, measures: { include: { measure: true }, orderBy: { measure: { number: "asc" } } } },
  });
  if (!e) return null;
  const county = e.region.county;
  // Accepted by Statsforvalteren: the office's written standard for the copy's own words; the report stays as written.
  const t = msgIn(county.language);
  const year = String(e.year);
  const scheme = schemeNameIn(county.language, e.scheme.code);
  const label = (f: "effect" | "process" | "structure" | "moneyUse" | "participation") => t(`evaluation.fields.${f}.label`);
  const meta: NoarkMetadata = {
    tittel: t("archiveDoc.evaluationTitle", { region: e.region.name, year, scheme }), dokumentetsDato: c.decidedAt, avsender: e.region.name, mottaker: county.governorName,
    saksnummer: null, tilhoerer: t("archiveDoc.evaluationBelongs", { region: e.region.name, year, scheme }), eksternID: c.id,
  };
  const fields = ["effect", "process", "structure", "moneyUse", "participation"] as const;
  const blocks: PdfBlock[] = [
    ...fields.map((f) => ({ heading: label(f), lines: e[f].split(/\n+/).filter(Boolean) })),
    ...e.measures.map((m) => ({
      heading: t("archiveDoc.measureHeading", { number: String(m.measure.number), title: m.measure.title }),
      lines: (["effect", "process", "structure"] as const).flatMap((f) => (m[f] ? [`${label(f)}: ${m[f]}`] : [])),
    })),
  ];
  const pdf = await renderPdf({ title: meta.tittel, lang: `${county.language}-NO`, author: e.region.name, date: c.decidedAt, intro: [t("archiveDoc.evaluationIntro", { region: e.region.name, year, scheme, at: formatDateTime(c.decidedAt) })], blocks, noark: meta });
  return { meta, pdf, language: county.language };
}

async function recommendationCopy(db: Db, c: Copy): Promise<Made | null> {
  const rec = await db.recommendation.findUnique({ where: { id: c.sourceId }, include: { county: true } });
  if (!rec) return null;
  const published = await getPublishedRecommendation(rec.county.slug, rec.year);
  if (!published) return null;
  const number = published.rec.adoptedCase?.number ?? null;
  const meta: NoarkMetadata = {
    tittel: msgIn(published.language)("recommendationDoc.title", { forum: rec.county.forumName, year: String(rec.year), scheme: schemeNameIn(published.language, published.rec.scheme.code) }), dokumentetsDato: c.decidedAt, avsender: rec.county.forumName, mottaker: rec.county.governorName,
    saksnummer: number, tilhoerer: msgIn(published.language)(number ? "archiveDoc.recommendationBelongs" : "archiveDoc.recommendationYear", { number: number ?? "", year: String(rec.year) }), eksternID: c.id,
  };
  return { meta, pdf: await recommendationPdf(published, meta), language: published.language };
}

/**
 * Makes the PDF/A of a copy that has none yet. Returns false if the decided thing is gone. Two instances may both
 * make it; only the first write lands (the row's PDF is set where it is still null), and the database keeps it.
 */
export async function makeArchiveCopy(db: Db, copyId: string, now = new Date()): Promise<boolean> {
  const c = await db.archiveCopy.findUnique({ where: { id: copyId }, select: { id: true, kind: true, sourceId: true, decidedAt: true, generatedAt: true } });
  if (!c) return false;
  if (c.generatedAt) return true;
  const made = c.kind === "ALLOCATION" ? await allocationCopy(db, c)
    : c.kind === "MINUTES" ? await minutesCopy(c)
    : c.kind === "EVALUATION" ? await evaluationCopy(db, c)
    : await recommendationCopy(db, c);
  if (!made) return false;
  const bytes = Buffer.from(made.pdf);
  await db.archiveCopy.updateMany({
    where: { id: c.id, pdf: null },
    data: {
      pdf: bytes, sha256: createHash("sha256").update(bytes).digest("hex"), sizeBytes: bytes.length, generatedAt: now,
      title: made.meta.tittel, documentDate: made.meta.dokumentetsDato, sender: made.meta.avsender, recipient: made.meta.mottaker,
      caseNumber: made.meta.saksnummer, belongsTo: made.meta.tilhoerer, language: made.language,
    },
  });
  return true;
}
