// Rules of archive copies (arkivlova, arkivforskrifta): when to try a delivery again, which archive addresses are
// accepted, and the Noark 5 codes an archive copy is filed with. Pure: the server calls these.

/** Attempts before a copy is marked failed (an operator can try again); about 34 hours with the backoff below. */
export const MAX_ATTEMPTS = 12;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 4 * 3600_000;

/** When to try again after `attempts` failed attempts: 30 s, 1 min, 2 min, … doubling, at most 4 hours; null: give up. */
export function nextAttemptAt(attempts: number, now: Date): Date | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  const wait = Math.min(FIRST_WAIT_MS * 2 ** Math.max(0, attempts - 1), LONGEST_WAIT_MS);
  return new Date(now.getTime() + wait);
}

export type ArchiveUrlProblem = "not-a-url" | "not-https" | "has-credentials";

/** An archive address must be https (http only to this machine, for a local test archive), without a password in it. */
export function archiveUrlProblem(raw: string): ArchiveUrlProblem | null {
  let url: URL;
  try { url = new URL(raw); } catch { return "not-a-url"; }
  if (url.username || url.password) return "has-credentials";
  if (url.protocol === "https:") return null;
  const loopback = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  return url.protocol === "http:" && loopback ? null : "not-https";
}

/** Noark 5 codes the portal files an archive copy with. */
export const NOARK = {
  /** PRONOM id of PDF/A-2b (dokumentobjekt.format). */
  formatPdfA2b: "fmt/477",
  variantformat: { kode: "A", kodenavn: "Arkivformat" },
  dokumentstatus: { kode: "F", kodenavn: "Dokumentet er ferdigstilt" },
  dokumenttype: { kode: "VEDTAK", kodenavn: "Vedtak" },
  tilknyttetRegistreringSom: { kode: "H", kodenavn: "Hoveddokument" },
  sjekksumAlgoritme: "SHA-256",
  system: "DEKOM-portalen",
} as const;

export type ArchiveKind = "ALLOCATION" | "MINUTES" | "EVALUATION" | "RECOMMENDATION";

/** The file name of a copy in the archive and in a package: kind, date and the portal's id, no user text. */
export function archiveFileName(kind: ArchiveKind, decidedAt: Date, id: string): string {
  const prefix = { ALLOCATION: "tildeling", MINUTES: "protokoll", EVALUATION: "evaluering", RECOMMENDATION: "innstilling" }[kind];
  return `${prefix}-${decidedAt.toISOString().slice(0, 10)}-${id}.pdf`;
}

/** Shortens an error from the archive to what the status page shows (one line, at most 300 characters). */
export const errorLine = (message: string) => message.replace(/\s+/g, " ").trim().slice(0, 300);
