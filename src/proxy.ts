// Security headers for every page: a Content-Security-Policy with a fresh nonce per request (Next puts the
// nonce on its own scripts; no inline script runs without it), and Strict-Transport-Security when the portal
// is reached over https. Next's documented pattern (docs: app/guides/content-security-policy); the policy
// itself is src/lib/csp.ts so it can be tested.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, HSTS } from "@/lib/csp";
import { logRefusal } from "@/server/security-log";
import { LOCALE_COOKIE, LOCALE_HEADER, LOCALE_QUERY, pickLocale } from "@/i18n/locales";
import { catalogues } from "@/i18n/catalogue";

const text = (body: string, status: number) => new NextResponse(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
/** Next's own limit for a server action's body (next.config.ts); a larger body is refused here, not with a 500. */
export const ACTION_BODY_LIMIT = 11 * 1024 * 1024;

/** The refusals made here, in the reader's language (the same choice the pages make). */
const refusalText = (request: NextRequest) =>
  catalogues[pickLocale({ query: request.nextUrl.searchParams.get(LOCALE_QUERY), cookie: request.cookies.get(LOCALE_COOKIE)?.value, acceptLanguage: request.headers.get("accept-language") }).locale].unavailable;

export async function proxy(request: NextRequest) {
  // An id or slug with a NUL byte would reach PostgreSQL (which refuses it) as a server error: not found.
  let path: string;
  try {
    path = decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return text(refusalText(request).badAddress, 400);
  }
  if (path.includes("\u0000")) return text(refusalText(request).pageNotFound, 404);
  // A server action posted from another site: refused here with a clear answer (Next would throw, a 500).
  if (request.method === "POST" && request.headers.has("next-action")) {
    const origin = request.headers.get("origin");
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    let originHost: string | null = null;
    try { originHost = origin ? new URL(origin).host : null; } catch { originHost = "invalid"; }
    if (origin && host && originHost !== host) {
      logRefusal({ action: request.headers.get("next-action")?.slice(0, 64) ?? "server-action", userId: null, reason: "foreign-origin" });
      return text(refusalText(request).foreignOrigin, 403);
    }
    const refused = await malformedAction(request);
    if (refused) {
      logRefusal({ action: request.headers.get("next-action")?.slice(0, 64) ?? "server-action", userId: null, reason: refused === 413 ? "too-large" : "malformed" });
      return text(refused === 413 ? refusalText(request).tooLarge : refusalText(request).malformed, refused);
    }
  }
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  // `?sprak=nn` shows this page in a language (src/i18n/locales.ts); server components read it from a header.
  const language = request.nextUrl.searchParams.get(LOCALE_QUERY);
  if (language !== null) headers.set(LOCALE_HEADER, language.slice(0, 40));
  else headers.delete(LOCALE_HEADER);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  // Pages and route handlers; not the static files Next serves itself.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};

/**
 * A server action request Next and React would answer with a 500: a body above the limit (413), or one that
 * cannot be read as the form or the encoded arguments a browser sends (400). The body is read from a copy;
 * the action still gets the original.
 */
async function malformedAction(request: NextRequest): Promise<400 | 413 | null> {
  if (!/^[0-9a-f]{40,64}$/i.test(request.headers.get("next-action") ?? "")) return 400;
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > ACTION_BODY_LIMIT) return 413;
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded")) {
      await request.clone().formData();
    } else {
      const body = await request.clone().text();
      if (body.length > ACTION_BODY_LIMIT) return 413;
      if (body !== "") JSON.parse(body);
    }
  } catch {
    return 400;
  }
  return null;
}
