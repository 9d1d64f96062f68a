import "server-only";
// Records, in the decision's own transaction, that the decision is owed an archive copy: a decision and its
// copy's place in the queue are committed together or not at all. Deciding the same thing twice in the same
// instant records one copy (the unique key), never two.
import type { ArchiveKind } from "@/domain/archive";
import type { Tx } from "../transaction";
import { kickArchiveJob } from "./job-kick";

export async function recordArchiveCopy(tx: Tx, copy: { countyId: string; kind: ArchiveKind; sourceId: string; decidedAt: Date; schemeId: string | null }): Promise<void> {
  await tx.archiveCopy.createMany({ data: [copy], skipDuplicates: true });
  kickArchiveJob();
}
