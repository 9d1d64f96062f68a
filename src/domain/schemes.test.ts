import { describe, expect, it } from "vitest";
import { checkSchemeRun, checkSchemeSelection, groupByScheme, pickFilter, pickScheme, totalsByScheme } from "./schemes";

const dekom = { id: "dekom", code: "dekom", position: 1 };
const rekom = { id: "rekom", code: "rekom", position: 2 };
const loftet = { id: "kompetanseloftet", code: "kompetanseloftet", position: 3 };

describe("pickScheme", () => {
  it("takes the named scheme, else the county's first by position", () => {
    expect(pickScheme(undefined, [rekom, dekom])).toEqual({ ok: true, scheme: dekom });
    expect(pickScheme("REKOM", [dekom, rekom])).toEqual({ ok: true, scheme: rekom });
    expect(pickScheme(["rekom", "dekom"], [dekom, rekom])).toEqual({ ok: true, scheme: rekom });
  });
  it("says so for a scheme the county does not run, an odd value, or a county with none", () => {
    expect(pickScheme("kompetanseloftet", [dekom])).toEqual({ ok: false, problem: { code: "unknown-scheme", value: "kompetanseloftet" } });
    expect(pickScheme("<script>", [dekom])).toEqual({ ok: false, problem: { code: "unknown-scheme", value: "<script>" } });
    expect(pickScheme(undefined, [])).toEqual({ ok: false, problem: { code: "no-scheme" } });
  });
  it("a filter may also be all schemes", () => {
    expect(pickFilter(undefined, [dekom, rekom])).toEqual({ ok: true, scheme: null });
    expect(pickFilter("alle", [dekom, rekom])).toEqual({ ok: true, scheme: null });
    expect(pickFilter("rekom", [dekom, rekom])).toEqual({ ok: true, scheme: rekom });
  });
});

describe("checkSchemeRun", () => {
  it("refuses no scheme, an unknown one, and one the county or forum does not run", () => {
    expect(checkSchemeRun(undefined, [dekom], [dekom, rekom], "county")).toEqual({ code: "no-scheme" });
    expect(checkSchemeRun("x-y", [dekom], [dekom, rekom], "county")).toEqual({ code: "unknown-scheme", value: "x-y" });
    expect(checkSchemeRun("rekom", [dekom], [dekom, rekom], "county")).toEqual({ code: "scheme-not-run", scheme: "rekom" });
    expect(checkSchemeRun("rekom", [dekom], [dekom, rekom], "forum")).toEqual({ code: "scheme-not-served", scheme: "rekom" });
    expect(checkSchemeRun("rekom", [dekom, rekom], [dekom, rekom], "forum")).toBeNull();
  });
});

describe("checkSchemeSelection", () => {
  it("needs at least one known scheme, and keeps one that still has rows", () => {
    expect(checkSchemeSelection([], [dekom, rekom], new Map())).toEqual({ code: "no-scheme" });
    expect(checkSchemeSelection(["dekom", "nope"], [dekom, rekom], new Map())).toEqual({ code: "unknown-scheme", value: "nope" });
    expect(checkSchemeSelection(["dekom"], [dekom, rekom], new Map([["rekom", 3]]))).toEqual({ code: "scheme-in-use", scheme: "rekom", rows: 3 });
    expect(checkSchemeSelection(["dekom"], [dekom, rekom], new Map([["rekom", 0]]))).toBeNull();
    expect(checkSchemeSelection(["dekom", "kompetanseloftet"], [dekom, rekom, loftet], new Map([["dekom", 9]]))).toBeNull();
  });
});

describe("totals never mix schemes", () => {
  const rows = [{ schemeId: "dekom", ore: 100n }, { schemeId: "rekom", ore: 7n }, { schemeId: "dekom", ore: 1n }];
  it("adds up per scheme only", () => {
    expect([...totalsByScheme(rows, (r) => r.ore)]).toEqual([["dekom", 101n], ["rekom", 7n]]);
  });
  it("groups in the schemes' order, leaving out schemes without rows", () => {
    expect(groupByScheme(rows, [loftet, rekom, dekom]).map((g) => [g.scheme.code, g.rows.length])).toEqual([["dekom", 2], ["rekom", 1]]);
  });
});
