import "server-only";
import { parseEnv, type Env } from "./env-schema";

let cached: Env | undefined;

/** The portal's settings from the environment, validated once (see env-schema.ts). */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
