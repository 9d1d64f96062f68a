"use client";
// When even the root layout fails (Next's default would be an English page): the portal's own page, in bokmål and
// nynorsk both, since there is no layout to tell which one the reader chose (the choice is an httpOnly cookie).
import { Unavailable } from "@/components/unavailable";
import { UNAVAILABLE } from "@/i18n/unavailable";
import "./globals.css";

export default function GlobalError() {
  const { nb, nn } = UNAVAILABLE;
  return (
    <html lang="nb" data-color-scheme="light">
      <head><title>{[nb.title, nn.title].join(" / ")}</title></head>
      <body className="min-h-screen">
        <main className="mx-auto w-full max-w-5xl px-4 py-6">
          <Unavailable text={nb} also={{ lang: "nn", title: nn.title, body: nn.body }} />
        </main>
      </body>
    </html>
  );
}
