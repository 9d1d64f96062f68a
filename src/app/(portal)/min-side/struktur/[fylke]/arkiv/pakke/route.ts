// The package of waiting archive copies (zip: PDF/A files and arkivkopier.xml), made up to ?til= (default now):
// the same bound the page's "mark as archived" form posts, so copies made after the download are not marked.
import { currentUser } from "@/server/auth/session";
import { archivePackage } from "@/server/archive/package";

export async function GET(req: Request, { params }: { params: Promise<{ fylke: string }> }) {
  const { fylke } = await params;
  const user = await currentUser();
  if (!user) return new Response("Du må logge inn.", { status: 401 });
  const til = new URL(req.url).searchParams.get("til");
  const upTo = til ? new Date(til) : new Date();
  if (Number.isNaN(upTo.getTime())) return new Response("Ugyldig tidspunkt i ?til=.", { status: 400 });
  const pkg = await archivePackage(user, fylke, upTo);
  if (!pkg) return new Response("Fant ikke fylket.", { status: 404 });
  return new Response(new Uint8Array(pkg.zip), {
    headers: { "Content-Type": "application/zip", "Content-Disposition": `attachment; filename="arkivkopier-${pkg.county.slug}-${upTo.toISOString().slice(0, 10)}.zip"`, "Cache-Control": "no-store" },
  });
}
