// Downloads a case document (see getCaseAttachment for who may).
import { currentUser } from "@/server/auth/session";
import { getCaseAttachment } from "@/server/voting/queries";
import { fileResponse } from "@/server/uploads";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const a = await getCaseAttachment(await currentUser(), (await params).id);
  return a ? fileResponse(a) : new Response("Fant ikke dokumentet.", { status: 404 });
}
