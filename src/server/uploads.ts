import { id } from "./form-fields";
import type { Actor } from "@/domain/authorization";
import { checkAttachment } from "@/domain/attachment";
import { errors, msg } from "@/i18n/server-text";
import type { ActionResult } from "./action-result";
import type { Db } from "./prisma-client";
import { refusable, type Tx } from "./transaction";

export type CheckedFile = { filename: string; mime: string; bytes: Uint8Array };

/** Like guarded(), for a file: refuse the anonymous caller, check the file's content and size, then run the work in one transaction. */
export async function guardedUpload(
  db: Db,
  actor: Actor | null,
  upload: { filename: string; bytes: Uint8Array; targetId: string },
  work: (tx: Tx, actor: Actor, file: CheckedFile) => Promise<ActionResult>,
): Promise<ActionResult> {
  if (!actor) return { ok: false, message: errors.notSignedIn };
  // What the file is attached to: an id that cannot exist (a NUL byte, a script) is not found, not a 500.
  if (!id.safeParse(upload.targetId).success) return { ok: false, message: errors.notFound };
  const check = checkAttachment(upload.filename, upload.bytes);
  if (!check.ok) {
    const { code, ...values } = check.problem;
    const message = msg(`attachmentProblem.${code}`, values as never);
    return { ok: false, message, fieldErrors: { file: [message] } };
  }
  return refusable(() => db.$transaction((tx) => work(tx, actor, { filename: check.filename, mime: check.mime, bytes: upload.bytes })));
}

/** A stored file as a download: never sniffed or cached, with its Norwegian name intact. */
export function fileResponse(file: { data: Uint8Array; mimeType: string; filename: string }): Response {
  return new Response(Buffer.from(file.data), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
