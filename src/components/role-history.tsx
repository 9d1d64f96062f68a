import { formatDateTime } from "@/lib/format";
import { roleLabel } from "@/lib/messages";
import { TableScroll } from "./table-scroll";

type Entry = { id: string; at: Date; action: string; by: string | null; before: Record<string, unknown> | null; after: Record<string, unknown> | null };

const what = (e: Entry) => {
  const v = (e.after ?? e.before ?? {}) as { role?: keyof typeof roleLabel; scopeName?: string };
  const role = v.role ? `${roleLabel[v.role]}${v.scopeName ? ` – ${v.scopeName}` : ""}` : "";
  switch (e.action) {
    case "role.grant": return `Fikk rollen ${role}`;
    case "role.revoke": return `Mistet rollen ${role}`;
    case "user.deactivate": return "Brukeren ble deaktivert";
    case "user.reactivate": return "Brukeren ble aktivert igjen";
    case "user.identity.link": return "En innlogging ble koblet til brukeren";
    default: return e.action;
  }
};

/** The history of a user's roles and access, from the audit trail. */
export function RoleHistory({ entries, caption }: { entries: Entry[]; caption: string }) {
  if (entries.length === 0) return <p>Ingen endringer registrert.</p>;
  return (
    <TableScroll label={caption}>
      <table className="ds-table" data-border="true">
        <caption className="text-left font-semibold pb-2">{caption}</caption>
        <thead><tr><th scope="col">Når</th><th scope="col">Hva</th><th scope="col">Av</th></tr></thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}><td className="whitespace-nowrap">{formatDateTime(e.at)}</td><td>{what(e)}</td><td>{e.by ?? "Systemet"}</td></tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
