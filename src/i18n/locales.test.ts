import { describe, expect, it } from "vitest";
import { browserLocale, pickLocale } from "./locales";

describe("browserLocale", () => {
  it("reads nynorsk, bokmål and plain Norwegian by the browser's weights", () => {
    expect(browserLocale("nn-NO,nn;q=0.9,nb;q=0.8")).toBe("nn");
    expect(browserLocale("nb-NO,nb;q=0.9,nn;q=0.8")).toBe("nb");
    expect(browserLocale("no")).toBe("nb");
    expect(browserLocale("en-GB,en;q=0.9,nn;q=0.5,nb;q=0.4")).toBe("nn");
    expect(browserLocale("nb;q=0.2,nn;q=0.7")).toBe("nn");
  });
  it("has no preference for other languages or no header", () => {
    expect(browserLocale("en-US,en;q=0.9")).toBeNull();
    expect(browserLocale("")).toBeNull();
    expect(browserLocale(null)).toBeNull();
    expect(browserLocale("*")).toBeNull();
  });
});

describe("pickLocale", () => {
  it("takes the address first, then the remembered choice, then the browser, then bokmål", () => {
    expect(pickLocale({ query: "nn", cookie: "nb", acceptLanguage: "nb" })).toEqual({ locale: "nn", source: "query" });
    expect(pickLocale({ cookie: "nn", acceptLanguage: "nb" })).toEqual({ locale: "nn", source: "cookie" });
    expect(pickLocale({ acceptLanguage: "nn-NO" })).toEqual({ locale: "nn", source: "browser" });
    expect(pickLocale({})).toEqual({ locale: "nb", source: "default" });
  });
  it("reports an unknown language in the address or the cookie and falls back", () => {
    expect(pickLocale({ query: "se", cookie: "nn" })).toEqual({ locale: "nn", source: "cookie", unknown: { where: "query", value: "se" } });
    expect(pickLocale({ cookie: "klingon", acceptLanguage: "nn" })).toEqual({ locale: "nn", source: "browser", unknown: { where: "cookie", value: "klingon" } });
    expect(pickLocale({ query: "x".repeat(500) }).unknown?.value).toHaveLength(20);
    expect(pickLocale({ query: "NN" })).toMatchObject({ locale: "nb", unknown: { where: "query", value: "NN" } });
  });
});
