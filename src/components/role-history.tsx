import { formatDateTime } from "@/lib/format";
import type { Role } from "@/domain/authorization";
import { msg } from "@/i18n/server-text";
import { TableScroll } from "./table-scroll";

type Entry = { id: string; at: Date; action: string; by: string | null; before: Record<string, unknown> | null; after: Record<string, unknown> | null };

const what = (e: Entry) => {
  const v = (e.after ?? e.before ?? {}) as { role?: Role; scopeName?: string };
  const role = v.role ? `${msg(`roles.${v.role}`)}${v.scopeName ? ` – ${v.scopeName}` : ""}` : "";
  switch (e.action) {
    case "role.grant": return msg("roleHistory.grant", { role });
    case "role.revoke": return msg("roleHistory.revoke", { role });
    case "user.deactivate": return msg("roleHistory.deactivate");
    case "user.reactivate": return msg("roleHistory.reactivate");
    case "user.identity.link": return msg("roleHistory.identityLink");
    default: return e.action;
  }
};

/** The history of a user's roles and access, from the audit trail. */
export function RoleHistory({ entries, caption }: { entries: Entry[]; caption: string }) {
  if (entries.length === 0) return <p>{msg("roleHistory.none")}</p>;
  return (
    <TableScroll label={caption}>
      <table className="ds-table" data-border="true">
        <caption className="text-left font-semibold pb-2">{caption}</caption>
        <thead><tr><th scope="col">{msg("roleHistory.when")}</th><th scope="col">{msg("roleHistory.what")}</th><th scope="col">{msg("roleHistory.by")}</th></tr></thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}><td className="whitespace-nowrap">{formatDateTime(e.at)}</td><td>{what(e)}</td><td>{e.by ?? msg("roleHistory.system")}</td></tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
