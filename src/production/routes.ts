// The route a request belongs to, for the metrics: "/min-side/tildelinger/[fylke]" rather than every
// county's own path, so the number of series stays the number of routes. Read from Next's routes manifest.
export type RoutesManifest = { staticRoutes: { page: string }[]; dynamicRoutes: { page: string; regex: string }[] };

export function routeMatcher(manifest: RoutesManifest): (pathname: string) => string {
  const fixed = new Set(manifest.staticRoutes.map((r) => r.page));
  const dynamic = manifest.dynamicRoutes.map((r) => ({ page: r.page, regex: new RegExp(r.regex) }));
  return (pathname) => {
    if (pathname.startsWith("/_next/")) return "/_next";
    const path = pathname.length > 1 ? pathname.replace(/\/$/, "") : pathname;
    if (fixed.has(path)) return path;
    return dynamic.find((r) => r.regex.test(path))?.page ?? "(other)";
  };
}
