// The minutes as a PDF for the archive. pdf-lib's standard Helvetica (WinAnsi) covers æ, ø and å.
import { PDFDocument, StandardFonts, rgb } from "pdf-lib";
import { getMinutes } from "@/server/voting/queries";
import { minutesBlocks } from "@/server/voting/minutes";

export const dynamic = "force-dynamic";

/** WinAnsi cannot encode every character (e.g. Sami letters, U+2212): replace those with a close one. */
const encodable = (s: string) => s.replace(/\u2212/g, "-").replace(/[\u00a0\u202f]/g, " ").replace(/[^\x20-\x7e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]/g, "?");

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const data = await getMinutes((await params).id);
  if (!data) return new Response("Fant ikke møtet.", { status: 404 });
  const m = minutesBlocks(data);
  const pdf = await PDFDocument.create();
  pdf.setTitle(m.title);
  pdf.setLanguage("nb-NO");
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const [width, height, margin] = [595, 842, 56];
  let page = pdf.addPage([width, height]);
  let y = height - margin;
  const write = (text: string, size: number, f = font, gap = 4) => {
    const words = encodable(text).split(" ");
    let line = "";
    const flush = () => {
      if (y < margin + size) { page = pdf.addPage([width, height]); y = height - margin; }
      page.drawText(line, { x: margin, y, size, font: f, color: rgb(0, 0, 0) });
      y -= size + gap;
      line = "";
    };
    for (const w of words) {
      const next = line ? `${line} ${w}` : w;
      if (f.widthOfTextAtSize(next, size) > width - 2 * margin && line) { flush(); line = w; } else line = next;
    }
    if (line) flush();
  };
  write(m.title, 16, bold, 8);
  for (const line of m.intro) write(line, 10);
  for (const b of m.blocks) {
    y -= 8;
    write(b.heading, 12, bold, 6);
    for (const line of b.lines) write(line, 10, /^Vedtak/.test(line) ? bold : font);
  }
  const bytes = await pdf.save();
  return new Response(Buffer.from(bytes), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `inline; filename="protokoll-${data.meeting.id}.pdf"` },
  });
}
