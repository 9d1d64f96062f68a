import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { currentUser } from "@/server/auth/session";
import { SignOutButton } from "@/components/sign-out-button";
import "@fontsource-variable/inter";
import "./globals.css";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "DEKOM-portalen", template: "%s – DEKOM-portalen" },
  description:
    "Samarbeidsforum for kompetanseutvikling i skolen: strategi, kompetanseregioner, tildelinger og vedtak.",
};
export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // While the database is unreachable the header shows no user, and the page below shows the portal's
  // "temporarily unavailable" page (error.tsx) inside the ordinary frame.
  const user = await currentUser().catch(() => null);
  return (
    <html lang="nb" data-color-scheme="light">
      <body className="min-h-screen flex flex-col">
        <a href="#innhold" className="ds-skip-link">
          Hopp til hovedinnhold
        </a>
        <header className="border-b" style={{ borderColor: "var(--ds-color-neutral-border-subtle)", background: "var(--ds-color-neutral-background-tinted)" }}>
          <div className="mx-auto max-w-5xl px-4 py-3 flex flex-wrap items-center justify-between gap-3">
            <Link href="/" className="ds-link font-semibold text-lg" style={{ textDecoration: "none" }}>
              DEKOM-portalen
              <span className="block text-sm font-normal">Kompetanseutvikling i skolen</span>
            </Link>
            <nav aria-label="Hovedmeny">
              <ul className="flex flex-wrap items-center gap-4">
                <li><Link className="ds-link" href="/">Forside</Link></li>
                {user ? (
                  <>
                    <li><Link className="ds-link" href="/min-side">Min side</Link></li>
                    <li><Link className="ds-link" href="/moter">Møter</Link></li>
                    <li className="text-sm">Innlogget som {user.name}</li>
                    <li><SignOutButton /></li>
                  </>
                ) : (
                  <li><Link className="ds-link" href="/logg-inn">Logg inn</Link></li>
                )}
              </ul>
            </nav>
          </div>
        </header>
        <main id="innhold" tabIndex={-1} className="mx-auto w-full max-w-5xl px-4 py-6 flex-1">
          {children}
        </main>
        <footer className="border-t mt-8" style={{ borderColor: "var(--ds-color-neutral-border-subtle)" }}>
          <div className="mx-auto max-w-5xl px-4 py-4 flex flex-wrap gap-4 text-sm">
            <span>Samarbeidsforum for kompetanseutvikling i skolen</span>
            <Link className="ds-link" href="/tilgjengelighet">Tilgjengelighetserklæring</Link>
          </div>
        </footer>
      </body>
    </html>
  );
}
