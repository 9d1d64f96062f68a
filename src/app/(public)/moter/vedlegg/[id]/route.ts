// Downloads a case document (see getCaseAttachment for who may).
import { currentUser } from "@/server/auth/session";
import { getCaseAttachment } from "@/server/voting/queries";
import { fileResponse } from "@/server/uploads";
import { msgIn } from "@/i18n/server-text";
import { requestLocale } from "@/i18n/request-locale";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const a = await getCaseAttachment(await currentUser(), (await params).id);
  return a ? fileResponse(a) : new Response(msgIn(await requestLocale())("publicMeetings.attachmentNotFound"), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
