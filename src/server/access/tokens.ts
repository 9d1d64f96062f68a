import { createHash, randomBytes } from "node:crypto";

/** A single-use link token: 256 random bits; only its SHA-256 is stored, so a database copy opens nothing. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A token as it appears in a link; anything else is not looked up at all. */
export const looksLikeToken = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

/** The address an invitation e-mail (or the admin command) gives: the page that accepts the token. */
export const invitationLink = (portalUrl: string, token: string) => `${portalUrl.replace(/\/$/, "")}/invitasjon/${token}`;
