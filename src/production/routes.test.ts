import { describe, expect, it } from "vitest";
import { routeMatcher } from "./routes";

const manifest = {
  staticRoutes: [{ page: "/" }, { page: "/min-side" }, { page: "/api/helse/klar" }],
  dynamicRoutes: [
    { page: "/min-side/tildelinger/[fylke]", regex: "^/min\\-side/tildelinger/([^/]+?)(?:/)?$" },
    { page: "/api/avstemninger/[id]/hendelser", regex: "^/api/avstemninger/([^/]+?)/hendelser(?:/)?$" },
  ],
};

describe("the route of a request, for the metrics", () => {
  const routeOf = routeMatcher(manifest);
  it("is the page's pattern, not the path with its ids", () => {
    expect(routeOf("/min-side/tildelinger/nordland")).toBe("/min-side/tildelinger/[fylke]");
    expect(routeOf("/min-side/tildelinger/troms")).toBe("/min-side/tildelinger/[fylke]");
    expect(routeOf("/api/avstemninger/c123/hendelser")).toBe("/api/avstemninger/[id]/hendelser");
    expect(routeOf("/min-side/")).toBe("/min-side");
    expect(routeOf("/")).toBe("/");
  });
  it("puts the framework's files under one name and anything unknown under '(other)'", () => {
    expect(routeOf("/_next/static/chunks/abc.js")).toBe("/_next");
    expect(routeOf("/wp-login.php")).toBe("(other)");
    expect(routeOf("/min-side/tildelinger/nordland/2026/x/y")).toBe("(other)");
  });
});
