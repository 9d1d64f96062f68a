import { describe, expect, it } from "vitest";
import { checkAttachment, MAX_ATTACHMENT_BYTES } from "./attachment";

const pdf = new TextEncoder().encode("%PDF-1.7\n...\n%%EOF\n");
const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 0x50, 0x4b, 0x05, 0x06, 0, 0]);

describe("attachments", () => {
  it("accepts a PDF and an office document by their content", () => {
    expect(checkAttachment("rapport.pdf", pdf)).toEqual({ ok: true, mime: "application/pdf", filename: "rapport.pdf" });
    expect(checkAttachment("Tiltak.DOCX", zip)).toMatchObject({ ok: true });
  });
  it("refuses other types, a renamed file, an empty file and one over 10 MB", () => {
    expect(checkAttachment("skript.exe", pdf)).toEqual({ ok: false, problem: { code: "type" } });
    // Names of Object's own properties are no file types either (found by the fuzzer: "x.constructor" threw).
    for (const name of ["x.constructor", "x.__proto__", "x.toString", "x.hasOwnProperty"]) {
      expect(checkAttachment(name, pdf)).toEqual({ ok: false, problem: { code: "type" } });
    }
    expect(checkAttachment("bilde.pdf", new Uint8Array([0xff, 0xd8, 0xff]))).toEqual({ ok: false, problem: { code: "invalid", ext: "pdf", format: "PDF" } });
    expect(checkAttachment("tom.pdf", new Uint8Array())).toEqual({ ok: false, problem: { code: "empty" } });
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set(pdf);
    expect(checkAttachment("stor.pdf", big)).toEqual({ ok: false, problem: { code: "tooLarge" } });
  });
  it("refuses a file that only starts like a PDF or a zip (a %PDF- header before HTML)", () => {
    expect(checkAttachment("falsk.pdf", new TextEncoder().encode("%PDF-1.7\n<html><script>alert(1)</script></html>"))).toEqual({ ok: false, problem: { code: "invalid", ext: "pdf", format: "PDF" } });
    expect(checkAttachment("falsk.docx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 60, 104, 116]))).toMatchObject({ ok: false });
  });
  it("removes right-to-left overrides and other invisible characters from the file name", () => {
    expect(checkAttachment("rapport\u202Efdp.exe.pdf", pdf)).toMatchObject({ ok: true, filename: "rapportfdp.exe.pdf" });
    expect(checkAttachment("a\u0000b\u200Bc.pdf", pdf)).toMatchObject({ ok: true, filename: "abc.pdf" });
  });
  it("keeps a path out of the file name", () => {
    expect(checkAttachment("../../etc/x.pdf", pdf)).toMatchObject({ ok: true, filename: ".._.._etc_x.pdf" });
  });
});
