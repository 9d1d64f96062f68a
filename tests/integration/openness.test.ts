// Openness: Statsforvalteren holds a final document back from the public pages with a reason, and releases it; a
// draft is not public to begin with; nobody else may do either. Changes are audited.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/database";
import { actorByEmail } from "../support/actors";
import type { PortalUser } from "../../src/server/auth/actor";
import { releaseDocument, withholdDocument } from "../../src/server/openness/service";
import { withheldReason } from "../../src/server/openness/documents";
import type { Db } from "../../src/server/prisma-client";

const t = useTestDatabase();
let db: Db;
const u: Record<string, PortalUser> = {};
const forbidden = { ok: false, message: "Du har ikke tilgang til å gjøre dette." };
const as = (email: string) => actorByEmail(db, email);

beforeAll(async () => {
  db = t.db;
  u.sf = await as("stine.berg@statsforvalteren.example");
  u.forum = await as("jon.nyland@ks.example");
  u.su = await as("kari.strand@rkk.example");
});

describe("holding a document back", () => {
  it("is for Statsforvalteren, for final documents only, once, with the reason shown, and it can be released", async () => {
    const accepted = await db.evaluation.findFirstOrThrow({ where: { status: "ACCEPTED", region: { slug: "vesteralen" } }, include: { region: true } });
    const draft = await db.evaluation.create({ data: { schemeId: "dekom", regionId: accepted.regionId, year: 2031 } });
    const input = { kind: "EVALUATION", documentId: accepted.id, reason: "Offentleglova § 14, organinternt dokument" };
    for (const who of [u.forum, u.su]) expect(await withholdDocument(db, who, input)).toEqual(forbidden);
    expect(await withholdDocument(db, u.sf, { ...input, documentId: draft.id })).toEqual({ ok: false, message: "Dokumentet er ikke endelig ennå, og er derfor ikke offentlig." });
    expect(await withholdDocument(db, u.sf, { ...input, reason: "Nei" })).toMatchObject({ ok: false, fieldErrors: { reason: [expect.any(String)] } });
    expect(await withheldReason(db, "EVALUATION", accepted.id)).toBeNull();
    const audit = await db.auditEntry.count();
    expect(await withholdDocument(db, u.sf, input)).toEqual({ ok: true, message: `Evaluering ${accepted.year}: Vesterålen er holdt tilbake fra de offentlige sidene.` });
    expect(await withheldReason(db, "EVALUATION", accepted.id)).toBe("Offentleglova § 14, organinternt dokument");
    expect(await withholdDocument(db, u.sf, input)).toEqual({ ok: false, message: "Dokumentet er allerede holdt tilbake." });
    expect(await releaseDocument(db, u.forum, { kind: "EVALUATION", documentId: accepted.id })).toEqual(forbidden);
    expect(await releaseDocument(db, u.sf, { kind: "EVALUATION", documentId: accepted.id })).toMatchObject({ ok: true });
    expect(await withheldReason(db, "EVALUATION", accepted.id)).toBeNull();
    expect(await releaseDocument(db, u.sf, { kind: "EVALUATION", documentId: accepted.id })).toEqual({ ok: false, message: "Dokumentet er ikke holdt tilbake." });
    expect((await db.auditEntry.findMany({ where: { entityId: accepted.id }, orderBy: { id: "asc" } })).slice(-2).map((a) => a.action)).toEqual(["document.withhold", "document.release"]);
    expect(await db.auditEntry.count()).toBe(audit + 2);
  });
});
