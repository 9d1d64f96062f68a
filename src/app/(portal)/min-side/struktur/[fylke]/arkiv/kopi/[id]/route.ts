// One archive copy (PDF/A) as kept, for Statsforvalteren of its county.
import { currentUser } from "@/server/auth/session";
import { getArchiveCopyFile } from "@/server/archive/queries";

export async function GET(_req: Request, { params }: { params: Promise<{ fylke: string; id: string }> }) {
  const { fylke, id } = await params;
  const user = await currentUser();
  if (!user) return new Response("Du må logge inn.", { status: 401 });
  const file = await getArchiveCopyFile(user, fylke, id);
  if (!file) return new Response("Fant ikke arkivkopien.", { status: 404 });
  return new Response(new Uint8Array(file.pdf), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${file.fileName}"`, "Cache-Control": "no-store" },
  });
}
