import "server-only";
// The package an operator downloads when the county has no archive configured: a zip of the PDF/A files and
// arkivkopier.xml, which describes each copy in Noark 5 terms (registrering, korrespondansepart,
// dokumentbeskrivelse, dokumentobjekt with checksum). Element names follow arkivstruktur; the file is not an
// arkivuttrekk and is not validated against arkivstruktur.xsd.
import { zipSync } from "fflate";
import { NOARK, archiveFileName } from "@/domain/archive";
import { can, type Actor } from "@/domain/authorization";
import { escapeXml } from "../pdf/document";
import { db as database } from "../db";
import type { Db } from "../prisma-client";

const el = (name: string, value: string | number | null | undefined) => (value === null || value === undefined ? "" : `<${name}>${escapeXml(String(value))}</${name}>`);

/** The waiting copies made up to `upTo`, or null when the user may not have them. */
export async function archivePackage(actor: Actor, countySlug: string, upTo: Date, db: Db = database()) {
  const county = await db.county.findUnique({ where: { slug: countySlug } });
  if (!county || !can(actor, "county.manage", { countyId: county.id })) return null;
  const copies = await db.archiveCopy.findMany({
    where: { countyId: county.id, status: { not: "DELIVERED" }, generatedAt: { not: null, lte: upTo } },
    orderBy: { decidedAt: "asc" },
  });
  const files: Record<string, Uint8Array> = {};
  const entries = copies.map((c) => {
    const file = archiveFileName(c.kind, c.decidedAt, c.id);
    files[file] = new Uint8Array(c.pdf!);
    return `  <registrering>
    ${el("tittel", c.title)}${el("dokumentetsDato", c.documentDate?.toISOString().slice(0, 10))}${el("beskrivelse", c.belongsTo)}
    <eksternID>${escapeXml(c.id)}</eksternID>${el("saksnummer", c.caseNumber)}
    <korrespondansepart>${el("korrespondanseparttype", "EA")}${el("korrespondansepartNavn", c.sender)}</korrespondansepart>${c.recipient ? `
    <korrespondansepart>${el("korrespondanseparttype", "EM")}${el("korrespondansepartNavn", c.recipient)}</korrespondansepart>` : ""}
    <dokumentbeskrivelse>${el("tittel", c.title)}${el("dokumenttype", NOARK.dokumenttype.kodenavn)}${el("dokumentstatus", NOARK.dokumentstatus.kodenavn)}${el("tilknyttetRegistreringSom", NOARK.tilknyttetRegistreringSom.kodenavn)}
      <dokumentobjekt>${el("versjonsnummer", 1)}${el("variantformat", NOARK.variantformat.kodenavn)}${el("format", NOARK.formatPdfA2b)}${el("referanseDokumentfil", file)}${el("sjekksum", c.sha256)}${el("sjekksumAlgoritme", NOARK.sjekksumAlgoritme)}${el("filstoerrelse", c.sizeBytes)}</dokumentobjekt>
    </dokumentbeskrivelse>
  </registrering>`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<arkivkopier system="${NOARK.system}" arkivskaper="${escapeXml(county.governorName)}" laget="${new Date().toISOString()}" antall="${copies.length}">
${entries.join("\n")}
</arkivkopier>
`;
  files["arkivkopier.xml"] = new TextEncoder().encode(xml);
  // PDFs are compressed already: stored, not deflated again.
  return { zip: zipSync(files, { level: 0 }), count: copies.length, county };
}
