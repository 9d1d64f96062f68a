"use client";
import { useActionState } from "react";
import type { Role } from "@/domain/authorization";
import { Field, FormOutcome } from "@/components/form-parts";
import {
  deactivateUserAction, grantRoleAction, inviteAction, reactivateUserAction, resendInvitationAction, revokeRoleAction, withdrawInvitationAction,
} from "@/server/access/actions";
import { RoleScopePicker, type ScopeOption } from "./role-scope-picker";
import { useText } from "@/i18n/client";

/** The fields' names in the error summary. */
function useLabels() {
  const t = useText("accessForms", "label");
  return Object.fromEntries((["name", "email", "role1", "scope1", "role2", "scope2", "role3", "scope3", "role", "scope"] as const).map((k) => [k, t(k)]));
}

/** The link to pass on by hand, shown once, when the installation has no e-mail set up. */
function LinkToPassOn({ data }: { data: unknown }) {
  const t = useText("accessForms");
  const link = (data as { link?: string } | undefined)?.link;
  if (!link) return null;
  return (
    <p className="mt-2">
      <label className="ds-label" htmlFor="invitasjonslenke">{t("invitationLink")}</label>
      <input id="invitasjonslenke" className="ds-input" readOnly value={link} onFocus={(e) => e.currentTarget.select()} data-testid="invitasjonslenke" />
    </p>
  );
}

export function InviteForm(props: { countyId?: string; countySlug: string; roles: Role[]; scopes: ScopeOption[]; extraRows?: boolean; legend?: string; prefix?: string }) {
  const [state, action, pending] = useActionState(inviteAction, null);
  const prefix = props.prefix ?? "inviter";
  const t = useText("accessForms");
  const labels = useLabels();
  return (
    <form action={action} className="space-y-4 max-w-xl" noValidate>
      <input type="hidden" name="countyId" value={props.countyId ?? ""} />
      <input type="hidden" name="countySlug" value={props.countySlug} />
      <FormOutcome state={state} prefix={prefix} labels={labels}>{state?.ok && <LinkToPassOn data={state.data} />}</FormOutcome>
      <Field id={`${prefix}-name`} name="name" label={labels.name} state={state} type="text" autoComplete="off" required maxLength={120} />
      <Field id={`${prefix}-email`} name="email" label={labels.email} state={state} type="email" autoComplete="off" required maxLength={254}
        description={t("emailHelp")} />
      <RoleScopePicker prefix={prefix} state={state} roles={props.roles} scopes={props.scopes} roleName="role1" scopeName="scope1" legend={props.legend ?? t("roleAndScope")} />
      {props.extraRows !== false && props.roles.length > 1 && (
        <details>
          <summary className="ds-link cursor-pointer">{t("moreRoles")}</summary>
          <div className="mt-3 space-y-4">
            <RoleScopePicker prefix={prefix} state={state} roles={props.roles} scopes={props.scopes} roleName="role2" scopeName="scope2" optional legend={t("role2Optional")} suffix=" 2" />
            <RoleScopePicker prefix={prefix} state={state} roles={props.roles} scopes={props.scopes} roleName="role3" scopeName="scope3" optional legend={t("role3Optional")} suffix=" 3" />
          </div>
        </details>
      )}
      <button type="submit" className="ds-button" data-variant="primary" aria-disabled={pending}>{pending ? t("sending") : t("send")}</button>
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
  const t = useText("accessForms");
  return (
    <div className="flex flex-wrap gap-2">
      <ButtonForm action={resendInvitationAction} fields={fields} prefix={`sendpaanytt-${props.id}`} label={<>{t("resend")}<span className="sr-only">{t("resendTo", { name: props.name })}</span></>} />
      <ButtonForm action={withdrawInvitationAction} fields={fields} prefix={`trekk-${props.id}`} variant="tertiary"
        confirm={t("withdrawConfirm", { name: props.name })} label={<>{t("withdraw")}<span className="sr-only">{t("withdrawOf", { name: props.name })}</span></>} />
    </div>
  );
}

/** The user's roles, each with a button to take it away; the outcome stays above the list after the role is gone. */
export function RoleList(props: { roles: { id: string; label: string; mine: boolean }[]; userName: string; countySlug: string }) {
  const [state, action, pending] = useActionState(revokeRoleAction, null);
  const t = useText("accessForms");
  return (
    <div>
      <FormOutcome state={state} prefix="fjern" />
      {props.roles.length === 0 ? <p className="mt-2">{t("noRoles", { name: props.userName })}</p> : (
        <ul className="mt-2 space-y-2">
          {props.roles.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center gap-3">
              <span>{r.label}</span>
              {r.mine && (
                <form action={action} onSubmit={(e) => { if (!window.confirm(t("revokeConfirm", { role: r.label, name: props.userName }))) e.preventDefault(); }}>
                  <input type="hidden" name="assignmentId" value={r.id} />
                  <input type="hidden" name="countySlug" value={props.countySlug} />
                  <button type="submit" className="ds-button" data-variant="tertiary" data-size="sm" aria-disabled={pending}>
                    {t("revoke")}<span className="sr-only">{t("revokeOf", { role: r.label, name: props.userName })}</span>
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
  const t = useText("accessForms");
  return props.active ? (
    <ButtonForm action={deactivateUserAction} fields={{ userId: props.userId, countySlug: props.countySlug }} prefix="deaktiver"
      confirm={t("deactivateConfirm", { name: props.name })} label={t("deactivate", { name: props.name })} />
  ) : (
    <ButtonForm action={reactivateUserAction} fields={{ userId: props.userId, countySlug: props.countySlug }} prefix="aktiver" label={t("reactivate", { name: props.name })} />
  );
}

export function GrantRoleForm(props: { userId: string; countySlug: string; roles: Role[]; scopes: ScopeOption[] }) {
  const [state, action, pending] = useActionState(grantRoleAction, null);
  const prefix = "gi-rolle";
  const t = useText("accessForms");
  const labels = useLabels();
  return (
    <form action={action} className="space-y-4 max-w-xl" noValidate>
      <input type="hidden" name="userId" value={props.userId} />
      <input type="hidden" name="countySlug" value={props.countySlug} />
      <FormOutcome state={state} prefix={prefix} labels={labels} />
      <RoleScopePicker prefix={prefix} state={state} roles={props.roles} scopes={props.scopes} roleName="role" scopeName="scope" legend={t("newRole")} />
      <button type="submit" className="ds-button" data-variant="primary" aria-disabled={pending}>{pending ? t("saving") : t("grant")}</button>
    </form>
  );
}
