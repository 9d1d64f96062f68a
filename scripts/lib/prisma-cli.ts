// The Prisma CLI, run offline through scripts/prisma.sh.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "..", "..");

/** SQL that takes a database from `from` (a schema file, or empty) to the schema file `to`. */
export async function diffSql(from: string | "empty", to: string, databaseUrl: string): Promise<string> {
  // With the JavaScript engine, `migrate diff` opens the adapter's connection even for two schema files,
  // so it needs a reachable (any) database; it reads nothing from it.
  const args = ["migrate", "diff", ...(from === "empty" ? ["--from-empty"] : ["--from-schema-datamodel", from]),
    "--to-schema-datamodel", to, "--script"];
  const { stdout } = await run("bash", [path.join(root, "scripts", "prisma.sh"), ...args], {
    cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, maxBuffer: 32 * 1024 * 1024,
  });
  return stdout;
}
