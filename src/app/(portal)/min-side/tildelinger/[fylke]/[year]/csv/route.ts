// The year's allocations as a CSV file a Norwegian spreadsheet opens correctly: UTF-8 with a byte order
// mark (so æøå survive), semicolons between fields, decimal comma, CRLF line ends.
import { formatBasisPoints, formatCsvAmount } from "@/domain/money";
import { allocationStatusLabel } from "@/lib/messages";
import { currentUser } from "@/server/auth/session";
import { getAllocationYear } from "@/server/allocations/queries";

const cell = (v: string) => (/[";\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export async function GET(_req: Request, { params }: { params: Promise<{ fylke: string; year: string }> }) {
  const { fylke, year: y } = await params;
  const year = Number(y);
  const user = await currentUser();
  if (!user) return new Response("Du må logge inn.", { status: 401 });
  const data = Number.isSafeInteger(year) ? await getAllocationYear(user, fylke, year) : null;
  if (!data?.grant) return new Response("Fant ikke tildelingen.", { status: 404 });
  const share = (regionId: string) => data.key?.shares.find((s) => s.regionId === regionId)?.basisPoints ?? 0;
  const rows = [
    ["Region", "Nøkkel (%)", "Nettverk (kr)", "UH (kr)", "Sum (kr)", "Status", "Godkjent nettverk før endring (kr)", "Godkjent UH før endring (kr)"],
    ...data.grant.allocations.map((a) => [
      a.region.name, formatBasisPoints(share(a.regionId)).replace(/\u00a0%$/, ""), formatCsvAmount(a.networkOre), formatCsvAmount(a.uhOre),
      formatCsvAmount(a.networkOre + a.uhOre), allocationStatusLabel[a.status],
      a.approvedNetworkOre === null ? "" : formatCsvAmount(a.approvedNetworkOre), a.approvedUhOre === null ? "" : formatCsvAmount(a.approvedUhOre),
    ]),
  ];
  const body = "\uFEFF" + rows.map((r) => r.map(cell).join(";")).join("\r\n") + "\r\n";
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="tildeling-${data.county.slug}-${year}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
