// The portal's log: one JSON line per event on stdout (pino), for log shippers, with the request id and the
// signed-in user's id when the line is written while serving a request. Never names, e-mail addresses or
// anything a user typed. DEKOM_LOG_FORMAT=text prints the same events as readable lines (npm start does).
// No 'server-only' here: the production server (src/production/server.ts) logs through this module too.
import pino, { type Logger } from "pino";
import pretty from "pino-pretty";
import { runtime } from "./runtime";

type Sink = { write: (line: string) => void };
let sink: Sink | undefined;
let instance: Logger | undefined;

function make(): Logger {
  const options: pino.LoggerOptions = {
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: () => {
      const context = runtime().requests.getStore();
      if (!context) return {};
      return context.userId ? { requestId: context.requestId, userId: context.userId } : { requestId: context.requestId };
    },
    // A user id given by the caller wins over the request's (a refusal names the user it refused).
    mixinMergeStrategy: (mergeObject, mixinObject) => ({ ...mixinObject, ...mergeObject }),
  };
  if (sink) return pino(options, sink);
  if (process.env.DEKOM_LOG_FORMAT === "text") {
    return pino(options, pretty({ sync: true, colorize: false, singleLine: true, translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname" }));
  }
  return pino(options, pino.destination({ dest: 1, sync: true }));
}

export function logger(): Logger {
  instance ??= make();
  return instance;
}

/** Tests: write the log's lines to `to` instead of stdout (undefined: back to stdout). */
export function logTo(to: Sink | undefined) {
  sink = to;
  instance = undefined;
}

type Fields = { event: string } & Record<string, unknown>;
export const log = {
  info: (fields: Fields, msg?: string) => logger().info(fields, msg),
  warn: (fields: Fields, msg?: string) => logger().warn(fields, msg),
  error: (fields: Fields, msg?: string) => logger().error(fields, msg),
};
