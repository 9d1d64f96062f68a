import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getMinutes } from "@/server/voting/queries";
import { minutesBlocks } from "@/server/voting/minutes";

type Props = { params: Promise<{ id: string }> };
export const metadata: Metadata = { title: "Protokoll" };

export default async function MinutesPage({ params }: Props) {
  const { id } = await params;
  const data = await getMinutes(id);
  if (!data) notFound();
  const m = minutesBlocks(data);
  return (
    <article className="max-w-3xl space-y-6">
      <header className="space-y-1">
        <h1 className="ds-heading" data-size="lg">{m.title}</h1>
        {m.intro.map((line) => <p key={line} className="ds-paragraph">{line}</p>)}
        <p><a className="ds-link" href={`/moter/${id}/protokoll.pdf`}>Last ned protokollen som PDF</a></p>
      </header>
      {m.blocks.map((b) => (
        <section key={b.heading} aria-label={b.heading} className="space-y-1">
          <h2 className="ds-heading" data-size="sm">{b.heading}</h2>
          {b.lines.map((line, i) => <p key={i} className={/^(Vedtak|Saken er ikke)/.test(line) ? "font-semibold" : ""}>{line}</p>)}
        </section>
      ))}
    </article>
  );
}
