// One table of the oversight as CSV for Norwegian spreadsheets (UTF-8 with BOM, semicolons, decimal comma, CRLF):
// the same columns and figures as the page (src/lib/messages/oversight.ts). A GET only reads.
import { formatCsvAmount } from "@/domain/money";
import { budgetYear } from "@/lib/budget-year";
import { numberCell, textCell } from "@/lib/csv";
import { oversightTables, VIEWS, type Cell, type View } from "@/lib/messages/oversight";
import { currentUser } from "@/server/auth/session";
import { requestLocale } from "@/i18n/request-locale";
import { msg, withLocale } from "@/i18n/server-text";
import { getOversight } from "@/server/oversight/queries";

const cell = (c: Cell) => ("text" in c ? textCell(c.text) : "ore" in c ? numberCell(formatCsvAmount(c.ore)) : c.count === null ? "" : numberCell(String(c.count)));

/** The file's headings and messages in the reader's language. */
export async function GET(req: Request, ctx: { params: Promise<{ fylke: string }> }) {
  const locale = await requestLocale();
  return withLocale(locale, () => csv(req, ctx));
}

async function csv(req: Request, { params }: { params: Promise<{ fylke: string }> }) {
  const { fylke } = await params;
  const url = new URL(req.url);
  const view = (url.searchParams.get("visning") ?? "region") as View;
  const ar = url.searchParams.get("ar");
  const year = ar && ar !== "alle" ? budgetYear(ar) : null;
  const user = await currentUser();
  if (!user) return new Response(msg("oversight.signIn"), { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const data = VIEWS.includes(view) && !(ar && ar !== "alle" && year === null) ? await getOversight(user, fylke, { year, regionId: url.searchParams.get("region") || null, scheme: url.searchParams.get("ordning") ?? undefined }) : null;
  if (!data?.data) return new Response(msg("oversight.notFound"), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const table = oversightTables(data.data, (id) => data.regions.find((r) => r.id === id)?.name ?? "")[view];
  const body = "\uFEFF" + [table.head.map(textCell).join(";"), ...table.rows.map((r) => r.map(cell).join(";"))].join("\r\n") + "\r\n";
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="oversikt-${view}-${data.county.slug}-${data.years.length === 1 ? data.years[0] : "periode"}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
