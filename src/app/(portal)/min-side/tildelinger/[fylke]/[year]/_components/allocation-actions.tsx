"use client";
import { useActionState, useId } from "react";
import { ActionStatus, ConfirmSubmit, Field, FormDetails } from "@/components/form-parts";
import { useText } from "@/i18n/client";
import { approveAllAction, decideAllocationAction, recordPayoutAction } from "@/server/allocations/actions";

type Row = { id: string; version: number; region: string; status: "DRAFT" | "APPROVED" | "REJECTED" | "NEEDS_REAPPROVAL"; year: number; paidInFull: boolean };

function Hidden({ row }: { row: Row }) {
  return (
    <>
      <input type="hidden" name="allocationId" value={row.id} />
      <input type="hidden" name="version" value={row.version} />
      <input type="hidden" name="year" value={row.year} />
    </>
  );
}

/** Approve, reject (with a reason), reopen or pay one region's allocation, in place in the table. */
export function AllocationActions({ row, today }: { row: Row; today: string }) {
  const [state, action, pending] = useActionState(decideAllocationAction, null);
  const [payState, payAction, paying] = useActionState(recordPayoutAction, null);
  const uid = useId();
  const t = useText("allocationForms");
  const waiting = row.status === "DRAFT" || row.status === "NEEDS_REAPPROVAL";
  return (
    <div className="flex flex-col gap-2 items-start">
      {waiting && (
        <form action={action}>
          <Hidden row={row} />
          <button name="decision" value="approve" type="submit" className="ds-button" data-size="sm" data-variant="primary" disabled={pending}>
            {t("approve")} <span className="sr-only">{row.region}</span>
          </button>
        </form>
      )}
      {waiting && (
        <FormDetails states={state} summary={<>{t("reject")} <span className="sr-only">{row.region}</span></>} className="ds-details w-full">
          <form action={action} className="p-2 space-y-2" noValidate>
            <Hidden row={row} />
            <Field id={`${uid}-reason`} name="reason" label={t("reason")} state={state} required />
            <button name="decision" value="reject" type="submit" className="ds-button" data-size="sm" data-variant="secondary" disabled={pending}>
              {t("rejectSubmit")}
            </button>
          </form>
        </FormDetails>
      )}
      {(row.status === "APPROVED" || row.status === "REJECTED") && (
        <form action={action}>
          <Hidden row={row} />
          <ConfirmSubmit name="decision" value="reopen" size="sm" variant="tertiary" disabled={pending}
            question={t("reopenQuestion", { region: row.region })} confirm={t("reopenConfirm")}>
            {t("reopen")} <span className="sr-only">{row.region}</span>
          </ConfirmSubmit>
        </form>
      )}
      {row.status === "APPROVED" && !row.paidInFull && (
        <FormDetails states={payState} summary={<>{t("payout")} <span className="sr-only">{t("payoutTo", { region: row.region })}</span></>} className="ds-details w-full">
          <form action={payAction} className="p-2 space-y-2" noValidate>
            <Hidden row={row} />
            <Field id={`${uid}-paidOn`} name="paidOn" label={t("paidOn")} type="date" defaultValue={today} state={payState} required />
            <Field id={`${uid}-ref`} name="reference" label={t("reference")} state={payState} required />
            <button type="submit" className="ds-button" data-size="sm" data-variant="secondary" disabled={paying}>{t("register")}</button>
          </form>
        </FormDetails>
      )}
      <ActionStatus state={state} className="mt-1" />
      <ActionStatus state={payState} className="mt-1" />
    </div>
  );
}

export function ApproveAll({ grantId, year, items }: { grantId: string; year: number; items: string[] }) {
  const [state, action, pending] = useActionState(approveAllAction, null);
  const t = useText("allocationForms");
  if (items.length === 0 && !state) return null;
  return (
    <form action={action}>
      <input type="hidden" name="grantId" value={grantId} />
      <input type="hidden" name="year" value={year} />
      {items.map((i) => <input key={i} type="hidden" name="items" value={i} />)}
      {items.length > 0 && (
        <ConfirmSubmit disabled={pending} question={t("approveAllQuestion", { count: items.length })} confirm={t("approveAllConfirm", { count: items.length })}>
          {t("approveAll", { count: items.length })}
        </ConfirmSubmit>
      )}
      {/* "All approved" is only true while nothing waits again (a later grant change sends them back). */}
      {state && (!state.ok || items.length === 0) && <ActionStatus state={state} />}
    </form>
  );
}
