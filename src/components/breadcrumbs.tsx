import Link from "next/link";

/** The way back up from a page: the links above it, then the page itself. */
export function Breadcrumbs({ trail, current }: { trail: { href: string; label: string }[]; current: string }) {
  return (
    <nav aria-label="Brødsmulesti" className="text-sm">
      <ol className="flex flex-wrap gap-2">
        {trail.map((t) => <li key={t.href}><Link className="ds-link" href={t.href}>{t.label}</Link> /</li>)}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
