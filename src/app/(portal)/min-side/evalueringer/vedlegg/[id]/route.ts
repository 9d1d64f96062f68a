// Downloads an attachment for those who may read the report.
import { currentUser } from "@/server/auth/session";
import { getEvaluationAttachment } from "@/server/evaluations/queries";
import { fileResponse } from "@/server/uploads";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  if (!user) return new Response("Du må logge inn.", { status: 401 });
  const a = await getEvaluationAttachment(user, (await params).id);
  return a ? fileResponse(a) : new Response("Fant ikke vedlegget.", { status: 404 });
}
