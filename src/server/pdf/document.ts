import "server-only";
// Every PDF the portal makes (minutes, innstilling, archive copies) is laid out here, as PDF/A-2b: fonts embedded
// (DejaVu Sans, subset; it covers Norwegian and Sami letters), an sRGB output intent, and XMP metadata that
// matches the document information. PDFKit does the PDF/A part (its `subset` option); the XMP it writes itself
// does not escape text, so the title, author and the Noark 5 terms are written here, escaped, and the document
// information dictionary carries only what PDFKit writes in both places.
import path from "node:path";
import PDFDocument from "pdfkit";

export type PdfBlock = { heading: string; lines: string[]; table?: { head: string[]; rows: string[][] } };

/** Noark 5 terms for an archive copy (arkivstruktur: registrering, korrespondansepart, dokumentbeskrivelse). */
export type NoarkMetadata = {
  tittel: string;
  dokumentetsDato: Date;
  avsender: string;
  mottaker: string | null;
  saksnummer: string | null;
  /** The case, allocation or report the document belongs to, in words. */
  tilhoerer: string;
  /** The portal's own id of the copy (Noark 5: eksternID, with system «DEKOM-portalen»). */
  eksternID: string;
};

export type PdfInput = {
  title: string;
  lang: "nb-NO" | "nn-NO";
  author: string;
  date: Date;
  intro: string[];
  blocks: PdfBlock[];
  /** Lines to set in bold (e.g. a decision). */
  emphasise?: (line: string) => boolean;
  noark?: NoarkMetadata;
};

const FONTS = path.join(process.cwd(), "public", "fonts");
const NOARK_NS = "http://www.arkivverket.no/standarder/noark5/arkivstruktur/";

export const escapeXml = (s: string) =>
  s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const NOARK_PROPERTIES: [keyof NoarkMetadata, string][] = [
  ["tittel", "M020 tittel"],
  ["dokumentetsDato", "M103 dokumentetsDato"],
  ["avsender", "M400 korrespondansepartNavn, korrespondanseparttype avsender"],
  ["mottaker", "M400 korrespondansepartNavn, korrespondanseparttype mottaker"],
  ["saksnummer", "Saksnummer (saksaar/sakssekvensnummer) eller sakens nummer i forumet"],
  ["tilhoerer", "Saken, tildelingen eller rapporten dokumentet hører til"],
  ["eksternID", "M181 eksternID i DEKOM-portalen"],
];

/** The XMP packet parts this module adds: dc (title, creator, language, date) and the Noark 5 terms with their PDF/A extension schema. */
function xmpParts(input: Pick<PdfInput, "title" | "author" | "lang" | "date" | "noark">): string[] {
  const parts = [`
        <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(input.title)}</rdf:li></rdf:Alt></dc:title>
            <dc:creator><rdf:Seq><rdf:li>${escapeXml(input.author)}</rdf:li></rdf:Seq></dc:creator>
            <dc:language><rdf:Bag><rdf:li>${input.lang}</rdf:li></rdf:Bag></dc:language>
            <dc:format>application/pdf</dc:format>
        </rdf:Description>`];
  const n = input.noark;
  if (!n) return parts;
  const value = (k: keyof NoarkMetadata) => {
    const v = n[k];
    return v instanceof Date ? v.toISOString() : v === null ? null : escapeXml(v);
  };
  parts.push(`
        <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
            <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
                <pdfaSchema:schema>Noark 5 arkivstruktur (arkivkopi fra DEKOM-portalen)</pdfaSchema:schema>
                <pdfaSchema:namespaceURI>${NOARK_NS}</pdfaSchema:namespaceURI>
                <pdfaSchema:prefix>n5</pdfaSchema:prefix>
                <pdfaSchema:property><rdf:Seq>${NOARK_PROPERTIES.map(([name, description]) => `
                    <rdf:li rdf:parseType="Resource"><pdfaProperty:name>${name}</pdfaProperty:name><pdfaProperty:valueType>${name === "dokumentetsDato" ? "Date" : "Text"}</pdfaProperty:valueType><pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>${escapeXml(description)}</pdfaProperty:description></rdf:li>`).join("")}
                </rdf:Seq></pdfaSchema:property>
            </rdf:li></rdf:Bag></pdfaExtension:schemas>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:n5="${NOARK_NS}">${NOARK_PROPERTIES.map(([k]) => value(k)).map((v, i) => (v === null ? "" : `
            <n5:${NOARK_PROPERTIES[i][0]}>${v}</n5:${NOARK_PROPERTIES[i][0]}>`)).join("")}
        </rdf:Description>`);
  return parts;
}

/** Lays out the title, the intro and the blocks on A4 pages, and returns the PDF/A-2b file. */
export function renderPdf(input: PdfInput): Promise<Buffer> {
  const regular = path.join(FONTS, "DejaVuSans.ttf");
  const bold = path.join(FONTS, "DejaVuSans-Bold.ttf");
  const doc = new PDFDocument({
    size: "A4", margin: 56, pdfVersion: "1.7", subset: "PDF/A-2b", lang: input.lang, displayTitle: true, font: regular,
    info: { CreationDate: input.date, ModDate: input.date, Creator: "DEKOM-portalen", Producer: "DEKOM-portalen (PDFKit)" },
  });
  const withXml = doc as unknown as { appendXML(xml: string): void };
  for (const part of xmpParts(input)) withXml.appendXML(part);
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const clean = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");
  doc.font(bold).fontSize(16).text(clean(input.title), { paragraphGap: 8 });
  doc.font(regular).fontSize(10);
  for (const line of input.intro) doc.text(clean(line), { paragraphGap: 4 });
  for (const b of input.blocks) {
    doc.moveDown(0.6).font(bold).fontSize(12).text(clean(b.heading), { paragraphGap: 6 });
    for (const line of b.lines) doc.font(input.emphasise?.(line) ? bold : regular).fontSize(10).text(clean(line), { paragraphGap: 4 });
    if (b.table) {
      doc.font(bold).fontSize(9).text(clean(b.table.head.join(" | ")), { paragraphGap: 3 });
      for (const row of b.table.rows) doc.font(regular).fontSize(9).text(clean(row.join(" | ")), { indent: 8, paragraphGap: 3 });
    }
  }
  doc.end();
  return done;
}
