import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { requirePageUser } from "@/server/auth/session";
import { allocationCounties } from "@/server/allocations/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("allocations"))("title") };
}

/** Which county's allocations: straight there when the user follows one, a choice when she follows several. */
export default async function AllocationCountiesPage() {
  const user = await requirePageUser("/min-side/tildelinger");
  const counties = await allocationCounties(user);
  if (counties.length === 0) notFound();
  if (counties.length === 1) redirect(`/min-side/tildelinger/${counties[0].slug}`);
  const t = await getTranslations("allocations");
  return (
    <div className="space-y-4">
      <h1 className="ds-heading" data-size="lg">{t("title")}</h1>
      <p className="ds-paragraph">{t("chooseCounty")}</p>
      <ul className="prose-list">
        {counties.map((c) => <li key={c.id}><Link className="ds-link" href={`/min-side/tildelinger/${c.slug}`}>{c.name}</Link></li>)}
      </ul>
    </div>
  );
}
