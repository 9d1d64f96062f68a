"use client";
// Planning a meeting: its time and place, the agenda's order and publication, attendance, and the approval
// of earlier minutes. The server decides (src/server/voting/meetings.ts); these forms keep what was typed
// and move focus to the outcome.
import { useActionState } from "react";
import { useText } from "@/i18n/client";
import { Field, FormDetails, FormOutcome, SelectField, useRemountKey } from "@/components/form-parts";
import {
  approveMinutesAction, attendanceAction, createMeetingAction, moveCaseAction, publishAgendaAction, updateMeetingAction,
} from "@/server/voting/actions";

type MeetingValues = { id: string; version: number; title: string; date: string; time: string; place: string; videoLink: string | null };

/** A new meeting of a body (forumId), or changes to one (meeting), in a section that opens with `summary`. */
export function MeetingForm({ forumId, meeting, prefix, summary }: { forumId?: string; meeting?: MeetingValues; prefix: string; summary: string }) {
  const [state, action, pending] = useActionState(meeting ? updateMeetingAction : createMeetingAction, null);
  const t = useText("votingForms");
  const labels = { title: t("meetingTitle"), date: t("date"), time: t("time"), place: t("place"), videoLink: t("videoLink") };
  return (
    <FormDetails states={state} summary={summary}>
      <form action={action} className="p-2 space-y-3 max-w-xl" noValidate>
        {forumId && <input type="hidden" name="forumId" value={forumId} />}
        {meeting && <><input type="hidden" name="meetingId" value={meeting.id} /><input type="hidden" name="version" value={meeting.version} /></>}
        <FormOutcome state={state} prefix={prefix} labels={labels} />
        <Field id={`${prefix}-title`} name="title" label={labels.title} state={state} defaultValue={meeting?.title} required />
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id={`${prefix}-date`} name="date" label={labels.date} type="date" state={state} defaultValue={meeting?.date} required />
          <Field id={`${prefix}-time`} name="time" label={labels.time} type="time" state={state} defaultValue={meeting?.time} description={t("timeHelp")} required />
        </div>
        <Field id={`${prefix}-place`} name="place" label={labels.place} state={state} defaultValue={meeting?.place} description={t("placeHelp")} />
        <Field id={`${prefix}-videoLink`} name="videoLink" label={labels.videoLink} type="url" state={state} defaultValue={meeting?.videoLink ?? undefined} description={t("videoLinkHelp")} />
        <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>{meeting ? t("saveChanges") : t("createMeeting")}</button>
      </form>
    </FormDetails>
  );
}

/** Publishes the agenda; stays on the page afterwards so the confirmation stays with it. */
export function PublishAgenda({ meetingId, version, publishedAt }: { meetingId: string; version: number; publishedAt: string | null }) {
  const [state, action, pending] = useActionState(publishAgendaAction, null);
  const t = useText("votingForms");
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
      {publishedAt
        ? <p className="ds-paragraph">{t("publishedAt", { at: publishedAt })}</p>
        : <>
            <p className="ds-paragraph">{t("publishHelp")}</p>
            <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>{t("publish")}</button>
          </>}
      <FormOutcome state={state} prefix="publiser" />
    </form>
  );
}

/** Up and down buttons for one case on the agenda. */
export function MoveCase({ meetingId, caseId, number, version, first, last }: { meetingId: string; caseId: string; number: string; version: number; first: boolean; last: boolean }) {
  const [state, action, pending] = useActionState(moveCaseAction, null);
  const t = useText("votingForms");
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="version" value={version} />
      {!first && <button type="submit" name="direction" value="up" className="ds-button" data-variant="secondary" data-size="sm" disabled={pending}>{t("moveUp", { number })}</button>}
      {!last && <button type="submit" name="direction" value="down" className="ds-button" data-variant="secondary" data-size="sm" disabled={pending}>{t("moveDown", { number })}</button>}
      {state && !state.ok && <p role="alert" className="ds-validation-message" data-color="danger">{state.message}</p>}
    </form>
  );
}

/** Who is present: a checkbox per member; the server counts the vote units against the body's quorum. */
export function AttendanceForm({ meetingId, version, members }: { meetingId: string; version: number; members: { id: string; label: string; present: boolean }[] }) {
  const [state, action, pending] = useActionState(attendanceAction, null);
  const remount = useRemountKey(state);
  const t = useText("votingForms");
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
      <fieldset key={remount} className="ds-fieldset">
        <legend className="ds-label">{t("present")}</legend>
        <ul className="grid gap-1 sm:grid-cols-2">
          {members.map((m) => (
            <li key={m.id}>
              <label className="flex items-center gap-2">
                <input type="checkbox" className="ds-input" name="present" value={m.id} defaultChecked={m.present} /> {m.label}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>{t("recordAttendance")}</button>
      <FormOutcome state={state} prefix="oppmote" />
    </form>
  );
}

export function ApproveMinutes({ meetingId, earlier }: { meetingId: string; earlier: { id: string; title: string }[] }) {
  const [state, action, pending] = useActionState(approveMinutesAction, null);
  const remount = useRemountKey(state);
  const t = useText("votingForms");
  return (
    <form action={action} className="space-y-3 max-w-xl">
      <input type="hidden" name="meetingId" value={meetingId} />
      <SelectField id="protokoll-minutesOfId" name="minutesOfId" label={t("minutesToApprove")} state={state} remount={remount}
        fallback={earlier[0]?.id} options={earlier.map((m) => [m.id, m.title] as const)} />
      <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>{t("approveMinutes")}</button>
      <FormOutcome state={state} prefix="protokoll" />
    </form>
  );
}
