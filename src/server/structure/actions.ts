"use server";
// Public POST endpoints: each authenticates (currentUser), and the called function authorizes,
// validates with zod and writes with its audit entry in one transaction.
import { revalidatePath } from "next/cache";
import { errors } from "@/lib/messages";
import type { ActionResult } from "../action-result";
import { currentUser } from "../auth/session";
import { db } from "../db";
import { addGroupMember, removeGroupMember } from "./group-members";

const fields = (form: FormData, names: string[]) => Object.fromEntries(names.map((n) => [n, form.get(n) ?? undefined]));

export async function addGroupMemberAction(_prev: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const user = await currentUser();
  if (!user) return { ok: false, message: errors.notSignedIn };
  const result = await addGroupMember(db(), user, fields(form, ["groupId", "version", "name", "role"]));
  revalidatePath(`/min-side/grupper/${String(form.get("groupId"))}`);
  return result;
}

export async function removeGroupMemberAction(_prev: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const user = await currentUser();
  if (!user) return { ok: false, message: errors.notSignedIn };
  const result = await removeGroupMember(db(), user, fields(form, ["groupId", "version", "memberId"]));
  revalidatePath(`/min-side/grupper/${String(form.get("groupId"))}`);
  return result;
}
