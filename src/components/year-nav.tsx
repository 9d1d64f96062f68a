import Link from "next/link";
import { meetingListText as t } from "@/lib/messages/meetings";

/** Links to a list's years (`?ar=`), and back to the default span; the shown choice is marked as current. */
export function YearNav({ path, years, year }: { path: string; years: number[]; year: number | null }) {
  if (years.length === 0) return null;
  return (
    <nav aria-label={t.nav} className="space-y-1">
      <p className="ds-paragraph">{t.shown(year)}</p>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        <li><Link className="ds-link" href={path} aria-current={year === null ? "page" : undefined}>{t.recent}</Link></li>
        {years.map((y) => <li key={y}><Link className="ds-link" href={`${path}?ar=${y}`} aria-current={year === y ? "page" : undefined}>{y}</Link></li>)}
      </ul>
    </nav>
  );
}

/** The year asked for in `?ar=`, if it is a plausible year; anything else shows the default span. */
export function yearParam(value: string | string[] | undefined): number | null {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : null;
}
