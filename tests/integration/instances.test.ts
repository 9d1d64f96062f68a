// What must happen once, or count once, when several instances share one database: the migrations (an
// advisory lock around dbmate), the reminder job (an advisory lock per run; each reminder's key in
// ReminderSent) and the refused guesses per address. Each "instance" here has its own database client, or
// its own copy of the module, as separate processes would.
import { randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it, vi } from "vitest";
import { useTestDatabase } from "../support/database";
import { startSmtp } from "../support/smtp";
import { createDatabase, dropDatabase } from "../../scripts/lib/database";
import { migrateWithLock } from "../../src/production/migrate";
import { REMINDER_LOCK, runReminderJob } from "../../src/server/evaluations/reminder-job";
import { smtpMailer } from "../../src/server/mail";
import { createPrismaClient } from "../../src/server/prisma-client";

const t = useTestDatabase();
const root = path.resolve(import.meta.dirname, "..", "..");
const paths = { dbmate: path.join(root, "node_modules", ".bin", "dbmate"), migrations: path.join(root, "prisma", "migrations") };

describe("several instances on one database", () => {
  it("apply the migrations once when four start at the same moment: one applies them, the others wait and find nothing to do", async () => {
    const base = inject("pgBaseUrl");
    const name = `instances_${randomBytes(4).toString("hex")}`;
    await createDatabase(base, name);
    try {
      let waited = 0;
      await Promise.all([1, 2, 3, 4].map(() => migrateWithLock(`${base}/${name}`, paths, () => void waited++)));
      expect(waited).toBeGreaterThanOrEqual(1);
      const db = createPrismaClient(`${base}/${name}`);
      const versions = await db.$queryRaw<{ version: string; n: number }[]>`select version, count(*)::int as n from schema_migrations group by version order by version`;
      await db.$disconnect();
      const files = readdirSync(paths.migrations).filter((f) => f.endsWith(".sql")).map((f) => f.split("_")[0]).sort();
      expect(versions.map((v) => v.version)).toEqual(files);
      expect(versions.every((v) => v.n === 1)).toBe(true);
    } finally {
      await dropDatabase(base, name);
    }
  }, 120_000);

  it("send each reminder once when the job runs on two instances at the same time", async () => {
    const smtp = await startSmtp();
    const instanceA = createPrismaClient(t.url);
    const instanceB = createPrismaClient(t.url);
    try {
      const mailer = smtpMailer({ host: "127.0.0.1", port: smtp.port, secure: false, from: "DEKOM-portalen <ikke-svar@dekom.invalid>" });
      await t.db.evaluation.updateMany({ where: { year: 2026 }, data: { status: "DRAFT" } });
      await t.db.deadlineExtension.deleteMany({});
      const sevenDaysBefore = new Date("2027-01-25T09:00:00+01:00");
      // While one instance's run holds the lock, another's run skips and sends nothing.
      const skipped = await instanceB.$transaction(async (tx) => {
        await tx.$queryRaw`select pg_advisory_xact_lock(${REMINDER_LOCK})::text`;
        return runReminderJob(instanceA, mailer, sevenDaysBefore, "http://portal.test");
      });
      expect(skipped).toEqual({ outcome: "skipped", sent: [] });
      expect(smtp.received).toHaveLength(0);
      const runs = await Promise.all([instanceA, instanceB].map((db) => runReminderJob(db, mailer, sevenDaysBefore, "http://portal.test")));
      // One evaluation reminder per region and scheme it owes a report in (DEKOM everywhere, REKOM where the region
      // has REKOM money for 2026), and one behovsmelding reminder per owner with a skoleeier in the portal (the needs
      // deadline, 1 February, is seven days away too).
      const reminders = await t.db.region.count({ where: { county: { slug: "nordland" } } })
        + await t.db.allocation.count({ where: { schemeId: "rekom", status: "APPROVED", grant: { year: 2026 }, OR: [{ networkOre: { gt: 0 } }, { uhOre: { gt: 0 } }] } })
        + await t.db.schoolOwner.count({ where: { roles: { some: { role: "SKOLEEIER" } } } });
      // One instance took the lock and sent them all; the other skipped (or, had it come after, found them sent).
      expect(runs.map((r) => r.outcome).sort()).toEqual(runs.some((r) => r.outcome === "skipped") ? ["ok", "skipped"] : ["ok", "ok"]);
      expect(runs.flatMap((r) => r.sent)).toHaveLength(reminders);
      expect(new Set(runs.flatMap((r) => r.sent)).size).toBe(reminders);
      expect(smtp.received).toHaveLength(reminders);
      // Both again, later the same morning: nothing more is sent.
      const again = await Promise.all([instanceA, instanceB].map((db) => runReminderJob(db, mailer, new Date(sevenDaysBefore.getTime() + 600_000), "http://portal.test")));
      expect(again.flatMap((r) => r.sent)).toEqual([]);
      expect(smtp.received).toHaveLength(reminders);
    } finally {
      await Promise.all([instanceA.$disconnect(), instanceB.$disconnect(), smtp.stop()]);
    }
  });

  it("count refused guesses per address across instances: ten refusals spread over two instances limit the address on both", async () => {
    (globalThis as { dekomDb?: unknown }).dekomDb = t.db;
    const load = async () => {
      vi.resetModules(); // a module of its own, with no limiter in memory, as in another process
      return import("../../src/server/rate-limit");
    };
    const [a, b] = [await load(), await load()];
    expect(a).not.toBe(b);
    for (let i = 0; i < 5; i++) {
      await a.countRefusal("sign-in", "198.51.100.7");
      await b.countRefusal("sign-in", "198.51.100.7");
    }
    expect(await a.isLimited("sign-in", "198.51.100.7")).toBe(true);
    expect(await b.isLimited("sign-in", "198.51.100.7")).toBe(true);
    expect(await b.isLimited("sign-in", "198.51.100.8")).toBe(false);
    expect(await t.db.rateLimit.findUnique({ where: { key: "sign-in:198.51.100.7" } })).toMatchObject({ points: 10 });
  });
});
