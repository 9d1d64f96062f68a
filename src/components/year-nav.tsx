import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Links to a list's years (`?ar=`), and back to the default span; the shown choice is marked as current. */
export async function YearNav({ path, years, year }: { path: string; years: number[]; year: number | null }) {
  if (years.length === 0) return null;
  const t = await getTranslations("publicMeetings");
  return (
    <nav aria-label={t("yearNav")} className="space-y-1">
      <p className="ds-paragraph">{year ? t("shownYear", { year: String(year) }) : t("shownRecent")}</p>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        <li><YearLink href={path} current={year === null}>{t("recent")}</YearLink></li>
        {years.map((y) => <li key={y}><YearLink href={`${path}?ar=${y}`} current={year === y}>{y}</YearLink></li>)}
      </ul>
    </nav>
  );
}

/** A choice of the list, the shown one marked for screen readers (aria-current) and by eye (bold). */
function YearLink({ href, current, children }: { href: string; current: boolean; children: React.ReactNode }) {
  return <Link className={current ? "ds-link font-semibold" : "ds-link"} href={href} aria-current={current ? "page" : undefined}>{children}</Link>;
}

/** The year asked for in `?ar=`, if it is a plausible year; anything else shows the default span. */
export function yearParam(value: string | string[] | undefined): number | null {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : null;
}
