// Backup and restore, as README.md describes it: pg_dump of a running portal, restore into an empty server,
// start the portal on it, and every page, attachment and audit entry is there. On PostgreSQL 15 from
// Debian, because pg_dump must be the server's major version and the embedded PostgreSQL 18 has none.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { createDatabase, migrate } from "../../scripts/lib/database";
import { seed } from "../../scripts/lib/seed";
import { createPrismaClient, type Db } from "../../src/server/prisma-client";
import { databaseHash } from "../support/db-hash";
import { PG15, startDebianCluster, type DebianCluster } from "../support/debian-postgres";
import { decide, decisionActionId, ready, startInstance, type Instance } from "../support/instance";
import { expect, signInAsDemo, test } from "../support/e2e";

const dir = path.resolve(".data/e2e-backup");
let source: DebianCluster, target: DebianCluster;
let before: Instance, after: Instance;
let sourceDb: Db, targetDb: Db;

test.describe.configure({ mode: "serial", timeout: 180_000 });

test.afterAll(async () => {
  for (const i of [before, after]) if (i?.process.exitCode === null) i.process.kill("SIGTERM");
  await Promise.all([sourceDb?.$disconnect(), targetDb?.$disconnect()]);
  for (const c of [source, target]) try { c?.stop(); } catch { /* already stopped */ }
});

test("pg_dump of a running portal, restored into an empty server, serves the same pages, attachments and audit trail", async ({ browser }) => {
  source = startDebianCluster(path.join(dir, "source"), 54341);
  target = startDebianCluster(path.join(dir, "target"), 54342);
  await createDatabase(source.url("").replace(/\/$/, ""), "dekom");
  await migrate(source.url("dekom"));
  sourceDb = createPrismaClient(source.url("dekom"));
  await seed(sourceDb);
  // An attachment (bytes in PostgreSQL) on the Oppvekstforum's case 12/26.
  const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
  const tor = await sourceDb.user.findUniqueOrThrow({ where: { email: "tor.andreassen@sortland.example" } });
  const theCase = await sourceDb.case.findFirstOrThrow({ where: { number: "12/26" } });
  const attachment = await sourceDb.caseAttachment.create({ data: { caseId: theCase.id, filename: "saksframlegg.pdf", mimeType: "application/pdf", size: pdf.length, data: pdf, uploadedById: tor.id } });

  before = startInstance("before", 3105, source.url("dekom"));
  await ready(before);
  // Work in the running portal leaves audit entries: Statsforvalteren reopens Bodø's allocation.
  const stine = await (await browser.newContext()).newPage();
  await signInAsDemo(stine, "Stine Berg", before.base);
  const cookie = (await stine.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const bodo = await sourceDb.allocation.findFirstOrThrow({ where: { region: { slug: "bodo" }, grant: { year: 2022 } } });
  expect(await decide(before.base, cookie, await decisionActionId(before.base, cookie), { allocationId: bodo.id, version: String(bodo.version), year: "2022", decision: "reopen" })).toMatchObject({ ok: true });
  await stine.context().close();
  // The dump is taken while the portal runs (pg_dump reads one consistent snapshot); the roles come first.
  const backup = path.join(dir, "dekom.dump");
  const t0 = performance.now();
  execFileSync(path.join(PG15, "pg_dump"), ["--format=custom", `--file=${backup}`, source.url("dekom")]);
  const dumpMs = Math.round(performance.now() - t0);
  await createDatabase(target.url("").replace(/\/$/, ""), "dekom");
  const t1 = performance.now();
  execFileSync(path.join(PG15, "pg_restore"), ["--no-owner", "--exit-on-error", `--dbname=${target.url("dekom")}`, backup]);
  const restoreMs = Math.round(performance.now() - t1);
  after = startInstance("after", 3106, target.url("dekom"));
  await ready(after);

  // Every row of every table, attachments' bytes and the audit trail included, is the same.
  targetDb = createPrismaClient(target.url("dekom"));
  expect(await databaseHash(targetDb)).toBe(await databaseHash(sourceDb));
  expect(await targetDb.auditEntry.count()).toBe(await sourceDb.auditEntry.count());
  expect(await targetDb.auditEntry.count()).toBeGreaterThan(0);

  // And the portal on the restored server shows the same: public pages, signed-in pages, the attachment.
  const mainText = async (base: string, url: string, who?: string) => {
    const page = await (await browser.newContext()).newPage();
    if (who) await signInAsDemo(page, who, base);
    const response = await page.goto(`${base}${url}`);
    expect(response?.status(), `${url} on ${base}`).toBe(200);
    const text = await page.locator("main").innerText();
    await page.context().close();
    return text;
  };
  for (const [url, who] of [["/", undefined], ["/fylker/nordland", undefined], ["/fylker/nordland/tildelinger", undefined],
    ["/min-side/tildelinger/nordland/2022", "Stine Berg"], ["/min-side/evalueringer", "Stine Berg"], ["/moter", "Tor Andreassen"]] as const) {
    expect(await mainText(after.base, url, who), url).toBe(await mainText(before.base, url, who));
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAsDemo(page, "Tor Andreassen", after.base);
  const file = await context.request.get(`${after.base}/moter/vedlegg/${attachment.id}`);
  expect(file.status()).toBe(200);
  expect(Buffer.from(await file.body()).equals(pdf)).toBe(true);
  await context.close();
  console.log(`[backup] pg_dump ${dumpMs} ms, pg_restore ${restoreMs} ms, ${await targetDb.auditEntry.count()} audit entries restored`);
});
