"use server";
// Public POST endpoints for people and access. runAction authenticates; the feature functions authorize
// with the administration rules, validate with zod and write with their audit entries in one transaction.
import { cookies } from "next/headers";
import type { ActionResult } from "../action-result";
import { PENDING_LINK_COOKIE } from "../auth/options";
import { currentUser } from "../auth/session";
import { db } from "../db";
import { env } from "../env";
import { mailerFromEnv } from "../mail";
import { asForm, formFields, runAction } from "../run-action";
import { limitedCheck } from "../rate-limit";
import { logRefusal } from "../security-log";
import { invitationError } from "@/lib/messages/access";
import { createCounty } from "../structure/counties";
import { invitationActions } from "./invitations";
import { checkInvitationToken, createLinkRequest, LINK_MINUTES } from "./links";
import { deactivateUser, grantRole, reactivateUser, revokeRole } from "./roles";

type State = ActionResult<unknown> | null;
const pages = (form: FormData) => ["/min-side/admin", "/min-side/profil", `/min-side/tilgang/${String(form.get("countySlug") ?? "")}`];

function invitations() {
  const e = env();
  return invitationActions({ mailer: mailerFromEnv(e), portalUrl: e.NEXTAUTH_URL ?? "http://localhost:3000", days: e.DEKOM_INVITATION_DAYS });
}

export async function inviteAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  const fields = ["countyId", "name", "email", "role1", "scope1", "role2", "scope2", "role3", "scope3"];
  return runAction(invitations().create, formFields(form, fields), pages(form), "inviteAction");
}

export async function resendInvitationAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(invitations().resend, formFields(form, ["invitationId", "version"]), pages(form), "resendInvitationAction");
}

export async function withdrawInvitationAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(invitations().withdraw, formFields(form, ["invitationId", "version"]), pages(form), "withdrawInvitationAction");
}

export async function grantRoleAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(grantRole, formFields(form, ["userId", "role", "scope"]), pages(form), "grantRoleAction");
}

export async function revokeRoleAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(revokeRole, formFields(form, ["assignmentId"]), pages(form), "revokeRoleAction");
}

export async function deactivateUserAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(deactivateUser, formFields(form, ["userId"]), pages(form), "deactivateUserAction");
}

export async function reactivateUserAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(reactivateUser, formFields(form, ["userId"]), pages(form), "reactivateUserAction");
}

export async function createCountyAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(createCounty, formFields(form, ["name", "governorName"]), ["/", "/min-side/admin"], "createCountyAction");
}

async function setPendingToken(token: string) {
  (await cookies()).set(PENDING_LINK_COOKIE, token, {
    httpOnly: true, sameSite: "lax", secure: (env().NEXTAUTH_URL ?? "").startsWith("https:"), path: "/api/auth", maxAge: LINK_MINUTES * 60,
  });
}

/** The invitation page, before the provider is opened: anyone holding the link may start accepting it. */
export async function startAcceptingAction(token: string): Promise<ActionResult> {
  const check = await limitedCheck("invitation", () => checkInvitationToken(db(), token, new Date()), (c) => !c.ok,
    { ok: false, message: invitationError["for-mange-forsok"] });
  if (check.ok) await setPendingToken(token);
  return check;
}

/** "Koble til en innlogging til": the signed-in user's next login is linked to her. */
export async function startLinkingAction(): Promise<ActionResult> {
  const user = await currentUser();
  const request = await createLinkRequest(db(), user, new Date());
  if (!request.ok) {
    logRefusal({ action: "startLinkingAction", userId: user?.id ?? null, reason: user ? "refused" : "not-signed-in" });
    return request;
  }
  await setPendingToken(request.token);
  return { ok: true, message: "" };
}
