"use client";
// The forum's rules, each member's place and portal user, and the working committees. The server decides
// (src/server/structure/forums.ts); these forms keep what was typed and move focus to the outcome.
import { useActionState } from "react";
import { Field, FormOutcome, SelectField, useRemountKey, type FormState, FormDetails } from "@/components/form-parts";
import { useText } from "@/i18n/client";
import {
  addCommitteeMemberAction, createCommitteeAction, removeCommitteeMemberAction, updateForumMemberAction, updateForumRulesAction,
} from "@/server/structure/actions";

type Hidden = Record<string, string | number>;
const hidden = (h: Hidden) => Object.entries(h).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />);

function Check({ id, name, label, state, checked, remount }: { id: string; name: string; label: string; state: FormState; checked: boolean; remount: number }) {
  const after = state && !state.ok ? state.values?.[name] === "on" : checked;
  return (
    <div className="ds-field" data-position="start">
      <input key={remount} className="ds-input" type="checkbox" id={id} name={name} defaultChecked={after} />
      <label className="ds-label" data-weight="regular" htmlFor={id}>{label}</label>
    </div>
  );
}

type Rules = { voteUnit: "MUNICIPALITY" | "MEMBER"; leaderBreaksTie: boolean; requiresConsensusFailure: boolean; governorHasFinalSay: boolean; quorum: number | null; language: "nb" | "nn"; version: number };
/** The written-standard field's text, from the catalogue on the server (the page's language). */
type LanguageText = { label: string; description: string; options: [string, string][] };

export function ForumRulesForm({ forumId, countySlug, rules, languageText }: { forumId: string; countySlug: string; rules: Rules; languageText: LanguageText }) {
  const [state, action, pending] = useActionState(updateForumRulesAction, null);
  const remount = useRemountKey(state);
  const p = "regler";
  const t = useText("setupForms");
  const labels = useText("structureLabels");
  return (
    <form action={action} className="space-y-3 max-w-xl" noValidate>
      {hidden({ forumId, countySlug, version: rules.version })}
      <FormOutcome state={state} prefix={p} labels={{ voteUnit: t("voteUnit"), quorum: t("quorumShort"), language: languageText.label }} />
      <SelectField id={`${p}-voteUnit`} name="voteUnit" label={t("voteUnit")} state={state} remount={remount} fallback={rules.voteUnit} options={(["MUNICIPALITY", "MEMBER"] as const).map((k) => [k, labels(`voteUnit.${k}`)] as const)} />
      <Check id={`${p}-leaderBreaksTie`} name="leaderBreaksTie" label={t("tie")} state={state} checked={rules.leaderBreaksTie} remount={remount} />
      <Check id={`${p}-requiresConsensusFailure`} name="requiresConsensusFailure" label={t("consensus")} state={state} checked={rules.requiresConsensusFailure} remount={remount} />
      <Check id={`${p}-governorHasFinalSay`} name="governorHasFinalSay" label={t("governor")} state={state} checked={rules.governorHasFinalSay} remount={remount} />
      <Field id={`${p}-quorum`} name="quorum" label={t("quorum")} state={state} inputMode="numeric" defaultValue={rules.quorum ?? ""}
        description={t("quorumHelp")} />
      <SelectField id={`${p}-language`} name="language" label={languageText.label} description={languageText.description} state={state} remount={remount} fallback={rules.language} options={languageText.options} />
      <button type="submit" className="ds-button" data-variant="primary" aria-disabled={pending}>{t("saveRules")}</button>
    </form>
  );
}

type MemberRow = { id: string; name: string; position: "LEDER" | "NESTLEDER" | "MEDLEM"; userId: string | null; holdsVote: boolean };

/** One member's place in the forum and the portal user the seat belongs to. */
export function EditMemberForm({ forumId, countySlug, member, users, memberVotes }: { forumId: string; countySlug: string; member: MemberRow; users: { id: string; name: string; email: string | null }[]; memberVotes: boolean }) {
  const [state, action, pending] = useActionState(updateForumMemberAction, null);
  const remount = useRemountKey(state);
  const p = `endre-${member.id}`;
  const t = useText("setupForms");
  const labels = useText("structureLabels");
  return (
    <FormDetails states={state} summary={<>{t("edit", { name: member.name })}</>}>
      <form action={action} className="space-y-3 p-2 max-w-xl" noValidate>
        {hidden({ memberId: member.id, forumId, countySlug })}
        <FormOutcome state={state} prefix={p} labels={{ position: t("position"), userId: t("user") }} />
        <SelectField id={`${p}-position`} name="position" label={t("positionFor", { name: member.name })} state={state} remount={remount} fallback={member.position} options={(["LEDER", "NESTLEDER", "MEDLEM"] as const).map((k) => [k, labels(`position.${k}`)] as const)} />
        <SelectField id={`${p}-userId`} name="userId" label={t("userFor", { name: member.name })} state={state} remount={remount} fallback={member.userId ?? ""}
          description={t("userHelp")}
          options={[["", t("notLinked")], ...users.map((u) => [u.id, u.email ? `${u.name} (${u.email})` : u.name] as [string, string])]} />
        {memberVotes && <Check id={`${p}-holdsVote`} name="holdsVote" label={t("holdsVote")} state={state} checked={member.holdsVote} remount={remount} />}
        <button type="submit" className="ds-button" data-variant="primary" aria-disabled={pending}>{t("save", { name: member.name })}</button>
      </form>
    </FormDetails>
  );
}

type Committee = { id: string; kind: "AUS" | "AUB"; mandate: string; members: { id: string; name: string; function: string }[] };

export function Committees({ forumId, countySlug, committees, forumMembers }: { forumId: string; countySlug: string; committees: Committee[]; forumMembers: { id: string; name: string }[] }) {
  const [created, create, creating] = useActionState(createCommitteeAction, null);
  const [added, add, adding] = useActionState(addCommitteeMemberAction, null);
  const [removed, remove, removing] = useActionState(removeCommitteeMemberAction, null);
  const remount = useRemountKey(added);
  const remountNew = useRemountKey(created);
  const missing = (["AUS", "AUB"] as const).filter((k) => !committees.some((c) => c.kind === k));
  const t = useText("setupForms");
  const labels = useText("structureLabels");
  const committeeName = (kind: "AUS" | "AUB") => labels(`committee.${kind}`);
  return (
    <div className="space-y-4">
      <FormOutcome state={removed} prefix="ta-ut" />
      {committees.length === 0 && <p>{t("noCommittees")}</p>}
      {committees.map((c) => (
        <article key={c.id} aria-labelledby={`utvalg-${c.id}`} className="ds-card space-y-2">
          <h3 id={`utvalg-${c.id}`} className="ds-heading" data-size="xs">{committeeName(c.kind)}</h3>
          <p className="text-sm">{c.mandate}</p>
          {c.members.length === 0 ? <p>{t("noMembersYet")}</p> : (
            <ul className="space-y-1">
              {c.members.map((m) => (
                <li key={m.id} className="flex flex-wrap items-center gap-3">
                  <span>{m.name}, {m.function}</span>
                  <form action={remove}>
                    {hidden({ committeeMemberId: m.id, forumId, countySlug })}
                    <button type="submit" className="ds-button" data-variant="tertiary" data-size="sm" aria-disabled={removing}>{t("takeOut")}<span className="sr-only">{t("takeOutOf", { name: m.name, committee: committeeName(c.kind) })}</span></button>
                  </form>
                </li>
              ))}
            </ul>
          )}
          <form action={add} className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] items-end" noValidate>
            {hidden({ committeeId: c.id, forumId, countySlug })}
            <SelectField id={`utvalg-${c.id}-forumMemberId`} name="forumMemberId" label={t("forumMember")} state={added} remount={remount} fallback=""
              options={[["", t("choose")], ...forumMembers.map((m) => [m.id, m.name] as [string, string])]} />
            <Field id={`utvalg-${c.id}-function`} name="function" label={t("function")} state={added} defaultValue={t("functionDefault")} />
            <button type="submit" className="ds-button" data-variant="secondary" aria-disabled={adding}>{t("addTo", { committee: c.kind })}</button>
          </form>
        </article>
      ))}
      <FormOutcome state={added} prefix={`utvalg-${(added && !added.ok && added.values?.committeeId) || committees[0]?.id}`} labels={{ forumMemberId: t("member"), function: t("function") }} />
      {missing.length > 0 && (
        <form action={create} className="space-y-3 max-w-xl" noValidate>
          {hidden({ forumId, countySlug })}
          <FormOutcome state={created} prefix="nytt-utvalg" labels={{ kind: t("committee"), mandate: t("mandate") }} />
          <SelectField id="nytt-utvalg-kind" name="kind" label={t("committee")} state={created} remount={remountNew} fallback={missing[0]} options={missing.map((k) => [k, committeeName(k)] as [string, string])} />
          <Field id="nytt-utvalg-mandate" name="mandate" label={t("mandate")} state={created} description={t("mandateHelp")} />
          <button type="submit" className="ds-button" data-variant="secondary" aria-disabled={creating}>{t("createCommittee")}</button>
        </form>
      )}
    </div>
  );
}
