import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ROLES_BY_GROUP_KIND } from "@/domain/groups";
import { formatDateTime } from "@/lib/format";
import { groupRoleLabel } from "@/lib/messages";
import { requirePageUser } from "@/server/auth/session";
import { getGroupForEdit } from "@/server/structure/queries";
import { ConfirmForm } from "@/components/form-parts";
import { removeGroupMemberAction } from "@/server/structure/actions";
import { AddMemberForm } from "./_components/member-forms";
import { TableScroll } from "@/components/table-scroll";

export const metadata: Metadata = { title: "Utviklingsgruppe" };

type Props = { params: Promise<{ id: string }> };

const describe = (v: unknown) => {
  const m = v as { name?: string; role?: keyof typeof groupRoleLabel } | null;
  return m?.name ? `${m.name} (${m.role ? groupRoleLabel[m.role].toLowerCase() : ""})` : "";
};

export default async function GroupPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageUser(`/min-side/grupper/${id}`);
  const found = await getGroupForEdit(user, id);
  // The same answer for "does not exist" and "not yours": nothing is revealed about other groups.
  if (!found) notFound();
  const { group, history } = found;
  const roles = ROLES_BY_GROUP_KIND[group.kind].map((r) => ({ value: r, label: groupRoleLabel[r] }));
  return (
    <div className="space-y-8">
      <nav aria-label="Brødsmulesti" className="text-sm">
        <ol className="flex gap-2">
          <li><Link className="ds-link" href="/min-side">Min side</Link> /</li>
          <li aria-current="page">{group.name}</li>
        </ol>
      </nav>
      <div>
        <h1 className="ds-heading" data-size="lg">{group.name}</h1>
        <p className="ds-paragraph mt-2">
          {group.kind === "SUT" ? "Skoleeiers utviklingsgruppe" : "Skoleleders utviklingsgruppe"} · {group.owner.name}
          {group.schools.length > 0 && ` · ${group.schools.map((s) => s.name).join(", ")}`} · {group.owner.region.name}
        </p>
      </div>

      <section aria-labelledby="medlemmer">
        <h2 id="medlemmer" className="ds-heading" data-size="md">Medlemmer ({group.members.length})</h2>
        <TableScroll label="Medlemmer">
          <table className="ds-table mt-3" data-border="true">
            <caption className="sr-only">Medlemmer av {group.name}</caption>
            <thead><tr><th scope="col">Navn</th><th scope="col">Rolle</th><th scope="col"><span className="sr-only">Handling</span></th></tr></thead>
            <tbody>
              {group.members.map((m) => (
                <tr key={m.id}>
                  <td>{m.name}</td>
                  <td>{groupRoleLabel[m.role]}</td>
                  <td className="text-right">
                    <ConfirmForm action={removeGroupMemberAction} fields={{ groupId: group.id, version: group.version, memberId: m.id }} variant="tertiary" size="sm" question={`Fjerne ${m.name} fra gruppen?`} confirm="Ja, fjern">
                      Fjern <span className="sr-only">{m.name}</span>
                    </ConfirmForm>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <section aria-labelledby="legg-til">
        <h2 id="legg-til" className="ds-heading" data-size="md">Legg til medlem</h2>
        <AddMemberForm groupId={group.id} version={group.version} roles={roles} />
      </section>

      <section aria-labelledby="historikk">
        <h2 id="historikk" className="ds-heading" data-size="md">Endringslogg</h2>
        {history.length === 0 ? (
          <p className="ds-paragraph mt-2">Ingen endringer er registrert i portalen ennå.</p>
        ) : (
          <TableScroll label="Endringer">
            <table className="ds-table mt-3" data-border="true">
              <caption className="sr-only">Endringer i {group.name}, nyeste først</caption>
              <thead><tr><th scope="col">Tidspunkt</th><th scope="col">Hvem</th><th scope="col">Endring</th></tr></thead>
              <tbody>
                {history.map((h) => (
                  <tr key={String(h.id)}>
                    <td>{formatDateTime(h.at)}</td>
                    <td>{h.actor?.name ?? "Ukjent"}</td>
                    <td>{h.action === "group.member.add" ? `La til ${describe(h.after)}` : h.action === "group.member.remove" ? `Fjernet ${describe(h.before)}` : h.action}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </div>
  );
}
