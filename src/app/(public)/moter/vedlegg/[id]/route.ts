// Downloads a case document. Case documents of a public body's decided cases are public, like the
// minutes; documents of open cases are for those who sit in or may read the forum.
import { currentUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { fileResponse } from "@/server/uploads";
import { canFollowForum } from "@/server/voting/queries";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const a = await db().caseAttachment.findUnique({ where: { id: (await params).id }, include: { case: { include: { meeting: true } } } });
  const user = await currentUser();
  const allowed = a && (a.case.status === "DECIDED" || (user && (await canFollowForum(user, a.case.meeting.forumId))));
  if (!a || !allowed) return new Response("Fant ikke dokumentet.", { status: 404 });
  return fileResponse(a);
}
