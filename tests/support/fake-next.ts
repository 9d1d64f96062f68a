// Set up before every integration test file (vitest.config.ts): what cannot run outside Next is replaced,
// and only that, so the real exported server actions can be called on PostgreSQL (the authorization
// matrix, fuzzing and concurrency suites). The session cookie lookup returns `session.user`
// (fake-session.ts), Next's page-cache refresh does nothing, and a request has fixed headers and no
// cookies. No other integration test goes through these modules; they call the feature functions with
// an actor directly.
import { vi } from "vitest";

process.env.NEXTAUTH_SECRET ??= "integration-test-secret-0123456789abcdef";
process.env.NEXTAUTH_URL ??= "http://127.0.0.1:3999";
process.env.DATABASE_URL ??= "postgresql://unused@127.0.0.1:1/unused";

vi.mock("@/server/auth/session", async () => {
  const { session } = await import("./fake-session");
  return { currentUser: async () => session.user, requirePageUser: async () => session.user };
});
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "192.0.2.99" }),
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {}, getAll: () => [] }),
}));
