// Liveness for a load balancer or orchestrator: the process answers. Unauthenticated, cheap, no detail.
export const dynamic = "force-dynamic";

export function GET() {
  return new Response("ok", { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
