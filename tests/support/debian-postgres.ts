// A PostgreSQL cluster from Debian's packages (postgresql-15), for the backup test: pg_dump and pg_restore
// must be the server's own major version, and the embedded PostgreSQL 18 ships without them. scripts/test.sh
// installs the package when it is missing. As root the server runs as the package's postgres user.
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";

export const PG15 = "/usr/lib/postgresql/15/bin";
const asPostgres = (bin: string, args: string[]) => {
  const root = process.getuid?.() === 0;
  return execFileSync(root ? "runuser" : path.join(PG15, bin), root ? ["-u", "postgres", "--", path.join(PG15, bin), ...args] : args, { stdio: "pipe" });
};

export type DebianCluster = { url: (database: string) => string; stop: () => void };

/** A fresh cluster in `dir` on `port`, loopback only, trusting local connections (a test server). */
export function startDebianCluster(dir: string, port: number): DebianCluster {
  if (!existsSync(path.join(PG15, "postgres"))) throw new Error("PostgreSQL 15 from Debian is missing: apt-get install -y postgresql-15 (scripts/test.sh does it as root)");
  const data = path.join(dir, "data");
  if (existsSync(path.join(data, "postmaster.pid"))) {
    try { asPostgres("pg_ctl", ["-D", data, "-m", "immediate", "stop"]); } catch { /* not running */ }
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (process.getuid?.() === 0) chownSync(dir, Number(execFileSync("id", ["-u", "postgres"]).toString()), Number(execFileSync("id", ["-g", "postgres"]).toString()));
  asPostgres("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync"]);
  asPostgres("pg_ctl", ["-D", data, "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, "-l", path.join(dir, "log"), "-w", "start"]);
  return {
    url: (database) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    stop: () => void asPostgres("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]),
  };
}
