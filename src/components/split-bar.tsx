import { formatBasisPoints, formatNok } from "@/domain/money";
import { TableScroll } from "@/components/table-scroll";
import { msg } from "@/i18n/server-text";

/** `share`: the part's agreed share in basis points, shown instead of one computed from the rounded amounts. */
type Part = { label: string; ore: bigint; color: string; share?: number };

/**
 * A horizontal bar of parts of a whole, with the same figures in a table beside it: the bar is for the
 * eye, the table for everyone (screen readers, print, copying).
 */
export function SplitBar({ caption, parts }: { caption: string; parts: Part[] }) {
  const total = parts.reduce((a, p) => a + p.ore, 0n);
  // Rounded to the nearest basis point (truncating showed a 40 % share as 39,99 % after a rounded pot).
  const bp = (ore: bigint) => (total === 0n ? 0 : Number((ore * 20_000n + total) / (2n * total)));
  return (
    <figure className="space-y-3">
      <div className="flex h-8 w-full overflow-hidden rounded" aria-hidden="true">
        {parts.map((p) => (
          <div key={p.label} style={{ width: `${bp(p.ore) / 100}%`, background: p.color }} title={`${p.label}: ${formatNok(p.ore)}`} />
        ))}
      </div>
      <TableScroll label={msg("allocations.splitLabel")}>
        <table className="ds-table" data-size="sm" data-border="true">
          <caption className="text-left font-semibold pb-1">{caption}</caption>
          <thead><tr><th scope="col">{msg("allocations.splitPart")}</th><th scope="col" className="text-right">{msg("allocations.splitAmount")}</th><th scope="col" className="text-right">{msg("allocations.splitShare")}</th></tr></thead>
          <tbody>
            {parts.map((p) => (
              <tr key={p.label}>
                <th scope="row" className="font-normal">
                  <span aria-hidden="true" className="inline-block w-3 h-3 mr-2 align-middle rounded-sm" style={{ background: p.color }} />
                  {p.label}
                </th>
                <td className="text-right tabular-nums">{formatNok(p.ore)}</td>
                <td className="text-right tabular-nums">{formatBasisPoints(p.share ?? bp(p.ore))}</td>
              </tr>
            ))}
          </tbody>
          <tfoot><tr><th scope="row">{msg("allocations.splitSum")}</th><td className="text-right tabular-nums font-semibold">{formatNok(total)}</td><td className="text-right">100&nbsp;%</td></tr></tfoot>
        </table>
      </TableScroll>
    </figure>
  );
}
