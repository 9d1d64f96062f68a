import { describe, expect, it } from "vitest";
import { checkCaseScheme, checkSchemeRun, checkSchemeSelection, pickFilter, pickScheme } from "./schemes";

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
  const all = [dekom, rekom, loftet];
  it("needs at least one scheme, each one allowed (a forum: only its county's)", () => {
    expect(checkSchemeSelection([], all, all, new Map())).toEqual({ code: "no-scheme" });
    expect(checkSchemeSelection(["dekom", "nope"], all, all, new Map())).toEqual({ code: "unknown-scheme", value: "nope" });
    expect(checkSchemeSelection(["dekom", "kompetanseloftet"], [dekom, rekom], all, new Map())).toEqual({ code: "scheme-not-run", scheme: "kompetanseloftet" });
    expect(checkSchemeSelection(["dekom", "kompetanseloftet"], all, all, new Map([["dekom", 9]]))).toBeNull();
  });
  it("keeps a scheme that still has rows", () => {
    expect(checkSchemeSelection(["dekom"], all, all, new Map([["rekom", 3]]))).toEqual({ code: "scheme-in-use", scheme: "rekom", rows: 3 });
    expect(checkSchemeSelection(["dekom"], all, all, new Map([["rekom", 0]]))).toBeNull();
  });
});

describe("checkCaseScheme", () => {
  it("a plan or innstilling is adopted only by a case of its own scheme", () => {
    expect(checkCaseScheme(dekom, dekom)).toBeNull();
    expect(checkCaseScheme(rekom, dekom)).toEqual({ code: "case-other-scheme", caseScheme: "rekom", documentScheme: "dekom" });
  });
});
