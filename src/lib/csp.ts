// The portal's Content-Security-Policy. Scripts only from the portal itself and with this request's nonce
// ('strict-dynamic' lets those load Next's chunks); no inline script, no eval outside development, no
// plugins, no framing. Styles allow inline attributes: the design system and React's style props set them,
// and a style cannot run code.
export function contentSecurityPolicy(nonce: string, opts: { dev: boolean; https: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    ...(opts.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Two years, subdomains included: sent only on https responses (RFC 6797 ignores it over http). */
export const HSTS = "max-age=63072000; includeSubDomains";
