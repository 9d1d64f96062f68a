"use client";
// When even the root layout fails (Next's default would be an English page): the portal's own Norwegian page.
import { Unavailable } from "@/components/unavailable";
import { catalogues } from "@/i18n/catalogue";

// No layout, so no language choice here: bokmål, the default.
const text = catalogues.nb.unavailable;
import "./globals.css";

export default function GlobalError() {
  return (
    <html lang="nb" data-color-scheme="light">
      <head><title>{`${text.title} – ${catalogues.nb.common.siteName}`}</title></head>
      <body className="min-h-screen">
        <main className="mx-auto w-full max-w-5xl px-4 py-6">
          <Unavailable text={text} />
        </main>
      </body>
    </html>
  );
}
