import { describe, expect, it } from "vitest";
import { slugify } from "./slug";

describe("slugify", () => {
  it("turns Norwegian names into readable URL parts", () => {
    expect(slugify("Troms og Finnmark")).toBe("troms-og-finnmark");
    expect(slugify("Sør-Trøndelag")).toBe("sor-trondelag");
    expect(slugify("  Vesterålen ")).toBe("vesteralen");
    expect(slugify("Ærøy")).toBe("aeroy");
  });
});
