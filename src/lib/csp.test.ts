import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "./csp";

describe("the Content-Security-Policy", () => {
  it("allows scripts only with the nonce, never inline or eval in production, and forbids framing", () => {
    const csp = contentSecurityPolicy("abc123", { dev: false, https: false });
    const script = csp.split("; ").find((d) => d.startsWith("script-src"))!;
    expect(script).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(script).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("n", { dev: false, https: true })).toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("n", { dev: true, https: false })).toContain("'unsafe-eval'");
  });
});
