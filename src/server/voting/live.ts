import "server-only";
import { EventEmitter } from "node:events";
import pg from "pg";
import { env } from "../env";
import { log } from "../log";
import { onShutdown } from "../runtime";

// One LISTEN connection per server process; the Ballot trigger (migration "voting") NOTIFYs the round id
// on every ballot written, whoever wrote it. Subscribers are the open voting panels (server-sent events).
const holder = globalThis as unknown as { dekomBallots?: { events: EventEmitter; ready: Promise<void> } };

function connect() {
  const events = new EventEmitter();
  events.setMaxListeners(1000);
  const client = new pg.Client({ connectionString: env().DATABASE_URL });
  client.on("notification", (n) => n.payload && events.emit(n.payload));
  client.on("error", (error) => {
    log.error({ event: "live.listener-lost", message: error.message }, "the ballot listener lost its database connection; reconnecting");
    holder.dekomBallots = undefined;
  });
  onShutdown(() => client.end().catch(() => {}));
  const ready = client.connect().then(() => client.query("LISTEN dekom_ballots")).then(() => undefined);
  return { events, ready };
}

/** Calls `onBallot` whenever a ballot in the round is cast or changed. Returns the unsubscribe function. */
export async function subscribeToRound(roundId: string, onBallot: () => void): Promise<() => void> {
  holder.dekomBallots ??= connect();
  const { events, ready } = holder.dekomBallots;
  await ready;
  events.on(roundId, onBallot);
  return () => events.off(roundId, onBallot);
}
