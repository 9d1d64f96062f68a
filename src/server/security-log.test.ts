// runAction writes one log line per refusal. Next's request context (the session cookie, revalidatePath)
// cannot run in vitest, so those two are replaced here; the feature function is a real one.
import { afterEach, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ user: null as null | { id: string; grants: { role: string; countyId: string }[] } }));
vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("./auth/session", () => ({ currentUser: async () => session.user }));
vi.mock("./db", () => ({ db: () => ({}) }));

const { runAction } = await import("./run-action");
const { guarded } = await import("./transaction");
const { z } = await import("zod");
const { errors } = await import("@/i18n/server-text");
const { logTo } = await import("./log");

const written: string[] = [];
const lines = () => written.map((l) => JSON.parse(l) as Record<string, unknown>);
afterEach(() => logTo(undefined));

describe("the security log", () => {
  it("writes one JSON line per refusal (not signed in, forbidden, invalid input) with the action, the user id and the reason, and nothing the user typed", async () => {
    logTo({ write: (line) => void written.push(line) });
    const work = guarded(z.object({ amount: z.coerce.number().int({ error: "Heltall." }) }), async () => ({ ok: true as const, message: "ok" }));
    const forbidden = async () => ({ ok: false as const, message: errors.forbidden });

    session.user = null;
    expect(await runAction(work, { amount: "1" }, [], "testAction")).toEqual({ ok: false, message: errors.notSignedIn });
    session.user = { id: "u1", grants: [] };
    expect((await runAction(forbidden, {}, [], "approveAllAction")).ok).toBe(false);
    expect((await runAction(work, { amount: "x" }, [], "recordGrantAction")).ok).toBe(false);
    const before = lines().length;
    expect(lines()).toMatchObject([
      { event: "action.refused", action: "testAction", userId: null, reason: "not-signed-in" },
      { event: "action.refused", action: "approveAllAction", userId: "u1", reason: "forbidden" },
      { event: "action.refused", action: "recordGrantAction", userId: "u1", reason: "invalid-input" },
    ]);
    expect(before).toBe(3);
    for (const line of lines()) expect(Object.keys(line).sort()).toEqual(["action", "event", "level", "reason", "time", "userId"]);
    expect(lines()[0]).toMatchObject({ level: "warn" });
    expect(Number.isNaN(Date.parse(String(lines()[0]!.time)))).toBe(false);
  });
});
