// An instance of the built portal as deployed: `node .next/standalone/server.mjs` with production settings,
// its JSON log lines kept for the test to read. Used by the two-instance and the backup specs.
import { spawn, type ChildProcess } from "node:child_process";

export type Instance = { name: string; base: string; process: ChildProcess; lines: Record<string, unknown>[]; startedMs: number; exit: Promise<number | null> };

/** The same secrets on every instance: a session or a form from one is good on the other. */
export const SHARED_SECRETS = { NEXTAUTH_SECRET: "test-instances-session-secret-0123456789", NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, 9).toString("base64") };

export function startInstance(name: string, port: number, databaseUrl: string, env: Record<string, string> = {}): Instance {
  const base = `http://127.0.0.1:${port}`;
  const began = performance.now();
  const child: ChildProcess = spawn(process.execPath, [".next/standalone/server.mjs"], {
    env: {
      NODE_ENV: "production", PATH: process.env.PATH, DATABASE_URL: databaseUrl, HOST: "127.0.0.1", PORT: String(port), NEXTAUTH_URL: base,
      ...SHARED_SECRETS, DEKOM_DEMO_LOGIN: "true", DEKOM_DEMO_INSTALLATION: "true", NEXT_TELEMETRY_DISABLED: "1", ...env,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const instance: Instance = { name, base, process: child, lines: [], startedMs: 0, exit: new Promise((r) => child.on("exit", r)) };
  let rest = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    const parts = (rest + chunk.toString()).split("\n");
    rest = parts.pop()!;
    for (const line of parts) {
      try {
        const entry = JSON.parse(line) as Record<string, unknown>;
        instance.lines.push(entry);
        if (entry.event === "server.ready") instance.startedMs = Math.round(performance.now() - began);
      } catch { /* not a log line */ }
    }
  });
  return instance;
}

/** Waits until the instance's readiness answers 200 (at most 40 s). */
export async function ready(instance: Instance) {
  for (let i = 0; i < 400; i++) {
    if (await fetch(`${instance.base}/api/helse/klar`).then((r) => r.status === 200, () => false)) return;
    if (instance.process.exitCode !== null) throw new Error(`${instance.name} exited with ${instance.process.exitCode}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${instance.name} did not become ready`);
}

/** The id of the allocation decision action, read from the form on Nordland's 2022 allocations page. */
export async function decisionActionId(base: string, cookie: string): Promise<string> {
  const html = await (await fetch(`${base}/min-side/tildelinger/nordland/2022`, { headers: { Cookie: cookie } })).text();
  const id = /&quot;id&quot;:&quot;([0-9a-f]+)&quot;[^>]*>(?:<input[^>]*>)*<input type="hidden" name="allocationId"/.exec(html)?.[1];
  if (!id) throw new Error("no allocation decision form on the page");
  return id;
}

/**
 * The allocation decision, called as the browser calls a server action (Next-Action header, React's form
 * encoding: the form's fields as "_1_<name>", then the arguments as "0"). Its result, or null when the
 * connection was refused or cut (not acknowledged).
 */
export async function decide(base: string, cookie: string, actionId: string, fields: Record<string, string>): Promise<{ ok: boolean; message?: string } | null> {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(`_1_${k}`, v);
  body.append("0", JSON.stringify([null, "$K1"]));
  let res: Response;
  try {
    res = await fetch(`${base}/min-side/tildelinger/nordland/2022`, { method: "POST", headers: { "Next-Action": actionId, Accept: "text/x-component", Origin: base, Cookie: cookie }, body });
  } catch {
    return null;
  }
  const text = await res.text().catch(() => null);
  if (text === null) return null;
  if (res.status >= 500) throw new Error(`${base} answered ${res.status}`);
  const ref = /^0:.*?"a":"\$@([0-9a-f]+)"/m.exec(text)?.[1];
  const result = text.split("\n").find((l) => l.startsWith(`${ref}:`));
  return result ? JSON.parse(result.slice(ref!.length + 1)) : { ok: false, message: `no result (${res.status})` };
}
