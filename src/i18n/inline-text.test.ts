// Visible text comes from the catalogues (src/i18n/inline-text.ts finds text written inline). A file that has
// none must keep it that way; the files not yet moved to the catalogues are listed in not-yet-in-catalogue.ts,
// and the list may only shrink (a listed file that no longer has inline text fails too, so it is taken off).
import { describe, expect, it } from "vitest";
import { inlineTextBySource, inlineTexts } from "./inline-text";
import { NOT_YET_IN_CATALOGUE } from "./not-yet-in-catalogue";

/** Norwegian text the scanner finds that is not the interface's to translate, each with its reason. */
const EXCEPTIONS = [
  // Noark 5's code list: "Dokumentet er ferdigstilt" is the kodenavn of dokumentstatus F, a value the archive expects.
  "domain/archive.ts",
  // The operator's start-up error for a malformed DEKOM_SUPPORT_EMAIL, written to the log before any request.
  "server/env-schema.ts",
  // The XMP extension schema's descriptions of the Noark metadata fields inside an archive copy (for archivists' tools).
  "server/pdf/document.ts",
];

describe("visible text comes from the catalogues", () => {
  const withText = inlineTextBySource();

  it("has no inline text outside the files not yet moved", () => {
    const offenders = [...withText].filter(([f]) => !NOT_YET_IN_CATALOGUE.includes(f) && !EXCEPTIONS.includes(f)).map(([f, t]) => `${f}\n    ${t.join("\n    ")}`);
    expect(offenders).toEqual([]);
  });

  it("lists only files that still have inline text", () => {
    expect(NOT_YET_IN_CATALOGUE.filter((f) => !withText.has(f))).toEqual([]);
  });

  it("finds inline text where there is some (the check itself)", () => {
    expect(inlineTexts("x.tsx", `export const A = () => <p title="Hei der">Hei, verden</p>;`)).toEqual(["1: Hei der", "1: Hei, verden"]);
    expect(inlineTexts("x.tsx", `export const A = ({ ok }: { ok: boolean }) => <p className={ok ? "ds-a b" : "c"}>{ok ? "Lagret" : t("x")}</p>;`)).toEqual(["1: Lagret"]);
    expect(inlineTexts("x.ts", `throw refuse("Rapporten er levert og kan ikke endres.");`)).toEqual(["1: Rapporten er levert og kan ikke endres."]);
    expect(inlineTexts("x.ts", `log.warn("database pool is exhausted");`)).toEqual([]);
    // A developer's message (a thrown Error, a log line) is not interface text; a refusal with the same words is.
    expect(inlineTexts("x.ts", `log.error({ event: "x" }, "could not read the state for its watchers"); throw new Error("two ballots for one unit");`)).toEqual([]);
    expect(inlineTexts("x.ts", `throw refuse("two ballots for one unit");`)).toEqual(["1: two ballots for one unit"]);
  });
});
