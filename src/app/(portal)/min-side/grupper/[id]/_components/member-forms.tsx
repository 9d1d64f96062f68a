"use client";
import { useActionState, useEffect, useRef } from "react";
import { ActionStatus as Status, Field, SelectField, useRemountKey } from "@/components/form-parts";
import { addGroupMemberAction } from "@/server/structure/actions";
import { useText } from "@/i18n/client";

export function AddMemberForm(props: { groupId: string; version: number; roles: { value: string; label: string }[] }) {
  const [state, action, pending] = useActionState(addGroupMemberAction, null);
  const remount = useRemountKey(state);
  const t = useText("groupForms");
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  return (
    <form ref={form} action={action} className="mt-3 space-y-4 max-w-md" noValidate>
      <input type="hidden" name="groupId" value={props.groupId} />
      <input type="hidden" name="version" value={props.version} />
      <Field id="member-name" name="name" label={t("name")} state={state} type="text" autoComplete="name" required maxLength={120} />
      <SelectField id="member-role" name="role" label={t("role")} state={state} remount={remount} fallback={props.roles[0]?.value} options={props.roles.map((r) => [r.value, r.label] as const)} />
      <button type="submit" className="ds-button" data-variant="primary" aria-disabled={pending} disabled={pending}>
        {pending ? t("saving") : t("add")}
      </button>
      <Status state={state} />
    </form>
  );
}
