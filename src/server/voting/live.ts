import "server-only";
import { EventEmitter } from "node:events";
import pg from "pg";
import { db } from "../db";
import { env } from "../env";
import { log } from "../log";
import { onShutdown } from "../runtime";

// One LISTEN connection per server process; the Ballot trigger (migration "voting") NOTIFYs the round id
// on every ballot written, whoever wrote it. Subscribers are the open voting panels (server-sent events).
// Each notification is turned into what changed (who has voted in the round, not what) by one query per
// process, and that one payload is sent to every panel watching the round: the server's work per ballot
// does not grow with the number of watchers beyond writing the event to each stream.
const holder = globalThis as unknown as { dekomBallots?: { events: EventEmitter; ready: Promise<void> } };

/** Who has voted in a round: the vote unit and the member who cast its counting ballot. Never the choice. */
export type RoundState = { roundId: string; voted: { unit: string; by: string }[] };

export async function roundState(roundId: string): Promise<RoundState> {
  const ballots = await db().ballot.findMany({ where: { roundId }, select: { unit: true, member: { select: { name: true } } }, orderBy: { castAt: "asc" } });
  return { roundId, voted: ballots.map((b) => ({ unit: b.unit, by: b.member.name })) };
}

/** Reads a round's state once per burst of notifications: a notification during a read asks for one more. */
function coalesced(events: EventEmitter) {
  const busy = new Map<string, boolean>();
  return async function changed(roundId: string) {
    if (events.listenerCount(roundId) === 0) return;
    if (busy.has(roundId)) { busy.set(roundId, true); return; }
    busy.set(roundId, false);
    try {
      do {
        busy.set(roundId, false);
        events.emit(roundId, await roundState(roundId));
      } while (busy.get(roundId));
    } catch (error) {
      log.error({ event: "live.read-failed", message: error instanceof Error ? error.message : String(error) }, "could not read a round's state for its watchers");
    } finally {
      busy.delete(roundId);
    }
  };
}

function connect() {
  const events = new EventEmitter();
  events.setMaxListeners(0);
  const changed = coalesced(events);
  const client = new pg.Client({ connectionString: env().DATABASE_URL });
  client.on("notification", (n) => { if (n.payload) void changed(n.payload); });
  client.on("error", (error) => {
    log.error({ event: "live.listener-lost", message: error.message }, "the ballot listener lost its database connection; reconnecting");
    holder.dekomBallots = undefined;
  });
  onShutdown(() => client.end().catch(() => {}));
  const ready = client.connect().then(() => client.query("LISTEN dekom_ballots")).then(() => undefined);
  return { events, ready };
}

/** Calls `onChange` with the round's state whenever a ballot in it is cast or changed. Returns the unsubscribe function. */
export async function subscribeToRound(roundId: string, onChange: (state: RoundState) => void): Promise<() => void> {
  holder.dekomBallots ??= connect();
  const { events, ready } = holder.dekomBallots;
  await ready;
  events.on(roundId, onChange);
  return () => events.off(roundId, onChange);
}
