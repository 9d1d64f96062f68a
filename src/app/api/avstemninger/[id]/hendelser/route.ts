// Server-sent events for a voting panel: a "ballot" event with who has voted in the round (not what), first
// on connecting (so a reconnected panel is current) and then after every ballot cast or changed.
import { currentUser } from "@/server/auth/session";
import { roundState, subscribeToRound, type RoundState } from "@/server/voting/live";
import { canFollowRound } from "@/server/voting/queries";
import { runtime } from "@/server/runtime";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await currentUser();
  if (!user || !(await canFollowRound(user, id))) return new Response("Ingen tilgang.", { status: 403 });
  const rt = runtime();
  // An instance that is shutting down opens no new stream: it asks the browser to reconnect in a second, on a
  // new connection (the server closes this one), which the load balancer sends to an instance that is up.
  // Not an error status: EventSource gives up for good on those.
  if (rt.draining) return new Response("retry: 1000\n\n", { headers: { "Content-Type": "text/event-stream", "Cache-Control": "no-cache" } });
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream({
    async start(controller) {
      const send = (text: string) => {
        try { controller.enqueue(encoder.encode(text)); } catch { cleanup(); }
      };
      const event = (state: RoundState) => send(`event: ballot\ndata: ${JSON.stringify({ ...state, sentAt: Date.now() })}\n\n`);
      const unsubscribe = await subscribeToRound(id, event);
      const keepAlive = setInterval(() => send(": keep-alive\n\n"), 15_000);
      const end = () => { cleanup(); try { controller.close(); } catch { /* closed */ } };
      // On shutdown the stream ends; EventSource reconnects (after "retry") to an instance that is up.
      rt.events.once("drain", end);
      rt.liveStreams++;
      let open = true;
      cleanup = () => {
        if (!open) return;
        open = false;
        rt.liveStreams--;
        clearInterval(keepAlive);
        unsubscribe();
        rt.events.off("drain", end);
      };
      req.signal.addEventListener("abort", end);
      send("retry: 2000\n\n");
      event(await roundState(id));
    },
    cancel() { cleanup(); },
  });
  return new Response(stream, { headers: { "Content-Type": "text/event-stream", "Cache-Control": "no-cache, no-transform", Connection: "keep-alive" } });
}
