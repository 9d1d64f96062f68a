// The adopted innstilling as a PDF with an embedded font (src/server/recommendations/pdf.ts). A draft is not found.
import { budgetYear } from "@/lib/budget-year";
import { recommendationText } from "@/lib/messages/recommendations";
import { recommendationPdf } from "@/server/recommendations/pdf";
import { getPublishedRecommendation } from "@/server/recommendations/queries";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ fylke: string; year: string }> }) {
  const { fylke, year: y } = await params;
  const year = budgetYear(y);
  const published = year === null ? null : await getPublishedRecommendation(fylke, year);
  if (!published || published.withheld) return new Response(recommendationText.pdfNotFound, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const bytes = await recommendationPdf(published);
  return new Response(Buffer.from(bytes), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `inline; filename="innstilling-${fylke}-${year}.pdf"` },
  });
}
