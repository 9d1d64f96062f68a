import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@/lib/format";
import { roleLabel } from "@/lib/messages";
import { invitationError } from "@/lib/messages/access";
import { signInChoices } from "@/server/auth/choices";
import { readInvitation } from "@/server/access/queries-public";
import { AcceptButtons } from "./_components/accept-buttons";

export const metadata: Metadata = { title: "Invitasjon", referrer: "no-referrer", robots: { index: false } };

type Props = { params: Promise<{ token: string }> };

/** The page an invitation e-mail links to. Reading it changes nothing; signing in accepts the invitation. */
export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const read = await readInvitation(token);
  const { providers } = await signInChoices();
  if (!read.ok) {
    return (
      <div className="max-w-2xl space-y-4">
        <h1 className="ds-heading" data-size="lg">Invitasjonen kan ikke brukes</h1>
        <div className="ds-alert" data-color="danger" role="alert">{invitationError[read.reason]}</div>
        <p><Link className="ds-link" href="/logg-inn">Til innloggingen</Link></p>
      </div>
    );
  }
  const i = read.invitation;
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="ds-heading" data-size="lg">Velkommen til DEKOM-portalen, {i.name}</h1>
      <p className="ds-paragraph">
        {i.invitedBy ? `${i.invitedBy} har invitert deg` : "Du er invitert"} til DEKOM-portalen med {i.roles.length === 1 ? "denne rollen" : "disse rollene"}:
      </p>
      <ul className="prose-list">
        {i.roles.map((r, n) => <li key={n}>{roleLabel[r.role as keyof typeof roleLabel]} – {r.place}</li>)}
      </ul>
      <p className="ds-paragraph">
        Logg inn med den innloggingen du vil bruke i portalen. Den blir koblet til brukeren din, og du bruker den
        også neste gang. Lenken kan brukes én gang og virker til {formatDate(i.expiresAt)}.
      </p>
      {providers.length > 0 ? (
        <AcceptButtons token={token} providers={providers} />
      ) : (
        <div className="ds-alert" data-color="warning">Ingen innloggingstjeneste er satt opp på denne installasjonen ennå. Kontakt den som inviterte deg.</div>
      )}
    </div>
  );
}
