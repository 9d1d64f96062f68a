"use server";
// Public POST endpoints for allocations. runAction authenticates; the feature functions authorize
// (Statsforvalteren in the county), validate with zod and write with their audit entries in one transaction.
import type { ActionResult } from "../action-result";
import { asForm, formFields, runAction } from "../run-action";
import { approveAll, decideAllocation, recordPayout } from "./decisions";
import { recordGrant } from "./grant";
import { correctCoFinancing, recordCoFinancing, setKey, withdrawCoFinancing } from "./key";

type State = ActionResult<unknown> | null;
const PAGES = ["/min-side/tildelinger/[fylke]", "/fylker/[fylke]/tildelinger", "/min-side"];
const yearPages = (_form: FormData) => [...PAGES, "/min-side/tildelinger/[fylke]/[year]", "/min-side/tildelinger/[fylke]/[year]/[region]"];

export async function recordGrantAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  const fields = ["countyId", "schemeId", "year", "amount", "receivedOn", "letterRef", "networkShare", "agreedBy", "agreedOn", "agreementRef", "version"];
  return runAction(recordGrant, formFields(form, fields), yearPages(form), "recordGrantAction");
}

export async function decideAllocationAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(decideAllocation, formFields(form, ["allocationId", "version", "decision", "reason"]), yearPages(form), "decideAllocationAction");
}

export async function approveAllAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(approveAll, formFields(form, ["grantId"], ["items"]), yearPages(form), "approveAllAction");
}

export async function recordPayoutAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(recordPayout, formFields(form, ["allocationId", "version", "paidOn", "reference"]), yearPages(form), "recordPayoutAction");
}

export async function setKeyAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  const shares = [...form.keys()].filter((k) => k.startsWith("share:")).map((k) => ({ regionId: k.slice(6), value: form.get(k) }));
  return runAction(setKey, { ...formFields(form, ["periodId", "schemeId", "basedOnKeyId", "fromYear", "basis", "decisionRef", "decidedOn"]), shares }, PAGES, "setKeyAction");
}

export async function recordCoFinancingAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(recordCoFinancing, formFields(form, ["schoolOwnerId", "schemeId", "year", "kind", "amount", "description"]), yearPages(form), "recordCoFinancingAction");
}

export async function correctCoFinancingAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(correctCoFinancing, formFields(form, ["coFinancingId", "version", "kind", "amount", "description"]), yearPages(form), "correctCoFinancingAction");
}

export async function withdrawCoFinancingAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(withdrawCoFinancing, formFields(form, ["coFinancingId", "version", "reason"]), yearPages(form), "withdrawCoFinancingAction");
}
