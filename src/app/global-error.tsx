"use client";
// When even the root layout fails (Next's default would be an English page): the portal's own Norwegian page.
import { Unavailable } from "@/components/unavailable";
import "./globals.css";

export default function GlobalError() {
  return (
    <html lang="nb" data-color-scheme="light">
      <head><title>Tjenesten er midlertidig utilgjengelig – DEKOM-portalen</title></head>
      <body className="min-h-screen">
        <main className="mx-auto w-full max-w-5xl px-4 py-6">
          <Unavailable />
        </main>
      </body>
    </html>
  );
}
