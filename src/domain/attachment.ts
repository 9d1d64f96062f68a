// Which files may be attached to a report: PDF and office documents, at most 10 MB, recognised by their
// content (magic bytes), not only by the name the browser sends.
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const TYPES: Record<string, { mime: string; magic: "pdf" | "zip" | "ole" }> = {
  pdf: { mime: "application/pdf", magic: "pdf" },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", magic: "zip" },
  xlsx: { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", magic: "zip" },
  pptx: { mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation", magic: "zip" },
  odt: { mime: "application/vnd.oasis.opendocument.text", magic: "zip" },
  ods: { mime: "application/vnd.oasis.opendocument.spreadsheet", magic: "zip" },
  odp: { mime: "application/vnd.oasis.opendocument.presentation", magic: "zip" },
  doc: { mime: "application/msword", magic: "ole" },
  xls: { mime: "application/vnd.ms-excel", magic: "ole" },
  ppt: { mime: "application/vnd.ms-powerpoint", magic: "ole" },
};

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);
const MAGIC = { pdf: [0x25, 0x50, 0x44, 0x46, 0x2d], zip: [0x50, 0x4b, 0x03, 0x04], ole: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] };

/** A refused file: a code (and the extension it claimed), rendered in the reader's language by the server. */
export type AttachmentProblem = { code: "empty" | "tooLarge" | "type" } | { code: "invalid"; ext: string; format: string };
export type AttachmentCheck = { ok: true; mime: string; filename: string } | { ok: false; problem: AttachmentProblem };

/**
 * Bidirectional and other invisible control characters (a right-to-left override makes "rapport\u202Efdp.exe"
 * read as "rapportexe.pdf"), and C0/C1 controls: removed from file names.
 */
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** A whole document of its kind, not only its first bytes: a PDF ends with %%EOF, a zip has its central directory. */
function wholeFile(bytes: Uint8Array, magic: "pdf" | "zip" | "ole"): boolean {
  const tail = new TextDecoder("latin1").decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  if (magic === "pdf") return tail.includes("%%EOF");
  if (magic === "zip") return tail.includes("PK\u0005\u0006");
  return bytes.length >= 512 && bytes.length % 512 === 0;
}

export function checkAttachment(filename: string, bytes: Uint8Array): AttachmentCheck {
  const name = filename.replace(HIDDEN, "").replace(/[\\/]/g, "_").trim().slice(0, 200);
  if (bytes.length === 0) return { ok: false, problem: { code: "empty" } };
  if (bytes.length > MAX_ATTACHMENT_BYTES) return { ok: false, problem: { code: "tooLarge" } };
  const ext = name.split(".").pop()?.toLowerCase() ?? "";
  // Own keys only: "rapport.constructor" must not find Object's constructor in the table.
  const type = Object.hasOwn(TYPES, ext) ? TYPES[ext] : undefined;
  if (!type) return { ok: false, problem: { code: "type" } };
  if (!startsWith(bytes, MAGIC[type.magic]) || !wholeFile(bytes, type.magic)) return { ok: false, problem: { code: "invalid", ext, format: ext.toUpperCase() } };
  return { ok: true, mime: type.mime, filename: name };
}
