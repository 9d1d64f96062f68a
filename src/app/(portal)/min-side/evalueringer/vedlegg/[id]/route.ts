// Downloads an attachment for those who may read the report.
import { currentUser } from "@/server/auth/session";
import { getEvaluationAttachment } from "@/server/evaluations/queries";
import { fileResponse } from "@/server/uploads";
import { msgIn } from "@/i18n/server-text";
import { requestLocale } from "@/i18n/request-locale";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const t = msgIn(await requestLocale());
  const user = await currentUser();
  if (!user) return text(t("attachments.signInToDownload"), 401);
  const a = await getEvaluationAttachment(user, (await params).id);
  return a ? fileResponse(a) : text(t("attachments.notFound"), 404);
}
