// Downloads an attachment for those who may read the report.
import { can } from "@/domain/authorization";
import { currentUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { fileResponse } from "@/server/uploads";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  if (!user) return new Response("Du må logge inn.", { status: 401 });
  const a = await db().evaluationAttachment.findUnique({ where: { id: (await params).id }, include: { evaluation: { include: { region: true } } } });
  if (!a || !can(user, "evaluation.read", { countyId: a.evaluation.region.countyId, regionId: a.evaluation.regionId })) {
    return new Response("Fant ikke vedlegget.", { status: 404 });
  }
  return fileResponse(a);
}
