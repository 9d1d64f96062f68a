import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/server/auth/session";
import { SignOutButton } from "@/components/sign-out-button";
import { LanguagePicker } from "@/components/language-picker";
import { requestLocaleChoice } from "@/i18n/request-locale";
import { setRenderLocale } from "@/i18n/server-text";
import { ClientText } from "@/i18n/client-text";
import "@fontsource-variable/inter";
import "./globals.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: t("siteName"), template: `%s – ${t("siteName")}` }, description: t("description") };
}
export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // While the database is unreachable the header shows no user, and the page below shows the portal's
  // "temporarily unavailable" page (error.tsx) inside the ordinary frame.
  const user = await currentUser().catch(() => null);
  const choice = await requestLocaleChoice();
  setRenderLocale(choice.locale);
  const t = await getTranslations("common");
  const tl = await getTranslations("language");
  return (
    <html lang={choice.locale} data-color-scheme="light">
      <body className="min-h-screen flex flex-col">
        <ClientText>
        <a href="#innhold" className="ds-skip-link">
          {t("skipLink")}
        </a>
        <header className="border-b" style={{ borderColor: "var(--ds-color-neutral-border-subtle)", background: "var(--ds-color-neutral-background-tinted)" }}>
          <div className="mx-auto max-w-5xl px-4 py-3 flex flex-wrap items-center justify-between gap-3">
            <Link href="/" className="ds-link font-semibold text-lg" style={{ textDecoration: "none" }}>
              {t("siteName")}
              <span className="block text-sm font-normal">{t("tagline")}</span>
            </Link>
            <nav aria-label={t("mainMenu")}>
              <ul className="flex flex-wrap items-center gap-4">
                <li><Link className="ds-link" href="/">{t("home")}</Link></li>
                {user ? (
                  <>
                    <li><Link className="ds-link" href="/min-side">{t("mySide")}</Link></li>
                    <li><Link className="ds-link" href="/moter">{t("meetings")}</Link></li>
                    <li className="text-sm">{t("signedInAs", { name: user.name })}</li>
                    <li><SignOutButton /></li>
                  </>
                ) : (
                  <li><Link className="ds-link" href="/logg-inn">{t("signIn")}</Link></li>
                )}
              </ul>
            </nav>
            <LanguagePicker />
          </div>
          {choice.unknown && (
            <div className="mx-auto max-w-5xl px-4 pb-3">
              <div className="ds-alert" data-color="warning" role="alert">
                {tl(choice.unknown.where === "query" ? "unknownQuery" : "unknownCookie", { value: choice.unknown.value })}
              </div>
            </div>
          )}
        </header>
        <main id="innhold" tabIndex={-1} className="mx-auto w-full max-w-5xl px-4 py-6 flex-1">
          {children}
        </main>
        <footer className="border-t mt-8" style={{ borderColor: "var(--ds-color-neutral-border-subtle)" }}>
          <div className="mx-auto max-w-5xl px-4 py-4 flex flex-wrap gap-4 text-sm">
            <span>{t("footer")}</span>
            <Link className="ds-link" href="/tilgjengelighet">{t("accessibility")}</Link>
          </div>
        </footer>
        </ClientText>
      </body>
    </html>
  );
}
