// The portal's database role owns nothing: it reads and writes rows, adds audit entries, and cannot change
// the schema, switch the audit trigger off, or change or remove an audit entry (issue: least privilege).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/database";
import { ensureAppRole } from "../../scripts/lib/database.ts";
import { createPrismaClient, type Db } from "../../src/server/prisma-client";
import { recordAudit } from "../../src/server/audit";

const t = useTestDatabase();
const role = `dekom_app_${randomBytes(4).toString("hex")}`;
let app: pg.Client;
let appDb: Db;

beforeAll(async () => {
  const url = await ensureAppRole(t.url, "test-password-1234", role);
  expect(new URL(url).username).toBe(role);
  app = new pg.Client({ connectionString: url });
  await app.connect();
  appDb = createPrismaClient(url);
});

afterAll(async () => {
  await app?.end();
  await appDb?.$disconnect();
  const owner = new pg.Client({ connectionString: t.url });
  await owner.connect();
  await owner.query(`drop owned by ${role}`);
  await owner.query(`drop role ${role}`);
  await owner.end();
});

const refused = (sql: string) => app.query(sql).then(() => "allowed", (e: { code?: string }) => e.code);

describe("the portal's database role", () => {
  it("cannot switch triggers off, change the schema or empty a table", async () => {
    expect(await refused(`ALTER TABLE "AuditEntry" DISABLE TRIGGER ALL`)).toBe("42501");
    expect(await refused(`ALTER TABLE "AuditEntry" DISABLE TRIGGER "AuditEntry_no_update_or_delete"`)).toBe("42501");
    expect(await refused(`DROP TABLE "Ballot"`)).toBe("42501");
    expect(await refused(`CREATE TABLE x (id int)`)).toBe("42501");
    expect(await refused(`TRUNCATE "Allocation"`)).toBe("42501");
    expect(await refused(`SET session_replication_role = replica`)).toBe("42501");
    expect(await refused(`DELETE FROM schema_migrations`)).toBe("42501");
  });

  it("cannot change or remove an audit entry, even without the trigger", async () => {
    expect(await refused(`UPDATE "AuditEntry" SET action = 'x'`)).toBe("42501");
    expect(await refused(`DELETE FROM "AuditEntry"`)).toBe("42501");
  });

  it("reads and writes the rows the portal works with, and adds audit entries", async () => {
    const before = await appDb.auditEntry.count();
    const county = await appDb.county.findFirstOrThrow();
    const updated = await appDb.county.update({ where: { id: county.id }, data: { version: { increment: 1 } } });
    expect(updated.version).toBe(county.version + 1);
    await appDb.$transaction((tx) => recordAudit(tx, { actorId: null, action: "test.least-privilege", entityType: "County", entityId: county.id }));
    expect(await appDb.auditEntry.count()).toBe(before + 1);
    const { rows } = await app.query(`select rolsuper, rolcreaterole, rolcreatedb from pg_roles where rolname = current_user`);
    expect(rows[0]).toEqual({ rolsuper: false, rolcreaterole: false, rolcreatedb: false });
  });
});
