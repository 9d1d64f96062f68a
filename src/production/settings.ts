// The production server's own settings, checked before anything starts. A missing or malformed one stops
// the instance with a message naming it (English: it goes to the operator's log). The portal's other
// settings (OIDC, SMTP, sessions) are checked by parseEnv in src/server/env-schema.ts.
import { z } from "zod";

const bool = z.enum(["true", "false"]);

/** AES keys of 128, 192 or 256 bits, base64: what Next accepts for NEXT_SERVER_ACTIONS_ENCRYPTION_KEY. */
function isAesKey(value: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  return [16, 24, 32].includes(Buffer.from(value, "base64").length);
}

export const productionSchema = z.object({
  DATABASE_URL: z.string({ error: "required: the portal's PostgreSQL, as its own role (postgresql://…)" })
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection URL"),
  DEKOM_MIGRATION_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection URL").optional(),
  NEXTAUTH_SECRET: z.string({ error: "required: the key that signs sessions, the same on every instance (openssl rand -base64 32)" })
    .min(32, "must be at least 32 characters (openssl rand -base64 32)"),
  NEXTAUTH_URL: z.url({ error: "required: the portal's public address, e.g. https://dekom.statsforvalteren.no" }),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z.string({ error: "required: the same key on every instance, or forms posted to one instance fail on another (openssl rand -base64 32)" })
    .refine(isAesKey, "must be a base64 AES key of 16, 24 or 32 bytes (openssl rand -base64 32)"),
  HOST: z.string().min(1).default("0.0.0.0"),
  PORT: z.coerce.number({ error: "must be a port number" }).int().min(1).max(65535).default(3000),
  /** Apply the migrations at start (under a lock, so several instances starting together apply them once). */
  DEKOM_MIGRATE: bool.default("true"),
  /** How long a SIGTERM waits for running requests before the instance exits anyway. */
  DEKOM_SHUTDOWN_SECONDS: z.coerce.number({ error: "must be a number of seconds" }).int().min(1).max(600).default(25),
  /** Bearer token for GET /metrics; unset: the endpoint answers 404. */
  DEKOM_METRICS_TOKEN: z.string().min(24, "must be at least 24 characters (openssl rand -hex 24)").optional(),
  DEKOM_DEMO_LOGIN: bool.default("false"),
  DEKOM_DEMO_INSTALLATION: bool.default("false"),
  DEKOM_LOG_FORMAT: z.enum(["json", "text"]).default("json"),
}).refine((s) => s.DEKOM_DEMO_LOGIN === "false" || s.DEKOM_DEMO_INSTALLATION === "true", {
  path: ["DEKOM_DEMO_LOGIN"],
  message: "true lets anyone sign in as any demo user without a password; set DEKOM_DEMO_INSTALLATION=true as well if this really is a demo",
});

export type ProductionSettings = z.infer<typeof productionSchema>;

/** The settings, or every problem as "NAME: what is wrong", one per line. */
export function readProductionSettings(vars: Record<string, string | undefined>): { ok: true; settings: ProductionSettings } | { ok: false; problems: string[] } {
  const blankless = Object.fromEntries(Object.entries(vars).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = productionSchema.safeParse(blankless);
  if (parsed.success) return { ok: true, settings: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
}
