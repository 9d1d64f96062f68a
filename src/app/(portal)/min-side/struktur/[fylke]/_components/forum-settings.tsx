"use client";
// The forum's rules, each member's place and portal user, and the working committees. The server decides
// (src/server/structure/forums.ts); these forms keep what was typed and move focus to the outcome.
import { useActionState } from "react";
import { Field, FormOutcome, SelectField, useRemountKey, type FormState, FormDetails } from "@/components/form-parts";
import { committeeLabel, positionLabel, voteUnitLabel } from "@/lib/messages/structure";
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
  return (
    <form action={action} className="space-y-3 max-w-xl" noValidate>
      {hidden({ forumId, countySlug, version: rules.version })}
      <FormOutcome state={state} prefix={p} labels={{ voteUnit: "Hvem stemmer", quorum: "Beslutningsdyktig med", language: languageText.label }} />
      <SelectField id={`${p}-voteUnit`} name="voteUnit" label="Hvem stemmer" state={state} remount={remount} fallback={rules.voteUnit} options={Object.entries(voteUnitLabel)} />
      <Check id={`${p}-leaderBreaksTie`} name="leaderBreaksTie" label="Ved stemmelikhet har lederen dobbeltstemme" state={state} checked={rules.leaderBreaksTie} remount={remount} />
      <Check id={`${p}-requiresConsensusFailure`} name="requiresConsensusFailure" label="Forumet søker enighet først, og stemmer bare når enighet ikke oppnås" state={state} checked={rules.requiresConsensusFailure} remount={remount} />
      <Check id={`${p}-governorHasFinalSay`} name="governorHasFinalSay" label="Statsforvalteren avgjør når avstemningen ikke gir et vedtak" state={state} checked={rules.governorHasFinalSay} remount={remount} />
      <Field id={`${p}-quorum`} name="quorum" label="Beslutningsdyktig med (stemmeenheter til stede)" state={state} inputMode="numeric" defaultValue={rules.quorum ?? ""}
        description="La stå tomt hvis forumet ikke har en regel om beslutningsdyktighet." />
      <SelectField id={`${p}-language`} name="language" label={languageText.label} description={languageText.description} state={state} remount={remount} fallback={rules.language} options={languageText.options} />
      <button type="submit" className="ds-button" data-variant="primary" aria-disabled={pending}>Lagre reglene</button>
    </form>
  );
}

type MemberRow = { id: string; name: string; position: "LEDER" | "NESTLEDER" | "MEDLEM"; userId: string | null; holdsVote: boolean };

/** One member's place in the forum and the portal user the seat belongs to. */
export function EditMemberForm({ forumId, countySlug, member, users, memberVotes }: { forumId: string; countySlug: string; member: MemberRow; users: { id: string; name: string; email: string | null }[]; memberVotes: boolean }) {
  const [state, action, pending] = useActionState(updateForumMemberAction, null);
  const remount = useRemountKey(state);
  const p = `endre-${member.id}`;
  return (
    <FormDetails states={state} summary={<>Endre {member.name}</>}>
      <form action={action} className="space-y-3 p-2 max-w-xl" noValidate>
        {hidden({ memberId: member.id, forumId, countySlug })}
        <FormOutcome state={state} prefix={p} labels={{ position: "Rolle i forumet", userId: "Bruker i portalen" }} />
        <SelectField id={`${p}-position`} name="position" label={`Rolle i forumet for ${member.name}`} state={state} remount={remount} fallback={member.position} options={Object.entries(positionLabel)} />
        <SelectField id={`${p}-userId`} name="userId" label={`Bruker i portalen for ${member.name}`} state={state} remount={remount} fallback={member.userId ?? ""}
          description="Medlemmet kan stemme og følge møtene når plassen er koblet til brukeren. Personen må ha en rolle i fylket."
          options={[["", "Ikke koblet"], ...users.map((u) => [u.id, u.email ? `${u.name} (${u.email})` : u.name] as [string, string])]} />
        {memberVotes && <Check id={`${p}-holdsVote`} name="holdsVote" label="Har stemmerett" state={state} checked={member.holdsVote} remount={remount} />}
        <button type="submit" className="ds-button" data-variant="primary" aria-disabled={pending}>Lagre {member.name}</button>
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
  return (
    <div className="space-y-4">
      <FormOutcome state={removed} prefix="ta-ut" />
      {committees.length === 0 && <p>Forumet har ingen arbeidsutvalg ennå. Uten arbeidsutvalg forbereder møtelederen sakene.</p>}
      {committees.map((c) => (
        <article key={c.id} aria-labelledby={`utvalg-${c.id}`} className="ds-card space-y-2">
          <h3 id={`utvalg-${c.id}`} className="ds-heading" data-size="xs">{committeeLabel[c.kind]}</h3>
          <p className="text-sm">{c.mandate}</p>
          {c.members.length === 0 ? <p>Ingen medlemmer ennå.</p> : (
            <ul className="space-y-1">
              {c.members.map((m) => (
                <li key={m.id} className="flex flex-wrap items-center gap-3">
                  <span>{m.name}, {m.function}</span>
                  <form action={remove}>
                    {hidden({ committeeMemberId: m.id, forumId, countySlug })}
                    <button type="submit" className="ds-button" data-variant="tertiary" data-size="sm" aria-disabled={removing}>Ta ut<span className="sr-only"> {m.name} av {committeeLabel[c.kind]}</span></button>
                  </form>
                </li>
              ))}
            </ul>
          )}
          <form action={add} className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] items-end" noValidate>
            {hidden({ committeeId: c.id, forumId, countySlug })}
            <SelectField id={`utvalg-${c.id}-forumMemberId`} name="forumMemberId" label="Medlem av forumet" state={added} remount={remount} fallback=""
              options={[["", "Velg"], ...forumMembers.map((m) => [m.id, m.name] as [string, string])]} />
            <Field id={`utvalg-${c.id}-function`} name="function" label="Funksjon" state={added} defaultValue="Medlem" />
            <button type="submit" className="ds-button" data-variant="secondary" aria-disabled={adding}>Legg til i {c.kind}</button>
          </form>
        </article>
      ))}
      <FormOutcome state={added} prefix={`utvalg-${(added && !added.ok && added.values?.committeeId) || committees[0]?.id}`} labels={{ forumMemberId: "Medlem", function: "Funksjon" }} />
      {missing.length > 0 && (
        <form action={create} className="space-y-3 max-w-xl" noValidate>
          {hidden({ forumId, countySlug })}
          <FormOutcome state={created} prefix="nytt-utvalg" labels={{ kind: "Arbeidsutvalg", mandate: "Mandat" }} />
          <SelectField id="nytt-utvalg-kind" name="kind" label="Arbeidsutvalg" state={created} remount={remountNew} fallback={missing[0]} options={missing.map((k) => [k, committeeLabel[k]] as [string, string])} />
          <Field id="nytt-utvalg-mandate" name="mandate" label="Mandat" state={created} description="Hva utvalget forbereder for forumet." />
          <button type="submit" className="ds-button" data-variant="secondary" aria-disabled={creating}>Opprett arbeidsutvalget</button>
        </form>
      )}
    </div>
  );
}
