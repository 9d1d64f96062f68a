"use client";
import { useActionState, useEffect, useRef } from "react";
import { addGroupMemberAction, removeGroupMemberAction } from "@/server/structure/actions";

type Result = Awaited<ReturnType<typeof addGroupMemberAction>> | null;

function Status({ state }: { state: Result }) {
  if (!state) return null;
  return (
    <div className="ds-alert mt-3" data-color={state.ok ? "success" : "danger"} role={state.ok ? "status" : "alert"}>
      {state.message}
    </div>
  );
}

export function AddMemberForm(props: { groupId: string; version: number; roles: { value: string; label: string }[] }) {
  const [state, action, pending] = useActionState(addGroupMemberAction, null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  const fieldError = (name: string) => (!state?.ok && state?.fieldErrors?.[name]?.[0]) || null;
  return (
    <form ref={form} action={action} className="mt-3 space-y-4 max-w-md" noValidate>
      <input type="hidden" name="groupId" value={props.groupId} />
      <input type="hidden" name="version" value={props.version} />
      <div className="ds-field">
        <label className="ds-label" htmlFor="member-name">Navn</label>
        <input
          id="member-name" name="name" className="ds-input" type="text" autoComplete="name" required maxLength={120}
          aria-invalid={fieldError("name") ? true : undefined} aria-describedby={fieldError("name") ? "member-name-error" : undefined}
        />
        {fieldError("name") && <p id="member-name-error" className="ds-validation-message" data-color="danger">{fieldError("name")}</p>}
      </div>
      <div className="ds-field">
        <label className="ds-label" htmlFor="member-role">Rolle</label>
        <select
          id="member-role" name="role" className="ds-input" required defaultValue={props.roles[0]?.value}
          aria-invalid={fieldError("role") ? true : undefined} aria-describedby={fieldError("role") ? "member-role-error" : undefined}
        >
          {props.roles.map((r) => <option key={r.value} value={r.value}>{r.label}</option>)}
        </select>
        {fieldError("role") && <p id="member-role-error" className="ds-validation-message" data-color="danger">{fieldError("role")}</p>}
      </div>
      <button type="submit" className="ds-button" data-variant="primary" aria-disabled={pending} disabled={pending}>
        {pending ? "Lagrer …" : "Legg til"}
      </button>
      <Status state={state} />
    </form>
  );
}

export function RemoveMemberButton(props: { groupId: string; version: number; memberId: string; name: string }) {
  const [state, action, pending] = useActionState(removeGroupMemberAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="groupId" value={props.groupId} />
      <input type="hidden" name="version" value={props.version} />
      <input type="hidden" name="memberId" value={props.memberId} />
      <button type="submit" className="ds-button" data-variant="tertiary" data-size="sm" disabled={pending}>
        Fjern <span className="sr-only">{props.name}</span>
      </button>
      {state && !state.ok && <Status state={state} />}
    </form>
  );
}
