import { z } from "zod";

// The portal's settings, validated once. Messages are English: they go to logs and the operator.
export const envSchema = z
  .object({
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection URL"),
    NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)"),
    NEXTAUTH_URL: z.url().optional(),
    /** The demo sign-in for the seeded users. Off unless set; the start command sets it for the embedded demo database. */
    DEKOM_DEMO_LOGIN: z.enum(["true", "false"]).default("false"),
    /** A generic OpenID Connect provider (ID-porten, Feide, Entra ID): all three or none. */
    OIDC_ISSUER: z.url().optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_NAME: z.string().min(1).default("ID-porten"),
    OIDC_SCOPE: z.string().default("openid profile email"),
    /** e.g. idporten-loa-substantial for ID-porten. */
    OIDC_ACR_VALUES: z.string().optional(),
    /** SMTP for the deadline reminders; without SMTP_HOST no e-mail is sent (and the log says so). */
    SMTP_HOST: z.string().min(1).optional(),
    SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
    SMTP_SECURE: z.enum(["true", "false"]).default("false"),
    SMTP_USER: z.string().optional(),
    SMTP_PASSWORD: z.string().optional(),
    SMTP_FROM: z.string().default("DEKOM-portalen <ikke-svar@dekom.invalid>"),
  })
  .refine((e) => !e.OIDC_ISSUER || (e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET), {
    message: "OIDC_ISSUER is set, so OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are required too",
    path: ["OIDC_CLIENT_ID"],
  });

export type Env = z.infer<typeof envSchema>;

/** Parses the settings, or throws one English message naming every wrong or missing variable. */
export function parseEnv(vars: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(vars);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new Error(`DEKOM-portalen: invalid configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
