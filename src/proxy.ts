// Security headers for every page: a Content-Security-Policy with a fresh nonce per request (Next puts the
// nonce on its own scripts; no inline script runs without it), and Strict-Transport-Security when the portal
// is reached over https. Next's documented pattern (docs: app/guides/content-security-policy); the policy
// itself is src/lib/csp.ts so it can be tested.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, HSTS } from "@/lib/csp";
import { logRefusal } from "@/server/security-log";

export function proxy(request: NextRequest) {
  // An id or slug with a NUL byte would reach PostgreSQL (which refuses it) as a server error: not found.
  let path: string;
  try {
    path = decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse("Ugyldig adresse.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  if (path.includes("\u0000")) return new NextResponse("Fant ikke siden.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  // A server action posted from another site: refused here with a clear answer (Next would throw, a 500).
  if (request.method === "POST" && request.headers.has("next-action")) {
    const origin = request.headers.get("origin");
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    let originHost: string | null = null;
    try { originHost = origin ? new URL(origin).host : null; } catch { originHost = "invalid"; }
    if (origin && host && originHost !== host) {
      logRefusal({ action: request.headers.get("next-action")?.slice(0, 64) ?? "server-action", userId: null, reason: "foreign-origin" });
      return new NextResponse("Forespørselen kom fra et annet nettsted og ble avvist.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
  }
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
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
