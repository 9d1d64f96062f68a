import Link from "next/link";
import type { SchemeRef } from "@/domain/schemes";
import { schemeLongName, schemeName } from "@/lib/messages/schemes";
import { msg } from "@/i18n/server-text";

/** `?ordning=<code>` (or `&…` after `join`) for a scheme other than the county's first; "" for the first. */
export function schemeQuery(scheme: SchemeRef | null, schemes: SchemeRef[], join: "?" | "&" = "?") {
  if (!scheme || schemes[0]?.id === scheme.id) return "";
  return `${join}ordning=${scheme.code}`;
}

/**
 * The county's schemes as links to the same page, the shown one marked (aria-current and bold); `all` adds
 * "Alle ordninger" for lists that show every scheme (each with its own totals). Nothing when there is one scheme.
 */
export function SchemeNav({ path, schemes, current, all = false, problem }: {
  path: string; schemes: SchemeRef[]; current: SchemeRef | null; all?: boolean; problem?: string | null;
}) {
  const join = path.includes("?") ? "&" : "?";
  return (
    <>
      {problem && <div className="ds-alert" data-color="warning" role="alert"><p className="ds-paragraph">{problem}</p></div>}
      {(schemes.length > 1 || problem) && (
        <nav aria-label={msg("schemeNav.navLabel")} className="space-y-1">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li aria-hidden="true">{msg("schemeNav.label")}:</li>
            {all && <li><SchemeLink href={path} current={!problem && current === null}>{msg("schemeNav.all")}</SchemeLink></li>}
            {schemes.map((s) => (
              <li key={s.id}>
                <SchemeLink href={path + (all ? `${join}ordning=${s.code}` : schemeQuery(s, schemes, join))} current={!problem && current?.id === s.id} title={schemeLongName(s.code)}>{schemeName(s.code)}</SchemeLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </>
  );
}

function SchemeLink({ href, current, title, children }: { href: string; current: boolean; title?: string; children: React.ReactNode }) {
  return <Link className={current ? "ds-link font-semibold" : "ds-link"} href={href} title={title} aria-current={current ? "page" : undefined}>{children}</Link>;
}

/** The scheme's short name as a small tag beside a row (a case, a grant) where several schemes share a list. */
export function SchemeTag({ code }: { code: string }) {
  return <span className="ds-tag" data-color="neutral" data-size="sm" title={schemeLongName(code)}>{schemeName(code)}</span>;
}
