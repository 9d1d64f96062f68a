import "server-only";
// The adopted innstilling as a PDF, laid out from the same blocks as the page. The font is DejaVu Sans, embedded
// (subset) with fontkit: it covers Norwegian and Sami letters (æøå, áčđŋšŧž), which the standard PDF fonts do not.
import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { formatDate } from "@/lib/format";
import { recommendationBlocks, recommendationText as t } from "@/lib/messages/recommendations";
import type { getPublishedRecommendation } from "./queries";

const font = (name: string) => readFile(path.join(process.cwd(), "public", "fonts", name));

export async function recommendationPdf(published: NonNullable<Awaited<ReturnType<typeof getPublishedRecommendation>>>): Promise<Uint8Array> {
  const { rec, content } = published;
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const title = t.heading(rec.county.forumName, rec.year);
  doc.setTitle(title);
  doc.setLanguage("nb-NO");
  doc.setAuthor(rec.county.governorName);
  doc.setCreationDate(rec.adoptedAt ?? rec.updatedAt);
  doc.setModificationDate(rec.adoptedAt ?? rec.updatedAt);
  const regular = await doc.embedFont(await font("DejaVuSans.ttf"), { subset: true });
  const bold = await doc.embedFont(await font("DejaVuSans-Bold.ttf"), { subset: true });
  const [width, height, margin] = [595, 842, 56];
  let page: PDFPage = doc.addPage([width, height]);
  let y = height - margin;
  const write = (text: string, size: number, f: PDFFont = regular, gap = 4, indent = 0) => {
    const words = text.replace(/[\u00a0\u202f]/g, " ").split(" ");
    let line = "";
    const flush = () => {
      if (y < margin + size) { page = doc.addPage([width, height]); y = height - margin; }
      page.drawText(line, { x: margin + indent, y, size, font: f, color: rgb(0, 0, 0) });
      y -= size + gap;
      line = "";
    };
    for (const w of words) {
      const next = line ? `${line} ${w}` : w;
      if (f.widthOfTextAtSize(next, size) > width - 2 * margin - indent && line) { flush(); line = w; } else line = next;
    }
    if (line) flush();
  };
  const doc_ = recommendationBlocks(content.assembled, content);
  write(title, 16, bold, 8);
  if (rec.adoptedCase) write(t.statusAdopted(rec.adoptedCase.number, formatDate(rec.adoptedCase.meeting.startsAt)), 10);
  for (const line of doc_.intro) write(line, 10);
  for (const b of doc_.blocks) {
    y -= 8;
    write(b.heading, 12, bold, 6);
    for (const line of b.lines) write(line, 10);
    if (b.table) {
      write(b.table.head.join(" | "), 9, bold, 3);
      for (const row of b.table.rows) write(row.join(" | "), 9, regular, 3, 8);
    }
  }
  // Plain objects (no object streams): the font dictionaries stay readable to archive checkers.
  return doc.save({ useObjectStreams: false });
}
