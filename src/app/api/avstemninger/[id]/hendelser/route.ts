// Server-sent events for a voting panel: one "ballot" event per ballot cast or changed in the round.
import { currentUser } from "@/server/auth/session";
import { subscribeToRound } from "@/server/voting/live";
import { canFollowRound } from "@/server/voting/queries";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await currentUser();
  if (!user || !(await canFollowRound(user, id))) return new Response("Ingen tilgang.", { status: 403 });
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream({
    async start(controller) {
      const send = (text: string) => {
        try { controller.enqueue(encoder.encode(text)); } catch { cleanup(); }
      };
      const unsubscribe = await subscribeToRound(id, () => send(`event: ballot\ndata: ${Date.now()}\n\n`));
      const keepAlive = setInterval(() => send(": keep-alive\n\n"), 15_000);
      cleanup = () => { clearInterval(keepAlive); unsubscribe(); };
      req.signal.addEventListener("abort", () => { cleanup(); try { controller.close(); } catch { /* closed */ } });
      send("retry: 2000\n\n");
    },
    cancel() { cleanup(); },
  });
  return new Response(stream, { headers: { "Content-Type": "text/event-stream", "Cache-Control": "no-cache, no-transform", Connection: "keep-alive" } });
}
