// The adopted innstilling as a PDF with an embedded font (src/server/recommendations/pdf.ts). A draft is not found.
import { budgetYear } from "@/lib/budget-year";
import { recommendationText } from "@/lib/messages/recommendations";
import { recommendationPdf } from "@/server/recommendations/pdf";
import { getPublishedRecommendation } from "@/server/recommendations/queries";

export const dynamic = "force-dynamic";

/** ?ordning= picks the scheme's innstilling (the page's scheme links); without it, the first scheme's. */
export async function GET(req: Request, { params }: { params: Promise<{ fylke: string; year: string }> }) {
  const { fylke, year: y } = await params;
  const year = budgetYear(y);
  const ordning = new URL(req.url).searchParams.get("ordning");
  const code = ordning !== null && /^[a-z0-9-]{2,40}$/.test(ordning) ? ordning : undefined;
  const published = year === null || (ordning !== null && !code) ? null : await getPublishedRecommendation(fylke, year, code);
  if (!published || published.withheld) return new Response(recommendationText.pdfNotFound, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const bytes = await recommendationPdf(published);
  return new Response(Buffer.from(bytes), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `inline; filename="innstilling-${published.scheme.code}-${fylke}-${year}.pdf"` },
  });
}
