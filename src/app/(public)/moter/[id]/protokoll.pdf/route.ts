// The minutes as a PDF (PDF/A-2b, the same file the archive copy is made from).
import { getMinutes } from "@/server/voting/queries";
import { minutesPdf } from "@/server/voting/minutes";
import { msgIn } from "@/i18n/server-text";
import { requestLocale } from "@/i18n/request-locale";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const data = await getMinutes((await params).id);
  if (!data) return new Response(msgIn(await requestLocale())("minutes.notFound"), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const bytes = await minutesPdf(data);
  return new Response(new Uint8Array(bytes), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `inline; filename="protokoll-${data.meeting.id}.pdf"` },
  });
}
