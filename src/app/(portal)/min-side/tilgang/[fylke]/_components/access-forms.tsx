"use client";
import { useActionState } from "react";
import type { Role } from "@/domain/authorization";
import { Field, FormOutcome } from "@/components/form-parts";
import {
  deactivateUserAction, grantRoleAction, inviteAction, reactivateUserAction, resendInvitationAction, revokeRoleAction, withdrawInvitationAction,
} from "@/server/access/actions";
import { RoleScopePicker, type ScopeOption } from "./role-scope-picker";

const labels = { name: "Navn", email: "E-post", role1: "Rolle", scope1: "Ansvarsområde", role2: "Rolle 2", scope2: "Ansvarsområde 2", role3: "Rolle 3", scope3: "Ansvarsområde 3", role: "Rolle", scope: "Ansvarsområde" };

/** The link to pass on by hand, shown once, when the installation has no e-mail set up. */
function LinkToPassOn({ data }: { data: unknown }) {
  const link = (data as { link?: string } | undefined)?.link;
  if (!link) return null;
  return (
    <p className="mt-2">
      <label className="ds-label" htmlFor="invitasjonslenke">Invitasjonslenke</label>
      <input id="invitasjonslenke" className="ds-input" readOnly value={link} onFocus={(e) => e.currentTarget.select()} data-testid="invitasjonslenke" />
    </p>
  );
}

export function InviteForm(props: { countyId?: string; countySlug: string; roles: Role[]; scopes: ScopeOption[]; extraRows?: boolean; legend?: string; prefix?: string }) {
  const [state, action, pending] = useActionState(inviteAction, null);
  const prefix = props.prefix ?? "inviter";
  return (
    <form action={action} className="space-y-4 max-w-xl" noValidate>
      <input type="hidden" name="countyId" value={props.countyId ?? ""} />
      <input type="hidden" name="countySlug" value={props.countySlug} />
      <FormOutcome state={state} prefix={prefix} labels={labels}>{state?.ok && <LinkToPassOn data={state.data} />}</FormOutcome>
      <Field id={`${prefix}-name`} name="name" label="Navn" state={state} type="text" autoComplete="off" required maxLength={120} />
      <Field id={`${prefix}-email`} name="email" label="E-post" state={state} type="email" autoComplete="off" required maxLength={254}
        description="Invitasjonen sendes hit. Personen kan logge inn med hvilken som helst innlogging, også ID-porten." />
      <RoleScopePicker prefix={prefix} state={state} roles={props.roles} scopes={props.scopes} roleName="role1" scopeName="scope1" legend={props.legend ?? "Rolle og ansvarsområde"} />
      {props.extraRows !== false && props.roles.length > 1 && (
        <details>
          <summary className="ds-link cursor-pointer">Gi flere roller i samme invitasjon</summary>
          <div className="mt-3 space-y-4">
            <RoleScopePicker prefix={prefix} state={state} roles={props.roles} scopes={props.scopes} roleName="role2" scopeName="scope2" optional legend="Rolle 2 (valgfri)" suffix=" 2" />
            <RoleScopePicker prefix={prefix} state={state} roles={props.roles} scopes={props.scopes} roleName="role3" scopeName="scope3" optional legend="Rolle 3 (valgfri)" suffix=" 3" />
          </div>
        </details>
      )}
      <button type="submit" className="ds-button" data-variant="primary" aria-disabled={pending}>{pending ? "Sender …" : "Send invitasjon"}</button>
    </form>
  );
}

/** A one-button form (resend, withdraw, remove, deactivate) with its own outcome. */
function ButtonForm(props: {
  action: (prev: Awaited<ReturnType<typeof revokeRoleAction>> | null, form: FormData) => Promise<Awaited<ReturnType<typeof revokeRoleAction>>>;
  fields: Record<string, string | number>; label: React.ReactNode; variant?: "secondary" | "tertiary"; confirm?: string; prefix: string;
}) {
  const [state, action, pending] = useActionState(props.action, null);
  return (
    <form action={action} onSubmit={(e) => { if (props.confirm && !window.confirm(props.confirm)) e.preventDefault(); }}>
      {Object.entries(props.fields).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      <button type="submit" className="ds-button" data-variant={props.variant ?? "secondary"} data-size="sm" aria-disabled={pending}>{props.label}</button>
      <FormOutcome state={state} prefix={props.prefix} />
    </form>
  );
}

export function InvitationButtons(props: { id: string; version: number; name: string; countySlug: string }) {
  const fields = { invitationId: props.id, version: props.version, countySlug: props.countySlug };
  return (
    <div className="flex flex-wrap gap-2">
      <ButtonForm action={resendInvitationAction} fields={fields} prefix={`sendpaanytt-${props.id}`} label={<>Send på nytt<span className="sr-only"> til {props.name}</span></>} />
      <ButtonForm action={withdrawInvitationAction} fields={fields} prefix={`trekk-${props.id}`} variant="tertiary"
        confirm={`Trekke tilbake invitasjonen til ${props.name}? Lenken slutter å virke.`} label={<>Trekk tilbake<span className="sr-only"> invitasjonen til {props.name}</span></>} />
    </div>
  );
}

/** The user's roles, each with a button to take it away; the outcome stays above the list after the role is gone. */
export function RoleList(props: { roles: { id: string; label: string; mine: boolean }[]; userName: string; countySlug: string }) {
  const [state, action, pending] = useActionState(revokeRoleAction, null);
  return (
    <div>
      <FormOutcome state={state} prefix="fjern" />
      {props.roles.length === 0 ? <p className="mt-2">{props.userName} har ingen roller her nå.</p> : (
        <ul className="mt-2 space-y-2">
          {props.roles.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center gap-3">
              <span>{r.label}</span>
              {r.mine && (
                <form action={action} onSubmit={(e) => { if (!window.confirm(`Ta bort rollen ${r.label} fra ${props.userName}? Det gjelder fra neste side brukeren åpner.`)) e.preventDefault(); }}>
                  <input type="hidden" name="assignmentId" value={r.id} />
                  <input type="hidden" name="countySlug" value={props.countySlug} />
                  <button type="submit" className="ds-button" data-variant="tertiary" data-size="sm" aria-disabled={pending}>
                    Ta bort<span className="sr-only"> rollen {r.label} fra {props.userName}</span>
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function ActivationButton(props: { userId: string; name: string; active: boolean; countySlug: string }) {
  return props.active ? (
    <ButtonForm action={deactivateUserAction} fields={{ userId: props.userId, countySlug: props.countySlug }} prefix="deaktiver"
      confirm={`Deaktivere ${props.name}? Brukeren logges ut med en gang og kan ikke logge inn igjen før noen aktiverer brukeren.`} label={`Deaktiver ${props.name}`} />
  ) : (
    <ButtonForm action={reactivateUserAction} fields={{ userId: props.userId, countySlug: props.countySlug }} prefix="aktiver" label={`Aktiver ${props.name} igjen`} />
  );
}

export function GrantRoleForm(props: { userId: string; countySlug: string; roles: Role[]; scopes: ScopeOption[] }) {
  const [state, action, pending] = useActionState(grantRoleAction, null);
  const prefix = "gi-rolle";
  return (
    <form action={action} className="space-y-4 max-w-xl" noValidate>
      <input type="hidden" name="userId" value={props.userId} />
      <input type="hidden" name="countySlug" value={props.countySlug} />
      <FormOutcome state={state} prefix={prefix} labels={labels} />
      <RoleScopePicker prefix={prefix} state={state} roles={props.roles} scopes={props.scopes} roleName="role" scopeName="scope" legend="Ny rolle" />
      <button type="submit" className="ds-button" data-variant="primary" aria-disabled={pending}>{pending ? "Lagrer …" : "Gi rollen"}</button>
    </form>
  );
}
