import { describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { checkPdfa, noarkTerm } from "../../../tests/support/pdfa";
import { escapeXml, renderPdf } from "./document";

describe("the portal's PDFs", () => {
  const input = {
    title: "Vedtak <2026> & «Vesterålen»", lang: "nb-NO" as const, author: "Statsforvalteren i Nordland", date: new Date("2026-11-24T10:00:00Z"),
    intro: ["Sámi: áčđŋšŧž. Norsk: æøå ÆØÅ."], blocks: [{ heading: "Vedtak", lines: ["Til nettverkene: 1 000 kr"], table: { head: ["Region", "Beløp"], rows: [["Lofoten", "2 000 kr"]] } }],
  };
  it("are PDF/A-2b with every font embedded, and keep Norwegian and Sami letters", async () => {
    const pdf = await renderPdf(input);
    const report = await checkPdfa(pdf);
    expect(report.problems).toEqual([]);
    expect(report.xmp).toContain("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Vedtak &lt;2026&gt; &amp; «Vesterålen»</rdf:li></rdf:Alt></dc:title>");
    const text = (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text;
    expect(text).toContain("Sámi: áčđŋšŧž. Norsk: æøå ÆØÅ.");
    expect(text).toContain("Lofoten | 2 000 kr");
  });
  it("carry Noark 5 terms, escaped, with their PDF/A extension schema", async () => {
    const pdf = await renderPdf({ ...input, noark: { tittel: "A & <B>", dokumentetsDato: input.date, avsender: "SF", mottaker: null, saksnummer: "7/26", tilhoerer: "Tildeling", eksternID: "c1" } });
    const { xmp, problems } = await checkPdfa(pdf);
    expect(problems).toEqual([]);
    expect(noarkTerm(xmp, "tittel")).toBe("A & <B>");
    expect(noarkTerm(xmp, "dokumentetsDato")).toBe("2026-11-24T10:00:00.000Z");
    expect(noarkTerm(xmp, "mottaker")).toBeNull();
    expect(xmp).toContain("<pdfaSchema:prefix>n5</pdfaSchema:prefix>");
  });
  it("escape XML and drop control characters", () => {
    expect(escapeXml(`a\u0001<&>"`)).toBe("a&lt;&amp;&gt;&quot;");
  });
});
