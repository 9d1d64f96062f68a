import { describe, expect, it } from "vitest";
import { sampleEnhetsregisteret, sampleEnhetsregisteretCsv, sampleNbr, sampleNsr } from "../../scripts/lib/register-samples";
import { diffRows, parseEnhetsregisteret, parseNbr, parseNsr, titleCase } from "./register-import";

describe("reading NBR", () => {
  it("reads the active kindergartens with their owner and number of children, skips a closed one, rejects a bad orgnr", () => {
    const r = parseNbr(JSON.stringify(sampleNbr(60)));
    if (!r.ok) throw new Error(r.code);
    expect(r.rows).toHaveLength(60);
    expect(r.skipped).toBe(1);
    expect(r.rejected).toEqual([{ line: 62, orgNumber: "123456789", name: "Feilnummer barnehage (Testfjord)", code: "bad-orgnr" }]);
    expect(r.rows[0]).toMatchObject({ isPrivate: false, children: 12, owner: { name: "Eksempelvik kommune", kind: "KOMMUNE", municipalityNumber: "5590" } });
    expect(r.rows[1]).toMatchObject({ isPrivate: true, owner: { kind: "PRIVAT", municipalityNumber: null } });
    expect(r.rows.filter((k) => k.isPrivate)).toHaveLength(20);
  });

  it("does not read a school register as kindergartens, and refuses what is not the shape", () => {
    const schools = parseNbr(JSON.stringify(sampleNsr(10)));
    expect(schools.ok && schools.rows.length).toBe(0);
    expect(parseNbr("{")).toEqual({ ok: false, code: "not-json" });
    expect(parseNbr(JSON.stringify({ Enheter: [] }))).toEqual({ ok: false, code: "empty" });
  });
});

describe("reading NSR", () => {
  it("reads the active schools with their owner from ForeldreRelasjoner, skips what is not a school, rejects a bad orgnr", () => {
    const r = parseNsr(JSON.stringify(sampleNsr(320)));
    if (!r.ok) throw new Error(r.code);
    expect(r.rows).toHaveLength(320);
    expect(r.skipped).toBe(2);
    expect(r.rejected).toEqual([{ line: 323, orgNumber: "123456789", name: "Feilnummer skole (Testfjord)", code: "bad-orgnr" }]);
    expect(r.rows[0]).toMatchObject({ name: "Nord skole (Eksempelvik)", isPrivate: false, maalform: "Bokmål", owner: { name: "Eksempelvik kommune", kind: "KOMMUNE", municipalityNumber: "5590" } });
    expect(r.rows.find((s) => s.owner.kind === "FYLKESKOMMUNE")!.owner.municipalityNumber).toBeNull();
    expect(r.rows.filter((s) => s.owner.kind === "FYLKESKOMMUNE").length).toBe(20);
    expect(r.rows.filter((s) => s.owner.kind === "PRIVAT").every((s) => s.isPrivate)).toBe(true);
  });

  it("refuses a file that is not JSON, not the NSR shape, or empty", () => {
    expect(parseNsr("<html>")).toEqual({ ok: false, code: "not-json" });
    expect(parseNsr(JSON.stringify({ foo: [] }))).toEqual({ ok: false, code: "wrong-shape" });
    expect(parseNsr(JSON.stringify([{ organisasjonsnummer: "1" }]))).toEqual({ ok: false, code: "wrong-shape" });
    expect(parseNsr(JSON.stringify({ Enheter: [] }))).toEqual({ ok: false, code: "empty" });
  });

  it("rejects a school without an owner and a school listed twice", () => {
    const [a] = sampleNsr(2).Enheter;
    const r = parseNsr(JSON.stringify([a, a, { ...a, Orgnr: "970000011", ForeldreRelasjoner: [] }]));
    expect(r.ok && r.rejected.map((x) => x.code)).toEqual(["duplicate", "no-owner"]);
  });
});

describe("reading Enhetsregisteret", () => {
  it("reads municipalities and the county municipality from JSON and from CSV alike, and skips other units", () => {
    const json = parseEnhetsregisteret(JSON.stringify(sampleEnhetsregisteret()));
    const csv = parseEnhetsregisteret(sampleEnhetsregisteretCsv());
    if (!json.ok || !csv.ok) throw new Error("not read");
    expect(json.rows).toHaveLength(13);
    expect(json.skipped).toBe(2);
    expect(csv.rows).toEqual(json.rows);
    expect(json.rows[0]).toEqual({ orgNumber: "940000009", name: "Eksempelvik kommune", kind: "KOMMUNE", municipalityNumber: "5590" });
    expect(json.rows.at(-1)).toMatchObject({ name: "Eksempel fylkeskommune", kind: "FYLKESKOMMUNE" });
  });

  it("refuses a file that is neither JSON nor CSV of the register", () => {
    expect(parseEnhetsregisteret("navn,adresse\nx,y")).toEqual({ ok: false, code: "not-csv" });
    expect(parseEnhetsregisteret("[{\"navn\": 1}]")).toEqual({ ok: false, code: "wrong-shape" });
    expect(parseEnhetsregisteret("{ broken")).toEqual({ ok: false, code: "not-json" });
  });

  it("writes the register's capitals as names", () => {
    expect(titleCase("SØR-VARANGER KOMMUNE")).toBe("Sør-Varanger kommune");
    expect(titleCase("Bø kommune")).toBe("Bø kommune");
  });
});

describe("the import diff", () => {
  const rows = [{ orgNumber: "1", name: "A" }, { orgNumber: "2", name: "B" }, { orgNumber: "3", name: "C" }, { orgNumber: "4", name: "D" }];
  const stored = new Map([
    ["2", { orgNumber: "2", regionId: "r", name: "B" }],
    ["3", { orgNumber: "3", regionId: "r", name: "Gamle C" }],
    ["4", { orgNumber: "4", regionId: "annen", name: "D" }],
  ]);
  const compare = (row: { name: string }, s: { name: string }) => (row.name === s.name ? [] : [`navn: ${s.name} → ${row.name}`]);

  it("sorts rows into new, changed and unchanged, and puts owners of another region aside", () => {
    const d = diffRows(rows, stored, "r", compare);
    expect(d.rows.map((x) => [x.row.orgNumber, x.status, x.changes])).toEqual([["1", "new", []], ["2", "unchanged", []], ["3", "changed", ["navn: Gamle C → C"]]]);
    expect(d.otherRegion.map((x) => x.orgNumber)).toEqual(["4"]);
  });

  it("a second import of the same rows changes nothing", () => {
    const after = new Map(rows.map((r) => [r.orgNumber, { ...r, regionId: "r" }]));
    expect(diffRows(rows, after, "r", compare).rows.every((x) => x.status === "unchanged")).toBe(true);
  });
});
