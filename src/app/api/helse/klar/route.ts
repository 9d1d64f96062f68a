// Readiness: the database answers and has every migration this build needs (503 otherwise, and green again
// by itself when the database is back). Unauthenticated, one small query, no internal detail in the answer.
import { readiness } from "@/server/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const { ready } = await readiness();
  return new Response(ready ? "klar" : "ikke klar", {
    status: ready ? 200 : 503,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
