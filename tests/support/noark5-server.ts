// A small archive on loopback that implements the part of the Noark 5 tjenestegrensesnitt (v5) the portal uses:
// GET an arkivdel, ny-registrering, ny-korrespondansepartenhet, ny-dokumentbeskrivelse, ny-dokumentobjekt, and the
// file upload (rel fil). It answers with application/vnd.noark5+json and _links as the specification does, checks
// the bearer token, the content types, the mandatory fields, and the uploaded file against the dokumentobjekt's
// sjekksum and filstoerrelse. No Noark 5 core runs here; this stands in for one, and can be told to fail or be slow.
import { createHash, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

const REL = "https://rel.arkivverket.no/noark5/v5/api/arkivstruktur/";
const JSON_TYPE = "application/vnd.noark5+json";

type Entity = Record<string, unknown> & { systemID: string };
export type Registrering = Entity & {
  tittel: string; eksternID?: { eksternID: string; system: string }[]; parter: Entity[];
  dokumentbeskrivelser: (Entity & { dokumentobjekter: (Entity & { file?: Buffer; fileType?: string })[] })[];
};

export type TestArchive = {
  url: string;
  arkivdelUrl: string;
  token: string;
  registreringer: Registrering[];
  requests: { method: string; path: string; status: number }[];
  /** The next n requests (of any kind, or only those whose path matches) answer with this status. */
  failNext: (n: number, status?: number, match?: RegExp) => void;
  /** Every answer waits this long. */
  setDelay: (ms: number) => void;
  close: () => Promise<void>;
};

export async function startTestArchive(token = "test-arkiv-token"): Promise<TestArchive> {
  const arkivdelId = randomUUID();
  const registreringer: Registrering[] = [];
  const requests: TestArchive["requests"] = [];
  const byId = new Map<string, { kind: string; entity: Entity }>();
  let failures: { n: number; status: number; match?: RegExp } = { n: 0, status: 500 };
  let delay = 0;
  let base = "";

  const links = (kind: string, id: string): Record<string, { href: string }> => {
    const self = `${base}/noark5v5/api/arkivstruktur/${kind}/${id}/`;
    const l: Record<string, { href: string }> = { self: { href: self }, [`${REL}${kind}/`]: { href: self } };
    if (kind === "arkivdel") l[`${REL}ny-registrering/`] = { href: `${self}ny-registrering/` };
    if (kind === "registrering") {
      l[`${REL}ny-dokumentbeskrivelse/`] = { href: `${self}ny-dokumentbeskrivelse/` };
      l[`${REL}ny-korrespondansepartenhet/`] = { href: `${self}ny-korrespondansepartenhet/` };
    }
    if (kind === "dokumentbeskrivelse") l[`${REL}ny-dokumentobjekt/`] = { href: `${self}ny-dokumentobjekt/` };
    if (kind === "dokumentobjekt") l[`${REL}fil/`] = { href: `${self}referanseFil/` };
    return l;
  };
  const view = (kind: string, e: Entity) => {
    const { dokumentbeskrivelser: _d, dokumentobjekter: _o, parter: _p, file: _f, fileType: _t, ...rest } = e as Record<string, unknown>;
    return { ...rest, _links: links(kind, e.systemID) };
  };
  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "Content-Type": body === undefined ? "text/plain" : JSON_TYPE });
    res.end(body === undefined ? "" : JSON.stringify(body));
  };
  const problem = (res: ServerResponse, status: number, message: string) => send(res, status, { message });
  const read = async (req: IncomingMessage) => { const chunks: Buffer[] = []; for await (const c of req) chunks.push(c as Buffer); return Buffer.concat(chunks); };
  const create = (kind: string, fields: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
    const entity = { ...fields, ...extra, systemID: randomUUID(), opprettetDato: new Date().toISOString(), opprettetAv: "dekom-portalen" } as Entity;
    byId.set(entity.systemID, { kind, entity });
    return entity;
  };

  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", base).pathname;
    const status = await (async (): Promise<number> => {
      if (delay) await new Promise((r) => setTimeout(r, delay));
      if (failures.n > 0 && (!failures.match || failures.match.test(path))) {
        failures.n--;
        await read(req);
        problem(res, failures.status, "Arkivet er midlertidig utilgjengelig");
        return failures.status;
      }
      if (req.headers.authorization !== `Bearer ${token}`) { problem(res, 401, "Mangler gyldig token"); return 401; }
      const m = /^\/noark5v5\/api\/arkivstruktur\/(arkivdel|registrering|dokumentbeskrivelse|dokumentobjekt)\/([^/]+)\/(?:(ny-registrering|ny-korrespondansepartenhet|ny-dokumentbeskrivelse|ny-dokumentobjekt|referanseFil)\/)?$/.exec(path);
      if (!m) { problem(res, 404, "Ukjent adresse"); return 404; }
      const [, kind, id, action] = m;
      const found = kind === "arkivdel" ? (id === arkivdelId ? { kind, entity: { systemID: arkivdelId, tittel: "DEKOM" } } : undefined) : byId.get(id);
      if (!found || found.kind !== kind) { problem(res, 404, "Fant ikke enheten"); return 404; }
      if (req.method === "GET" && !action) { send(res, 200, view(kind, found.entity)); return 200; }
      if (req.method !== "POST" || !action) { problem(res, 405, "Metoden støttes ikke"); return 405; }
      const body = await read(req);
      if (action === "referanseFil") {
        const objekt = found.entity as Registrering["dokumentbeskrivelser"][number]["dokumentobjekter"][number];
        if (req.headers["content-type"] !== objekt.mimeType) { problem(res, 415, `Filen må ha typen ${String(objekt.mimeType)}`); return 415; }
        if (body.length !== objekt.filstoerrelse || createHash("sha256").update(body).digest("hex") !== objekt.sjekksum) { problem(res, 400, "Filen stemmer ikke med sjekksummen eller størrelsen"); return 400; }
        objekt.file = body;
        objekt.fileType = req.headers["content-type"];
        send(res, 200, view("dokumentobjekt", objekt));
        return 200;
      }
      if (req.headers["content-type"] !== JSON_TYPE) { problem(res, 415, `Innholdet må være ${JSON_TYPE}`); return 415; }
      let fields: Record<string, unknown>;
      try { fields = JSON.parse(body.toString("utf8")) as Record<string, unknown>; } catch { problem(res, 400, "Ugyldig JSON"); return 400; }
      const need = (...names: string[]) => names.filter((n) => fields[n] === undefined || fields[n] === "");
      if (action === "ny-registrering") {
        if (need("tittel").length) { problem(res, 400, "tittel mangler"); return 400; }
        const r = create("registrering", fields, { parter: [], dokumentbeskrivelser: [] }) as Registrering;
        registreringer.push(r);
        send(res, 201, view("registrering", r));
        return 201;
      }
      if (action === "ny-korrespondansepartenhet") {
        if (need("korrespondanseparttype", "navn").length) { problem(res, 400, "korrespondanseparttype og navn må fylles ut"); return 400; }
        const p = create("korrespondansepart", fields);
        (found.entity as Registrering).parter.push(p);
        send(res, 201, view("korrespondansepart", p));
        return 201;
      }
      if (action === "ny-dokumentbeskrivelse") {
        if (need("tittel", "dokumenttype", "dokumentstatus", "tilknyttetRegistreringSom").length) { problem(res, 400, "dokumentbeskrivelsen mangler felt"); return 400; }
        const d = create("dokumentbeskrivelse", fields, { dokumentobjekter: [] }) as Registrering["dokumentbeskrivelser"][number];
        (found.entity as Registrering).dokumentbeskrivelser.push(d);
        send(res, 201, view("dokumentbeskrivelse", d));
        return 201;
      }
      if (need("versjonsnummer", "variantformat", "filnavn", "sjekksum", "sjekksumAlgoritme", "filstoerrelse", "mimeType").length) { problem(res, 400, "dokumentobjektet mangler felt"); return 400; }
      const o = create("dokumentobjekt", fields);
      (found.entity as Registrering["dokumentbeskrivelser"][number]).dokumentobjekter.push(o);
      send(res, 201, view("dokumentobjekt", o));
      return 201;
    })().catch((e: unknown) => { problem(res, 500, String(e)); return 500; });
    requests.push({ method: req.method ?? "?", path, status });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    arkivdelUrl: `${base}/noark5v5/api/arkivstruktur/arkivdel/${arkivdelId}/`,
    token,
    registreringer,
    requests,
    failNext: (n, s = 503, match) => { failures = { n, status: s, match }; },
    setDelay: (ms) => { delay = ms; },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
