// Decides whether `npm start` must run `next build`: the newest change time of anything the build reads.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const INPUTS = ["src", "public", "prisma/schema.prisma", "prisma/migrations", "next.config.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json", "scripts/build.ts"];

function newest(p: string): number {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(p).reduce((m, name) => Math.max(m, newest(path.join(p, name))), s.mtimeMs);
}

const fingerprint = (root: string) => String(Math.max(...INPUTS.map((i) => newest(path.join(root, i)))));
const marker = (root: string) => path.join(root, ".next", "dekom-build-fingerprint");

export function buildIsCurrent(root: string): boolean {
  return existsSync(path.join(root, ".next", "standalone", "server.mjs")) && existsSync(marker(root)) &&
    readFileSync(marker(root), "utf8") === fingerprint(root);
}

export function recordBuild(root: string): void {
  writeFileSync(marker(root), fingerprint(root));
}
