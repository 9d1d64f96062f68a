// The registry reachable here lacks some other-platform builds (e.g. @next/swc-darwin-arm64 at the
// pinned version), so `npm install` leaves them out of package-lock.json and `npm ci` then refuses the
// lock as out of sync. This adds the entries a complete registry would have written: optional, and
// limited to their os/cpu, so npm skips them on this platform. Run it after changing dependencies:
//   npm install && node scripts/lock-platforms.mjs && npm ci
import { readFileSync, writeFileSync } from "node:fs";

const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
const pkgs = lock.packages;
const platformOf = (name) => {
  const n = name.split("/").pop();
  if (n.includes("wasm32")) return { cpu: ["wasm32"] };
  const os = ["darwin", "linux", "win32", "freebsd", "android", "openbsd", "sunos", "aix", "netbsd"].find((o) => n.includes(o));
  const cpu = ["arm64", "x64", "ia32", "arm", "ppc64", "s390x", "riscv64", "loong64", "mips64el"].find((c) => new RegExp(`(^|-)${c}(-|$)`).test(n));
  if (!os || !cpu) return null;
  const out = { cpu: [cpu], os: [os] };
  if (n.includes("musl")) out.libc = ["musl"];
  else if (os === "linux" && n.includes("gnu")) out.libc = ["glibc"];
  return out;
};
let added = 0;
for (const [path, entry] of Object.entries(pkgs)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = path ? `${path}/node_modules/${dep}` : `node_modules/${dep}`;
    if (pkgs[base] || pkgs[`node_modules/${dep}`]) continue;
    const platform = platformOf(dep);
    if (!platform) continue;
    pkgs[`node_modules/${dep}`] = { version, ...platform, optional: true };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
writeFileSync("package-lock.json", JSON.stringify(lock, null, 2) + "\n");
console.log(`lock-platforms: added ${added} other-platform optional entries`);
