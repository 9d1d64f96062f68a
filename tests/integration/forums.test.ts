// Forums and their members set up in the browser: allowed, refused, audited; open rounds untouched.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/database";
import { actorByEmail } from "../support/actors";
import type { PortalUser } from "../../src/server/auth/actor";
import { addForumMember, createForum, removeForumMember } from "../../src/server/structure/forums";
import type { Db } from "../../src/server/prisma-client";

const t = useTestDatabase();
let db: Db;
let stine: PortalUser;
let kari: PortalUser;
let countyId: string;
let lofoten: { id: string };
const as = (email: string) => actorByEmail(db, email);

beforeAll(async () => {
  db = t.db;
  stine = await as("stine.berg@statsforvalteren.example");
  kari = await as("kari.strand@rkk.example");
  countyId = (await db.county.findFirstOrThrow({ where: { slug: "nordland" } })).id;
  lofoten = await db.region.findFirstOrThrow({ where: { slug: "lofoten" }, include: { owners: true } });
});

describe("forums", () => {
  it("Statsforvalteren creates a region's Oppvekstforum once, with the rules of seed 001; the skoleutvikler of another region may not", async () => {
    expect(await createForum(db, kari, { countyId, regionId: lofoten.id })).toEqual({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect(await createForum(db, stine, { countyId, regionId: lofoten.id })).toMatchObject({ ok: true, message: "Oppvekstforum Lofoten er opprettet." });
    expect(await createForum(db, stine, { countyId, regionId: lofoten.id })).toMatchObject({ ok: false, message: "Forumet finnes allerede." });
    expect(await createForum(db, stine, { countyId })).toMatchObject({ ok: false, message: "Forumet finnes allerede." }); // the seeded Samarbeidsforum
    expect(await db.forum.findFirstOrThrow({ where: { regionId: lofoten.id } })).toMatchObject({ voteUnit: "MUNICIPALITY", leaderBreaksTie: true, requiresConsensusFailure: false });
  });

  it("adds members; a second leader, a municipal seat without a municipality and one from another region are refused", async () => {
    const forum = await db.forum.findFirstOrThrow({ where: { regionId: lofoten.id } });
    const owner = await db.schoolOwner.findFirstOrThrow({ where: { regionId: lofoten.id } });
    const other = await db.schoolOwner.findFirstOrThrow({ where: { region: { slug: "ofoten" } } });
    const member = (over: Record<string, string>) => ({ forumId: forum.id, name: "Liv Lofot", organisation: owner.name, title: "", kind: "KOMMUNE", schoolOwnerId: owner.id, position: "LEDER", ...over });
    expect(await addForumMember(db, stine, member({}))).toMatchObject({ ok: true });
    const audit = await db.auditEntry.count();
    expect(await addForumMember(db, stine, member({ name: "Per Two" }))).toMatchObject({ ok: false, fieldErrors: { position: ["Forumet har allerede en leder. Gjør den andre til medlem først."] } });
    expect(await addForumMember(db, stine, member({ position: "MEDLEM", schoolOwnerId: "" }))).toMatchObject({ ok: false, fieldErrors: { schoolOwnerId: ["Velg kommunen representanten sitter for."] } });
    expect(await addForumMember(db, stine, member({ position: "MEDLEM", schoolOwnerId: other.id }))).toMatchObject({ ok: false, fieldErrors: { schoolOwnerId: ["Kommunen hører ikke til regionen."] } });
    expect(await db.auditEntry.count()).toBe(audit);
    const results = await Promise.all([1, 2, 3].map((n) => addForumMember(db, stine, member({ name: `Nestleder ${n}`, kind: "UH", organisation: "Nord universitet", schoolOwnerId: "", position: "NESTLEDER" }))));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const liv = await db.forumMember.findFirstOrThrow({ where: { forumId: forum.id, name: "Liv Lofot" } });
    expect(liv).toMatchObject({ holdsVote: true, position: "LEDER" });
    expect(await removeForumMember(db, stine, { memberId: liv.id })).toMatchObject({ ok: true });
    expect(await db.auditEntry.findFirst({ where: { entityId: forum.id, action: "forum.member.remove" } })).toMatchObject({ before: { name: "Liv Lofot" } });
  });

  it("lets a skoleutvikler manage her own region's Oppvekstforum, not another region's", async () => {
    const own = await db.forumMember.findFirstOrThrow({ where: { forum: { region: { slug: "vesteralen" } }, kind: "PPD" } });
    const lofotenForum = await db.forum.findFirstOrThrow({ where: { regionId: lofoten.id } });
    const elsewhere = await db.forumMember.findFirstOrThrow({ where: { forumId: lofotenForum.id } });
    expect(await removeForumMember(db, kari, { memberId: elsewhere.id })).toEqual({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect(await removeForumMember(db, kari, { memberId: own.id })).toMatchObject({ ok: true });
  });
});
