"use client";
// When even the root layout fails (Next's default would be an English page): the portal's own Norwegian page.
import { Unavailable } from "@/components/unavailable";
// No layout and no catalogue here (importing it would put both catalogues in every page's First Load JS): the
// text is bokmål, the default, written here (src/i18n/inline-text.test.ts lists this file as the one exception).
const text = {
  title: "Tjenesten er midlertidig utilgjengelig",
  body: "Portalen fikk ikke hentet det du ba om. Ingenting du har lagret, er tapt. Prøv igjen om litt; hvis feilen vedvarer, kontakt brukerstøtte hos Statsforvalteren.",
  retry: "Prøv igjen",
};
import "./globals.css";

export default function GlobalError() {
  return (
    <html lang="nb" data-color-scheme="light">
      <head><title>{`${text.title} – DEKOM-portalen`}</title></head>
      <body className="min-h-screen">
        <main className="mx-auto w-full max-w-5xl px-4 py-6">
          <Unavailable text={text} />
        </main>
      </body>
    </html>
  );
}
