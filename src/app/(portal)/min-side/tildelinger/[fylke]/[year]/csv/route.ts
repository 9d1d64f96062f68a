// The year's allocations as a CSV file a Norwegian spreadsheet opens correctly: UTF-8 with a byte order
// mark (so æøå survive), semicolons between fields, decimal comma, CRLF line ends.
import { formatCsvAmount } from "@/domain/money";
import { formatMillionths, shareOfKey } from "@/domain/allocation";
import { requestLocale } from "@/i18n/request-locale";
import { msgIn } from "@/i18n/server-text";
import { numberCell, textCell } from "@/lib/csv";
import { currentUser } from "@/server/auth/session";
import { getAllocationYear } from "@/server/allocations/queries";
import { budgetYear } from "@/lib/budget-year";


export async function GET(req: Request, { params }: { params: Promise<{ fylke: string; year: string }> }) {
  const { fylke, year: y } = await params;
  const year = budgetYear(y);
  const t = msgIn(await requestLocale());
  const user = await currentUser();
  if (!user) return new Response(t("allocations.csvNotSignedIn"), { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const ordning = new URL(req.url).searchParams.get("ordning") ?? undefined;
  const data = year !== null ? await getAllocationYear(user, fylke, year, ordning) : null;
  if (!data?.grant) return new Response(t("allocations.csvNotFound"), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const share = (regionId: string) => shareOfKey(data.key?.shares.find((s) => s.regionId === regionId)?.weight ?? 0, data.key?.shares ?? []);
  const rows = [
    (["region", "key", "network", "uh", "sum", "status", "approvedNetwork", "approvedUh"] as const).map((k) => t(`allocations.csvHead.${k}`)),
    ...data.grant.allocations.map((a) => [
      textCell(a.region.name), numberCell(formatMillionths(share(a.regionId)).replace(/\u00a0%$/, "")), numberCell(formatCsvAmount(a.networkOre)), numberCell(formatCsvAmount(a.uhOre)),
      numberCell(formatCsvAmount(a.networkOre + a.uhOre)), textCell(t(`allocationStatus.${a.status}`)),
      a.approvedNetworkOre === null ? "" : numberCell(formatCsvAmount(a.approvedNetworkOre)), a.approvedUhOre === null ? "" : numberCell(formatCsvAmount(a.approvedUhOre)),
    ]),
  ];
  const body = "\uFEFF" + rows.map((r, i) => (i === 0 ? r.map(textCell) : r).join(";")).join("\r\n") + "\r\n";
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="tildeling-${data.scheme?.code ?? ""}-${data.county.slug}-${year}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
