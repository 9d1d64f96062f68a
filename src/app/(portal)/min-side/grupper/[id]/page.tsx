import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ROLES_BY_GROUP_KIND } from "@/domain/groups";
import { formatDateTime } from "@/lib/format";
import { msg } from "@/i18n/server-text";
import type { GroupRole } from "@/domain/groups";
import { requirePageUser } from "@/server/auth/session";
import { getGroupForEdit } from "@/server/structure/queries";
import { ConfirmForm } from "@/components/form-parts";
import { removeGroupMemberAction } from "@/server/structure/actions";
import { AddMemberForm } from "./_components/member-forms";
import { TableScroll } from "@/components/table-scroll";

export async function generateMetadata(): Promise<Metadata> {
  return { title: msg("groupPage.title") };
}

const roleText = (role: GroupRole) => msg(`groupRoles.${role}`);

type Props = { params: Promise<{ id: string }> };

const describe = (v: unknown) => {
  const m = v as { name?: string; role?: GroupRole } | null;
  return m?.name ? msg("groupPage.member", { name: m.name, role: m.role ? roleText(m.role).toLowerCase() : "" }) : "";
};

export default async function GroupPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageUser(`/min-side/grupper/${id}`);
  const found = await getGroupForEdit(user, id);
  // The same answer for "does not exist" and "not yours": nothing is revealed about other groups.
  if (!found) notFound();
  const { group, history } = found;
  const roles = ROLES_BY_GROUP_KIND[group.kind].map((r) => ({ value: r, label: roleText(r) }));
  return (
    <div className="space-y-8">
      <nav aria-label={msg("common.breadcrumbs")} className="text-sm">
        <ol className="flex gap-2">
          <li><Link className="ds-link" href="/min-side">{msg("common.mySide")}</Link> /</li>
          <li aria-current="page">{group.name}</li>
        </ol>
      </nav>
      <div>
        <h1 className="ds-heading" data-size="lg">{group.name}</h1>
        <p className="ds-paragraph mt-2">
          {msg(`groupPage.kind.${group.kind}`)} · {group.owner.name}
          {group.schools.length > 0 && ` · ${group.schools.map((s) => s.name).join(", ")}`} · {group.owner.region.name}
        </p>
      </div>

      <section aria-labelledby="medlemmer">
        <h2 id="medlemmer" className="ds-heading" data-size="md">{msg("groupPage.members", { count: group.members.length })}</h2>
        <TableScroll label={msg("groupPage.membersLabel")}>
          <table className="ds-table mt-3" data-border="true">
            <caption className="sr-only">{msg("groupPage.membersCaption", { group: group.name })}</caption>
            <thead><tr><th scope="col">{msg("groupPage.colName")}</th><th scope="col">{msg("groupPage.colRole")}</th><th scope="col"><span className="sr-only">{msg("groupPage.colAction")}</span></th></tr></thead>
            <tbody>
              {group.members.map((m) => (
                <tr key={m.id}>
                  <td>{m.name}</td>
                  <td>{roleText(m.role)}</td>
                  <td className="text-right">
                    <ConfirmForm action={removeGroupMemberAction} fields={{ groupId: group.id, version: group.version, memberId: m.id }} variant="tertiary" size="sm" question={msg("groupPage.removeQuestion", { name: m.name })} confirm={msg("groupPage.removeConfirm")}>
                      {msg("groupPage.remove")} <span className="sr-only">{m.name}</span>
                    </ConfirmForm>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <section aria-labelledby="legg-til">
        <h2 id="legg-til" className="ds-heading" data-size="md">{msg("groupPage.addHeading")}</h2>
        <AddMemberForm groupId={group.id} version={group.version} roles={roles} />
      </section>

      <section aria-labelledby="historikk">
        <h2 id="historikk" className="ds-heading" data-size="md">{msg("groupPage.log")}</h2>
        {history.length === 0 ? (
          <p className="ds-paragraph mt-2">{msg("groupPage.noLog")}</p>
        ) : (
          <TableScroll label={msg("groupPage.logLabel")}>
            <table className="ds-table mt-3" data-border="true">
              <caption className="sr-only">{msg("groupPage.logCaption", { group: group.name })}</caption>
              <thead><tr><th scope="col">{msg("groupPage.colTime")}</th><th scope="col">{msg("groupPage.colWho")}</th><th scope="col">{msg("groupPage.colChange")}</th></tr></thead>
              <tbody>
                {history.map((h) => (
                  <tr key={String(h.id)}>
                    <td>{formatDateTime(h.at)}</td>
                    <td>{h.actor?.name ?? msg("groupPage.unknown")}</td>
                    <td>{h.action === "group.member.add" ? msg("groupPage.added", { member: describe(h.after) }) : h.action === "group.member.remove" ? msg("groupPage.removed", { member: describe(h.before) }) : h.action}</td>
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
