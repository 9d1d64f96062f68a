import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getMinutes } from "@/server/voting/queries";
import { isDecisionLine, minutesBlocks } from "@/server/voting/minutes";
import { requestLocale } from "@/i18n/request-locale";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("minutes"))("metaTitle") };
}

/** The minutes, in the forum's written standard (its `lang` marked), with the page around them in the reader's. */
export default async function MinutesPage({ params }: Props) {
  const { id } = await params;
  const data = await getMinutes(id);
  if (!data) notFound();
  const [m, t, reading] = [minutesBlocks(data), await getTranslations("minutes"), await requestLocale()];
  return (
    <div className="max-w-3xl space-y-6">
      <div className="space-y-1">
        <p><a className="ds-link" href={`/moter/${id}/protokoll.pdf`}>{t("pdf")}</a></p>
        {m.language !== reading && <p className="text-sm">{t("inLanguage", { language: t(`languageName.${m.language}`) })}</p>}
      </div>
      <article lang={m.language} className="space-y-6">
        <header className="space-y-1">
          <h1 className="ds-heading" data-size="lg">{m.title}</h1>
          {m.intro.map((line) => <p key={line} className="ds-paragraph">{line}</p>)}
        </header>
        {m.blocks.map((b) => (
          <section key={b.heading} aria-label={b.heading} className="space-y-1">
            <h2 className="ds-heading" data-size="sm">{b.heading}</h2>
            {b.lines.map((line, i) => <p key={i} className={isDecisionLine(line) ? "font-semibold" : ""}>{line}</p>)}
          </section>
        ))}
      </article>
    </div>
  );
}
