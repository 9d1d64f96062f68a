import Link from "next/link";

type County = { name: string; governorName: string; forumName: string };

/** The county's name and pages above its content, and who is responsible below: one installation, many counties. */
export function CountyBar({ county, label, links, children }: { county: County; label: string; links: { href: string; label: string }[]; children: React.ReactNode }) {
  return (
    <div className="space-y-6">
      <nav aria-label={label} className="flex flex-wrap items-baseline gap-x-5 gap-y-1 border-b pb-2" style={{ borderColor: "var(--ds-color-neutral-border-subtle)" }}>
        <span className="font-semibold">{county.name}</span>
        <ul className="flex flex-wrap gap-x-5 gap-y-1">
          {links.map((l) => <li key={l.href}><Link className="ds-link" href={l.href}>{l.label}</Link></li>)}
        </ul>
      </nav>
      {children}
      <p className="text-sm border-t pt-3" style={{ borderColor: "var(--ds-color-neutral-border-subtle)" }}>
        {county.forumName} · {county.governorName}
      </p>
    </div>
  );
}
