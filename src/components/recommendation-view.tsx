import { TableScroll } from "@/components/table-scroll";
import type { Assembled } from "@/domain/recommendation";
import type { Locale } from "@/i18n/config";
import { recommendationBlocks } from "@/server/recommendations/document";

/**
 * The innstilling's content, the same blocks the PDF prints: the money table, then each region, in the
 * Samarbeidsforum's written standard (`language`, marked on the element for screen readers).
 */
export function RecommendationView({ assembled, text, language, level = 2 }: { assembled: Assembled; text: { intro: string; notes: Record<string, string> }; language: Locale; level?: 2 | 3 }) {
  const doc = recommendationBlocks(assembled, text, language);
  const H = level === 2 ? "h2" : "h3";
  return (
    <div lang={language} className="space-y-6">
      {doc.intro.map((p, i) => <p key={i} className="ds-paragraph">{p}</p>)}
      {doc.blocks.map((b) => (
        <section key={b.heading} aria-label={b.heading} className="space-y-2">
          <H className="ds-heading" data-size="sm">{b.heading}</H>
          {b.lines.map((l, i) => <p key={i} className="ds-paragraph">{l}</p>)}
          {b.table && (
            <TableScroll label={b.heading}>
              <table className="ds-table" data-border="true" data-size="sm">
                <caption className="sr-only">{b.heading}</caption>
                <thead><tr>{b.table.head.map((h, i) => <th key={h} scope="col" className={i ? "text-right" : undefined}>{h}</th>)}</tr></thead>
                <tbody>
                  {b.table.rows.map((r) => <tr key={r[0]}>{r.map((c, i) => (i === 0 ? <th key={i} scope="row" className="font-normal">{c}</th> : <td key={i} className="text-right tabular-nums">{c}</td>))}</tr>)}
                </tbody>
              </table>
            </TableScroll>
          )}
        </section>
      ))}
    </div>
  );
}
