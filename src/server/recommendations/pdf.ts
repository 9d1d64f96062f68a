import "server-only";
// The adopted innstilling as a PDF, laid out from the same blocks as the page.
import { formatDate } from "@/lib/format";
import type { Locale } from "@/i18n/config";
import { msgIn } from "@/i18n/server-text";
import { schemeNameIn } from "@/lib/messages/schemes";
import { recommendationBlocks } from "./document";
import { renderPdf, type NoarkMetadata } from "../pdf/document";
import type { getPublishedRecommendation } from "./queries";

/** The PDF in the Samarbeidsforum's written standard (`language`), as the page shows it. */
type Published = NonNullable<Awaited<ReturnType<typeof getPublishedRecommendation>>>;
/** The document needs the innstilling and its county, not the page's scheme links. */
export function recommendationPdf(published: Pick<Published, "content" | "withheld" | "language" | "rec">, noark?: NoarkMetadata): Promise<Uint8Array> {
  const { rec, content, language } = published;
  const t = msgIn(language);
  const d = recommendationBlocks(content.assembled, content, language);
  return renderPdf({
    title: t("recommendationDoc.title", { forum: rec.county.forumName, year: String(rec.year), scheme: schemeNameIn(language, rec.scheme.code) }),
    lang: `${language satisfies Locale}-NO`,
    author: rec.county.governorName,
    date: rec.adoptedAt ?? rec.updatedAt,
    intro: [...(rec.adoptedCase ? [t("recommendationDoc.adopted", { number: rec.adoptedCase.number, date: formatDate(rec.adoptedCase.meeting.startsAt) })] : []), ...d.intro],
    blocks: d.blocks,
    noark,
  });
}
