import "server-only";
// The part of the Noark 5 tjenestegrensesnitt (REST, v5) the portal uses to file an archive copy, following its
// links (HATEOAS) from the arkivdel the county configured:
//   arkivdel —ny-registrering→ registrering —ny-korrespondansepartenhet→ avsender, mottaker
//   registrering —ny-dokumentbeskrivelse→ dokumentbeskrivelse —ny-dokumentobjekt→ dokumentobjekt —fil→ the PDF/A
// Each step's result is saved before the next (see deliver.ts), so a retry goes on where the last attempt
// stopped and files nothing twice.
import { NOARK } from "@/domain/archive";
import { archiveText as t } from "@/lib/messages/archive";

const REL = "https://rel.arkivverket.no/noark5/v5/api/arkivstruktur/";
export const rel = {
  nyRegistrering: `${REL}ny-registrering/`,
  nyKorrespondansepartEnhet: `${REL}ny-korrespondansepartenhet/`,
  nyDokumentbeskrivelse: `${REL}ny-dokumentbeskrivelse/`,
  nyDokumentobjekt: `${REL}ny-dokumentobjekt/`,
  fil: `${REL}fil/`,
};
const NOARK_JSON = "application/vnd.noark5+json";
const TIMEOUT_MS = 20_000;

class ArchiveError extends Error {}

type Entity = { _links?: Record<string, { href: string }> } & Record<string, unknown>;
export type Archive = { url: string; token: string | null; timeoutMs?: number };

async function call(archive: Archive, method: "GET" | "POST", url: string, body?: { json: unknown } | { bytes: Uint8Array; type: string }): Promise<Entity> {
  const headers: Record<string, string> = { Accept: NOARK_JSON };
  if (archive.token) headers.Authorization = `Bearer ${archive.token}`;
  let payload: BodyInit | undefined;
  if (body && "json" in body) { headers["Content-Type"] = NOARK_JSON; payload = JSON.stringify(body.json); }
  if (body && "bytes" in body) { headers["Content-Type"] = body.type; payload = new Uint8Array(body.bytes); }
  let res: Response;
  try {
    res = await fetch(url, { method, headers, body: payload, signal: AbortSignal.timeout(archive.timeoutMs ?? TIMEOUT_MS), redirect: "error" });
  } catch (e) {
    const reason = e instanceof Error && e.name === "TimeoutError" ? t.noAnswer((archive.timeoutMs ?? TIMEOUT_MS) / 1000) : e instanceof Error ? (e.cause as Error | undefined)?.message ?? e.message : String(e);
    throw new ArchiveError(t.archiveUnreachable(reason));
  }
  const text = await res.text();
  if (!res.ok) throw new ArchiveError(`${t.archiveAnswered(res.status)}: ${text.slice(0, 200)}`);
  try { return text ? (JSON.parse(text) as Entity) : {}; } catch { throw new ArchiveError(`${t.archiveAnswered(res.status)}: ${text.slice(0, 200)}`); }
}

const link = (entity: Entity, relation: string) => {
  const href = entity._links?.[relation]?.href;
  if (!href) throw new ArchiveError(t.archiveNoLink(relation.replace(REL, "").replace(/\/$/, "")));
  return href;
};
const selfOf = (entity: Entity) => {
  const href = entity._links?.self?.href;
  if (!href) throw new ArchiveError(t.archiveNoLink("self"));
  return href;
};

export type CopyToFile = {
  id: string; title: string; documentDate: Date; sender: string; recipient: string | null; caseNumber: string | null;
  belongsTo: string; fileName: string; pdf: Uint8Array; sha256: string;
};
export type Progress = { registreringUrl: string | null; partsPosted: number; dokumentbeskrivelseUrl: string | null; dokumentobjektUrl: string | null };

/** Files one copy; `save` is called after each step with what it created, before the next step begins. */
export async function fileCopy(archive: Archive, copy: CopyToFile, progress: Progress, save: (p: Partial<Progress>) => Promise<void>): Promise<void> {
  let registrering: Entity;
  if (!progress.registreringUrl) {
    const arkivdel = await call(archive, "GET", archive.url);
    registrering = await call(archive, "POST", link(arkivdel, rel.nyRegistrering), {
      json: {
        tittel: copy.title,
        beskrivelse: `${copy.belongsTo}. Arkivkopi fra ${NOARK.system} (eksternID ${copy.id}).`,
        dokumentetsDato: copy.documentDate.toISOString().slice(0, 10),
        eksternID: [{ eksternID: copy.id, system: NOARK.system }],
        ...(copy.caseNumber ? { referanseSaksnummer: copy.caseNumber } : {}),
      },
    });
    progress.registreringUrl = selfOf(registrering);
    await save({ registreringUrl: progress.registreringUrl });
  } else {
    registrering = await call(archive, "GET", progress.registreringUrl);
  }
  const parts = [{ type: { kode: "EA", kodenavn: "Avsender" }, navn: copy.sender }, ...(copy.recipient ? [{ type: { kode: "EM", kodenavn: "Mottaker" }, navn: copy.recipient }] : [])];
  for (let i = progress.partsPosted; i < parts.length; i++) {
    await call(archive, "POST", link(registrering, rel.nyKorrespondansepartEnhet), { json: { korrespondanseparttype: parts[i].type, navn: parts[i].navn } });
    progress.partsPosted = i + 1;
    await save({ partsPosted: i + 1 });
  }
  let beskrivelse: Entity;
  if (!progress.dokumentbeskrivelseUrl) {
    beskrivelse = await call(archive, "POST", link(registrering, rel.nyDokumentbeskrivelse), {
      json: { tittel: copy.title, dokumenttype: NOARK.dokumenttype, dokumentstatus: NOARK.dokumentstatus, tilknyttetRegistreringSom: NOARK.tilknyttetRegistreringSom, dokumentnummer: 1 },
    });
    progress.dokumentbeskrivelseUrl = selfOf(beskrivelse);
    await save({ dokumentbeskrivelseUrl: progress.dokumentbeskrivelseUrl });
  } else {
    beskrivelse = await call(archive, "GET", progress.dokumentbeskrivelseUrl);
  }
  let objekt: Entity;
  if (!progress.dokumentobjektUrl) {
    objekt = await call(archive, "POST", link(beskrivelse, rel.nyDokumentobjekt), {
      json: {
        versjonsnummer: 1, variantformat: NOARK.variantformat, format: { kode: NOARK.formatPdfA2b }, filnavn: copy.fileName, mimeType: "application/pdf",
        sjekksum: copy.sha256, sjekksumAlgoritme: NOARK.sjekksumAlgoritme, filstoerrelse: copy.pdf.length,
      },
    });
    progress.dokumentobjektUrl = selfOf(objekt);
    await save({ dokumentobjektUrl: progress.dokumentobjektUrl });
  } else {
    objekt = await call(archive, "GET", progress.dokumentobjektUrl);
  }
  // Uploading the file to the same dokumentobjekt again replaces it with the same bytes: safe to repeat.
  await call(archive, "POST", link(objekt, rel.fil), { bytes: copy.pdf, type: "application/pdf" });
}
