import "server-only";
// A signed-in user's written standard, remembered on the user so that e-mails to them (deadline reminders) are
// written in it. The header's choice sets it; choosing the same again writes nothing.
import type { Locale } from "@/i18n/config";
import { recordAudit } from "../audit";
import type { Db } from "../prisma-client";

export async function rememberLanguage(db: Db, userId: string, language: Locale): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { language: true } });
    if (!before || before.language === language) return;
    await tx.user.update({ where: { id: userId }, data: { language } });
    await recordAudit(tx, { actorId: userId, action: "user.language", entityType: "User", entityId: userId, before, after: { language } });
  });
}
