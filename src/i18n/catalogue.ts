// The message catalogues, one per written standard, with the same keys (catalogue.test.ts). ICU message
// format (plurals, selects, numbers), compiled at build time (next.config.ts). Pages read it with next-intl,
// client components with useText (client.tsx), and the server's own text (refusals, confirmations, zod messages) is read from the same catalogues by server-text.ts.
import nb from "./messages/nb.json";
import nn from "./messages/nn.json";
import type { Locale } from "./locales";

export type Messages = typeof nb;

export const catalogues: Record<Locale, Messages> = { nb, nn };

/**
 * The namespaces client components read (useText), by where they are used: the root layout passes
 * ROOT_CLIENT_NAMESPACES to every page, a route's layout adds its own (src/i18n/client-text.tsx). The rest stays
 * on the server, out of every page's payload.
 */
export const ROOT_CLIENT_NAMESPACES = ["common", "language", "attachments", "unavailable"] as const satisfies readonly (keyof Messages)[];
export const clientMessages = (locale: Locale, namespaces: readonly (keyof Messages)[] = ROOT_CLIENT_NAMESPACES): Partial<Messages> =>
  Object.fromEntries([...new Set([...ROOT_CLIENT_NAMESPACES, ...namespaces])].map((n) => [n, catalogues[locale][n]]));
