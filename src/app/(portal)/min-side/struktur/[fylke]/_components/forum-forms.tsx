"use client";
import { useActionState } from "react";
import { Field, FormOutcome, SelectField, typed, useRemountKey } from "@/components/form-parts";
import { useText } from "@/i18n/client";
import { addForumMemberAction, createForumAction, removeForumMemberAction } from "@/server/structure/actions";


export function CreateForumButton({ countyId, countySlug, regionId, label }: { countyId: string; countySlug: string; regionId?: string; label: string }) {
  const [state, action, pending] = useActionState(createForumAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="countyId" value={countyId} />
      <input type="hidden" name="regionId" value={regionId ?? ""} />
      <input type="hidden" name="countySlug" value={countySlug} />
      <button type="submit" className="ds-button" data-variant="secondary" data-size="sm" aria-disabled={pending}>{label}</button>
      <FormOutcome state={state} prefix={`forum-${regionId ?? "fylke"}`} />
    </form>
  );
}

export function AddMemberForm(props: { forumId: string; countySlug: string; municipalities: { id: string; name: string }[]; memberVotes: boolean }) {
  const [state, action, pending] = useActionState(addForumMemberAction, null);
  const remount = useRemountKey(state);
  const p = "medlem";
  const t = useText("setupForms");
  const labels = useText("structureLabels");
  const select = (name: string, label: string, options: [string, string][], fallback: string) => (
    <SelectField id={`${p}-${name}`} name={name} label={label} state={state} options={options} fallback={fallback} remount={remount} />
  );
  return (
    <form action={action} className="space-y-4 max-w-xl" noValidate>
      <input type="hidden" name="forumId" value={props.forumId} />
      <input type="hidden" name="countySlug" value={props.countySlug} />
      <FormOutcome state={state} prefix={p} labels={{ name: t("name"), organisation: t("organisation"), kind: t("kind"), schoolOwnerId: t("municipality"), position: t("position") }} />
      <Field id={`${p}-name`} name="name" label={t("name")} state={state} required maxLength={120} />
      {select("kind", t("kind"), (["KOMMUNE", "PPD", "HTV", "RKK", "UH", "STATSFORVALTER", "KS", "REGION"] as const).map((k) => [k, labels(`memberKind.${k}`)]), "KOMMUNE")}
      <Field id={`${p}-organisation`} name="organisation" label={t("organisation")} state={state} required maxLength={120} description={t("organisationHelp")} />
      <Field id={`${p}-title`} name="title" label={t("title")} state={state} maxLength={120} />
      {props.municipalities.length > 0 && select("schoolOwnerId", t("municipalityFor"), [["", t("none")], ...props.municipalities.map((m) => [m.id, m.name] as [string, string])], "")}
      {select("position", t("position"), (["LEDER", "NESTLEDER", "MEDLEM"] as const).map((k) => [k, labels(`position.${k}`)]), "MEDLEM")}
      {props.memberVotes && (
        <div className="ds-field" data-position="start">
          <input key={remount} className="ds-input" type="checkbox" id={`${p}-holdsVote`} name="holdsVote" defaultChecked={typed(state, "holdsVote") === "on"} />
          <label className="ds-label" data-weight="regular" htmlFor={`${p}-holdsVote`}>{t("holdsVote")}</label>
        </div>
      )}
      <button type="submit" className="ds-button" data-variant="primary" aria-disabled={pending}>{pending ? t("saving") : t("addMember")}</button>
    </form>
  );
}

export function MemberList({ members, countySlug, forumId, editors = {} }: { members: { id: string; name: string; text: string }[]; countySlug: string; forumId: string; editors?: Record<string, React.ReactNode> }) {
  const [state, action, pending] = useActionState(removeForumMemberAction, null);
  const t = useText("setupForms");
  return (
    <div>
      <FormOutcome state={state} prefix="fjern-medlem" />
      {members.length === 0 ? <p className="mt-2">{t("noMembersYet")}</p> : (
        <ul className="mt-2 space-y-2">
          {members.map((m) => (
            <li key={m.id} className="flex flex-wrap items-center gap-3">
              <span>{m.text}</span>
              <form action={action} onSubmit={(e) => { if (!window.confirm(t("removeQuestion", { name: m.name }))) e.preventDefault(); }}>
                <input type="hidden" name="memberId" value={m.id} />
                <input type="hidden" name="forumId" value={forumId} />
                <input type="hidden" name="countySlug" value={countySlug} />
                <button type="submit" className="ds-button" data-variant="tertiary" data-size="sm" aria-disabled={pending}>{t("remove")}<span className="sr-only"> {m.name}</span></button>
              </form>
              {editors[m.id] && <div className="basis-full">{editors[m.id]}</div>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
