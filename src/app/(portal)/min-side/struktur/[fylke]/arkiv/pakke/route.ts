// The package of waiting archive copies (zip: PDF/A files and arkivkopier.xml), made up to ?til= (default now):
// the same bound the page's "mark as archived" form posts, so copies made after the download are not marked.
import { currentUser } from "@/server/auth/session";
import { requestLocale } from "@/i18n/request-locale";
import { msgIn } from "@/i18n/server-text";
import { archivePackage } from "@/server/archive/package";

export async function GET(req: Request, { params }: { params: Promise<{ fylke: string }> }) {
  const t = msgIn(await requestLocale());
  const { fylke } = await params;
  const user = await currentUser();
  if (!user) return new Response(t("archive.signIn"), { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const til = new URL(req.url).searchParams.get("til");
  const upTo = til ? new Date(til) : new Date();
  if (Number.isNaN(upTo.getTime())) return new Response(t("archive.badTime"), { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const pkg = await archivePackage(user, fylke, upTo);
  if (!pkg) return new Response(t("archive.countyNotFound"), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(pkg.zip), {
    headers: { "Content-Type": "application/zip", "Content-Disposition": `attachment; filename="arkivkopier-${pkg.county.slug}-${upTo.toISOString().slice(0, 10)}.zip"`, "Cache-Control": "no-store" },
  });
}
