// One archive copy (PDF/A) as kept, for Statsforvalteren of its county.
import { currentUser } from "@/server/auth/session";
import { requestLocale } from "@/i18n/request-locale";
import { msgIn } from "@/i18n/server-text";
import { getArchiveCopyFile } from "@/server/archive/queries";

export async function GET(_req: Request, { params }: { params: Promise<{ fylke: string; id: string }> }) {
  const t = msgIn(await requestLocale());
  const { fylke, id } = await params;
  const user = await currentUser();
  if (!user) return new Response(t("archive.signIn"), { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const file = await getArchiveCopyFile(user, fylke, id);
  if (!file) return new Response(t("archive.copyNotFound"), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(file.pdf), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${file.fileName}"`, "Cache-Control": "no-store" },
  });
}
