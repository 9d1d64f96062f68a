import { beforeEach, describe, expect, it } from "vitest";
import { clientAddress, countRefusal, isLimited, REFUSALS_ALLOWED, useMemoryLimits } from "./rate-limit";

const h = (xff?: string) => new Headers(xff ? { "x-forwarded-for": xff } : {});

describe("the address a request came from", () => {
  it("is the last hop when no proxy is trusted: what a client writes itself is not believed", () => {
    expect(clientAddress(h("6.6.6.6, 192.0.2.10"), 0)).toBe("192.0.2.10");
  });
  it("is the hop before the trusted proxies", () => {
    expect(clientAddress(h("6.6.6.6, 198.51.100.4, 10.0.0.2"), 1)).toBe("198.51.100.4");
  });
  it("is the first hop when there are fewer than expected, and 'unknown' without any", () => {
    expect(clientAddress(h("192.0.2.10"), 1)).toBe("192.0.2.10");
    expect(clientAddress(h(), 0)).toBe("unknown");
  });
});

describe("refusals per address", () => {
  beforeEach(() => useMemoryLimits());
  it(`allows ${REFUSALS_ALLOWED} refusals, then refuses the address but not another`, async () => {
    for (let i = 0; i < REFUSALS_ALLOWED - 1; i++) await countRefusal("invitation", "192.0.2.1");
    expect(await isLimited("invitation", "192.0.2.1")).toBe(false);
    await countRefusal("invitation", "192.0.2.1");
    expect(await isLimited("invitation", "192.0.2.1")).toBe(true);
    expect(await isLimited("invitation", "192.0.2.2")).toBe(false);
    expect(await isLimited("sign-in", "192.0.2.1")).toBe(false);
  });
});
