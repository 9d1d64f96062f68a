"use client";
// The forms of one network: participants, the criteria checklist of a school, gatherings and their attendance.
import { useActionState } from "react";
import { Field, FormOutcome, SelectField, typed, useRemountKey } from "@/components/form-parts";
import { useText } from "@/i18n/client";
import { GATHERING_PARTS } from "@/domain/networks";
import { addParticipantAction, confirmCriteriaAction, recordAttendanceAction, saveGatheringAction } from "@/server/networks/actions";

export function AddParticipantForm({ networkId, version, schools }: { networkId: string; version: number; schools: { id: string; label: string }[] }) {
  const [state, action, pending] = useActionState(addParticipantAction, null);
  const t = useText("networkForms", "detail");
  const remount = useRemountKey(state);
  return (
    <form action={action} className="space-y-3 max-w-xl" noValidate>
      <input type="hidden" name="networkId" value={networkId} />
      <input type="hidden" name="version" value={version} />
      <FormOutcome state={state} prefix="pa" labels={{ schoolId: t("school"), label: t("person") }} />
      <SelectField id="pa-schoolId" name="schoolId" label={t("school")} state={state} remount={remount} options={[["", t("noSchool")], ...schools.map((s) => [s.id, s.label] as const)]} fallback="" />
      <Field id="pa-label" name="label" label={t("person")} description={t("personHelp")} state={state} maxLength={200} />
      <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>{t("addParticipant")}</button>
    </form>
  );
}

export function CriteriaForm({ participantId, school, criteria, confirmed }: { participantId: string; school: string; criteria: { id: string; text: string; group: string }[]; confirmed: string[] }) {
  const [state, action, pending] = useActionState(confirmCriteriaAction, null);
  const t = useText("networkForms", "detail");
  const remount = useRemountKey(state);
  const p = `c-${participantId}`;
  const groups = [...new Set(criteria.map((c) => c.group))];
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="participantId" value={participantId} />
      <FormOutcome state={state} prefix={p} />
      <div key={remount} className="space-y-3">
        {groups.map((g) => (
          <fieldset key={g} className="ds-fieldset">
            <legend className="ds-label">{g}</legend>
            {criteria.filter((c) => c.group === g).map((c) => (
              <div key={c.id} className="ds-field flex items-start gap-2">
                <input id={`${p}-${c.id}`} type="checkbox" className="ds-input mt-1" name="criterionIds" value={c.id} defaultChecked={confirmed.includes(c.id)} />
                <label htmlFor={`${p}-${c.id}`}>{c.text}</label>
              </div>
            ))}
          </fieldset>
        ))}
      </div>
      <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>{t("confirmFor", { school })}</button>
    </form>
  );
}

type GatheringValues = { id: string; version: number; title: string; date: string; days: number; place: string } & Record<(typeof GATHERING_PARTS)[number], string>;

export function GatheringForm({ networkId, gathering }: { networkId: string; gathering?: GatheringValues }) {
  const [state, action, pending] = useActionState(saveGatheringAction, null);
  const t = useText("networkForms", "detail");
  const parts = useText("networkForms", "part");
  const p = gathering ? `g-${gathering.id}` : "g-new";
  const labels = { title: t("title"), date: t("date"), days: t("days"), place: t("place"), ...Object.fromEntries(GATHERING_PARTS.map((part) => [part, parts(part)])) };
  return (
    <form action={action} className="space-y-4 max-w-2xl" noValidate>
      <input type="hidden" name="networkId" value={networkId} />
      <input type="hidden" name="version" value={gathering?.version ?? 0} />
      {gathering && <input type="hidden" name="gatheringId" value={gathering.id} />}
      <FormOutcome state={state} prefix={p} labels={labels} />
      <Field id={`${p}-title`} name="title" label={t("title")} state={state} defaultValue={gathering?.title ?? ""} required maxLength={200} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id={`${p}-date`} name="date" type="date" label={t("date")} state={state} defaultValue={gathering?.date ?? ""} required />
        <Field id={`${p}-days`} name="days" inputMode="numeric" label={t("days")} state={state} defaultValue={String(gathering?.days ?? 1)} required />
        <Field id={`${p}-place`} name="place" label={t("place")} state={state} defaultValue={gathering?.place ?? ""} required maxLength={200} />
      </div>
      <fieldset className="ds-fieldset space-y-3">
        <legend className="ds-label">{t("partsLegend")}</legend>
        {GATHERING_PARTS.map((part) => (
          <Field key={part} id={`${p}-${part}`} name={part} label={parts(part)} state={state} defaultValue={gathering?.[part] ?? ""}>
            {(aria) => <textarea id={`${p}-${part}`} name={part} className="ds-input" rows={2} defaultValue={typed(state, part, gathering?.[part] ?? "")} {...aria} />}
          </Field>
        ))}
      </fieldset>
      <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>{gathering ? t("saveGathering") : t("addGathering")}</button>
    </form>
  );
}

export function AttendanceForm({ gatheringId, version, participants, present }: { gatheringId: string; version: number; participants: { id: string; name: string }[]; present: string[] }) {
  const [state, action, pending] = useActionState(recordAttendanceAction, null);
  const t = useText("networkForms", "detail");
  const remount = useRemountKey(state);
  const p = `a-${gatheringId}`;
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="gatheringId" value={gatheringId} />
      <input type="hidden" name="version" value={version} />
      <FormOutcome state={state} prefix={p} />
      <fieldset key={remount} className="ds-fieldset">
        <legend className="ds-label">{t("present")}</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {participants.map((x) => (
            <div key={x.id} className="ds-field flex items-center gap-2">
              <input id={`${p}-${x.id}`} type="checkbox" className="ds-input" name="present" value={x.id} defaultChecked={present.includes(x.id)} />
              <label htmlFor={`${p}-${x.id}`}>{x.name}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="ds-button" data-variant="secondary" disabled={pending}>{t("saveAttendance")}</button>
    </form>
  );
}
