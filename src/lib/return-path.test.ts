import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("the return path after sign-in", () => {
  it("follows paths on this site", () => {
    expect(safeReturnPath("/min-side")).toBe("/min-side");
    expect(safeReturnPath("/min-side/tildelinger/nordland/2026?x=1")).toBe("/min-side/tildelinger/nordland/2026?x=1");
  });

  it("refuses anything a browser may read as another site", () => {
    for (const bad of ["//evil.example", "/\\evil.example", "/\\/evil", "https://evil.example", "evil", "/ok\\..", "/\tevil", "", undefined]) {
      expect(safeReturnPath(bad)).toBeNull();
    }
  });
});
