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
    /** Sessions end after this many minutes without a request, and this many hours after sign-in. */
    DEKOM_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
    /** Where users report problems, also accessibility problems (shown in the accessibility statement). */
    DEKOM_SUPPORT_EMAIL: z.email({ error: "DEKOM_SUPPORT_EMAIL må være en e-postadresse." }).optional(),
    /** How many proxies (load balancers) in front of the portal add to X-Forwarded-For; the address before them is the client's. */
    DEKOM_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
    DEKOM_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 7).default(8),
    /** How long an invitation link can be used. */
    DEKOM_INVITATION_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  })
  .refine((e) => !e.OIDC_ISSUER || (e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET), {
    message: "OIDC_ISSUER is set, so OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are required too",
    path: ["OIDC_CLIENT_ID"],
  });

export type OidcProviderConfig = {
  /** next-auth's provider id, in the callback URL: /api/auth/callback/<id>. */
  id: string;
  /** What the sign-in button says: "Logg inn med <name>". */
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  scope: string;
  acrValues?: string;
};

export type Env = z.infer<typeof envSchema> & { oidcProviders: OidcProviderConfig[] };

const providerName = /^[A-Z][A-Z0-9]{0,30}$/;

/**
 * The OpenID Connect providers, side by side: OIDC_PROVIDERS=IDPORTEN,FEIDE,ENTRA names them in the order of
 * the sign-in buttons, and each has OIDC_<NAME>_ISSUER, _CLIENT_ID, _CLIENT_SECRET, and optionally _NAME (the
 * button's text), _SCOPE and _ACR_VALUES. Without OIDC_PROVIDERS, every OIDC_<NAME>_ISSUER found is used, in
 * alphabetical order. The single-provider settings of earlier versions (OIDC_ISSUER, …) still work, as "oidc".
 */
export function parseOidcProviders(vars: Record<string, string | undefined>): { providers: OidcProviderConfig[]; problems: string[] } {
  const problems: string[] = [];
  const listed = vars.OIDC_PROVIDERS?.split(",").map((n) => n.trim().toUpperCase()).filter(Boolean);
  const names = listed ?? Object.keys(vars).map((k) => /^OIDC_([A-Z0-9]+)_ISSUER$/.exec(k)?.[1]).filter((n): n is string => !!n).sort();
  const providers: OidcProviderConfig[] = [];
  for (const name of new Set(names)) {
    if (!providerName.test(name)) {
      problems.push(`  OIDC_PROVIDERS: "${name}" must be letters and digits, starting with a letter`);
      continue;
    }
    const get = (key: string) => vars[`OIDC_${name}_${key}`]?.trim() || undefined;
    const issuer = get("ISSUER");
    const missing = (["ISSUER", "CLIENT_ID", "CLIENT_SECRET"] as const).filter((k) => !get(k));
    if (missing.length) {
      problems.push(...missing.map((k) => `  OIDC_${name}_${k}: required, because ${listed ? "OIDC_PROVIDERS names" : "OIDC_" + name + "_ISSUER configures"} ${name}`));
      continue;
    }
    if (!z.url().safeParse(issuer).success) {
      problems.push(`  OIDC_${name}_ISSUER: must be a URL`);
      continue;
    }
    providers.push({
      id: name.toLowerCase(), name: get("NAME") ?? name, issuer: issuer!, clientId: get("CLIENT_ID")!, clientSecret: get("CLIENT_SECRET")!,
      scope: get("SCOPE") ?? "openid profile email", acrValues: get("ACR_VALUES"),
    });
  }
  if (vars.OIDC_ISSUER && vars.OIDC_CLIENT_ID && vars.OIDC_CLIENT_SECRET && !providers.some((p) => p.id === "oidc")) {
    providers.push({
      id: "oidc", name: vars.OIDC_NAME || "ID-porten", issuer: vars.OIDC_ISSUER, clientId: vars.OIDC_CLIENT_ID,
      clientSecret: vars.OIDC_CLIENT_SECRET, scope: vars.OIDC_SCOPE || "openid profile email", acrValues: vars.OIDC_ACR_VALUES || undefined,
    });
  }
  return { providers, problems };
}

/** Parses the settings, or throws one English message naming every wrong or missing variable. */
export function parseEnv(vars: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(vars);
  const lines = parsed.success ? [] : parsed.error.issues.map((i) => `  ${i.path.join(".") || "(env)"}: ${i.message}`);
  const oidc = parseOidcProviders(vars);
  lines.push(...oidc.problems);
  if (!parsed.success || lines.length) throw new Error(`DEKOM-portalen: invalid configuration:\n${lines.join("\n")}`);
  return { ...parsed.data, oidcProviders: oidc.providers };
}
