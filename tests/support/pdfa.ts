// Checks the parts of PDF/A-2b that can be checked without veraPDF (a Java tool not packaged for Debian, and not
// reachable from here): the XMP packet's PDF/A identification and Noark 5 terms, the sRGB output intent, a file
// identifier, no encryption, and every font embedded. Reads the file with pdf-lib, independent of PDFKit, which wrote it.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFStream, decodePDFRawStream } from "pdf-lib";

export type PdfaReport = { problems: string[]; xmp: string; fonts: string[]; pages: number };

const text = (s: PDFStream) => Buffer.from(s instanceof PDFRawStream ? decodePDFRawStream(s).decode() : s.getContents()).toString("utf8");

export async function checkPdfa(bytes: Uint8Array): Promise<PdfaReport> {
  const problems: string[] = [];
  const head = Buffer.from(bytes.subarray(0, 16)).toString("latin1");
  if (!/^%PDF-1\.[4-7]/.test(head)) problems.push(`header ${JSON.stringify(head.slice(0, 8))}`);
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const ctx = doc.context;
  if (ctx.trailerInfo.Encrypt) problems.push("encrypted");
  if (!ctx.trailerInfo.ID) problems.push("no file identifier (ID) in the trailer");
  const catalog = doc.catalog;
  const meta = catalog.lookupMaybe(PDFName.of("Metadata"), PDFStream);
  const xmp = meta ? text(meta) : "";
  if (!meta) problems.push("no XMP metadata stream");
  if (!/<pdfaid:part>2<\/pdfaid:part>/.test(xmp)) problems.push("XMP lacks pdfaid:part 2");
  if (!/<pdfaid:conformance>B<\/pdfaid:conformance>/.test(xmp)) problems.push("XMP lacks pdfaid:conformance B");
  if (/n5:/.test(xmp) && !/<pdfaSchema:prefix>n5<\/pdfaSchema:prefix>/.test(xmp)) problems.push("Noark 5 properties without a PDF/A extension schema");
  const intents = catalog.lookupMaybe(PDFName.of("OutputIntents"), PDFArray);
  const intent = intents?.lookupMaybe(0, PDFDict);
  if (!intent || intent.get(PDFName.of("S"))?.toString() !== "/GTS_PDFA1") problems.push("no GTS_PDFA1 output intent");
  else if (!intent.lookupMaybe(PDFName.of("DestOutputProfile"), PDFStream)) problems.push("output intent without an ICC profile");
  const fonts: string[] = [];
  for (const [, obj] of ctx.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of("Type"))?.toString() !== "/Font") continue;
    const subtype = obj.get(PDFName.of("Subtype"))?.toString();
    const name = obj.get(PDFName.of("BaseFont"))?.toString() ?? "?";
    if (subtype === "/Type0") continue; // its descendant CIDFont is checked on its own
    fonts.push(name);
    const descriptor = obj.lookupMaybe(PDFName.of("FontDescriptor"), PDFDict);
    if (!descriptor) { problems.push(`font ${name} is not embedded (no descriptor)`); continue; }
    if (!["FontFile", "FontFile2", "FontFile3"].some((k) => descriptor.get(PDFName.of(k)))) problems.push(`font ${name} is not embedded`);
  }
  if (fonts.length === 0) problems.push("no fonts");
  return { problems, xmp, fonts, pages: doc.getPageCount() };
}

/** The value of one Noark 5 term in the XMP packet (XML entities decoded). */
export const noarkTerm = (xmp: string, name: string) => {
  const m = new RegExp(`<n5:${name}>([^<]*)</n5:${name}>`).exec(xmp);
  return m ? m[1].replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&") : null;
};
