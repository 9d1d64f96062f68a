// `npm run build`: the deployable artefact, .next/standalone, tested as it is deployed:
//   1. next build (output: "standalone": the server files and only the node_modules they use);
//   2. the static files and public/ beside them (Next leaves that to the deployer);
//   3. the SQL migrations and the dbmate binary, so an instance can migrate at start;
//   4. the production server, src/production/server.ts, bundled with esbuild into server.mjs.
// Run it as `node .next/standalone/server.mjs` (README: production). Next's own server.js is removed, so
// nobody starts the artefact without the shutdown, logging and metrics around it.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { build } from "esbuild";

const root = path.resolve(import.meta.dirname, "..");
const out = path.join(root, ".next", "standalone");
const require = createRequire(import.meta.url);

export async function buildPortal(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const next = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], { cwd: root, env, stdio: "inherit" });
  if (next.status !== 0) throw new Error("next build failed; see the output above");
  cpSync(path.join(root, ".next", "static"), path.join(out, ".next", "static"), { recursive: true });
  if (existsSync(path.join(root, "public"))) cpSync(path.join(root, "public"), path.join(out, "public"), { recursive: true });
  rmSync(path.join(out, "prisma"), { recursive: true, force: true });
  cpSync(path.join(root, "prisma", "migrations"), path.join(out, "prisma", "migrations"), { recursive: true });
  mkdirSync(path.join(out, "bin"), { recursive: true });
  cpSync(require.resolve(`@dbmate/${process.platform}-${process.arch}/bin/dbmate`), path.join(out, "bin", "dbmate"));
  await build({
    entryPoints: [path.join(root, "src", "production", "server.ts")],
    outfile: path.join(out, "server.mjs"),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // Next stays the copy in the standalone node_modules, the one its build output was made for.
    external: ["next", "pg-native"],
    // Bundled CommonJS packages (pg, pino) call require(); give them one in the ES module.
    banner: { js: "import { createRequire as __dekomRequire } from 'node:module'; const require = __dekomRequire(import.meta.url);" },
    logLevel: "warning",
  });
  rmSync(path.join(out, "server.js"), { force: true });
}

if (process.argv[1] === import.meta.filename) {
  buildPortal().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
