import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { requirePageUser } from "@/server/auth/session";
import { allocationCounties } from "@/server/allocations/queries";

export const metadata: Metadata = { title: "Tildelinger" };

/** Which county's allocations: straight there when the user follows one, a choice when she follows several. */
export default async function AllocationCountiesPage() {
  const user = await requirePageUser("/min-side/tildelinger");
  const counties = await allocationCounties(user);
  if (counties.length === 0) notFound();
  if (counties.length === 1) redirect(`/min-side/tildelinger/${counties[0].slug}`);
  return (
    <div className="space-y-4">
      <h1 className="ds-heading" data-size="lg">Tildelinger</h1>
      <p className="ds-paragraph">Du følger tildelingene i flere fylker. Velg fylket.</p>
      <ul className="prose-list">
        {counties.map((c) => <li key={c.id}><Link className="ds-link" href={`/min-side/tildelinger/${c.slug}`}>{c.name}</Link></li>)}
      </ul>
    </div>
  );
}
