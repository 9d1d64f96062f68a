import "server-only";
// The adopted innstilling as a PDF, laid out from the same blocks as the page.
import { formatDate } from "@/lib/format";
import { recommendationBlocks, recommendationText as t } from "@/lib/messages/recommendations";
import { renderPdf, type NoarkMetadata } from "../pdf/document";
import type { getPublishedRecommendation } from "./queries";

export function recommendationPdf(published: NonNullable<Awaited<ReturnType<typeof getPublishedRecommendation>>>, noark?: NoarkMetadata): Promise<Uint8Array> {
  const { rec, content } = published;
  const d = recommendationBlocks(content.assembled, content);
  return renderPdf({
    title: t.heading(rec.county.forumName, rec.year),
    lang: "nb-NO",
    author: rec.county.governorName,
    date: rec.adoptedAt ?? rec.updatedAt,
    intro: [...(rec.adoptedCase ? [t.statusAdopted(rec.adoptedCase.number, formatDate(rec.adoptedCase.meeting.startsAt))] : []), ...d.intro],
    blocks: d.blocks,
    noark,
  });
}
