// Invitations: Statsforvalteren (or a skoleutvikler, or the system administrator) invites a person by name
// and e-mail with roles and scopes. The link is single-use and expires; accepting it (src/server/auth/
// sign-in.ts) links the login the person chose, whatever the provider, to the invited user.
import { grantShapeProblem, mayAdminister, type Actor, type GrantTarget } from "@/domain/authorization";
import { formatDate } from "@/lib/format";
import { errors } from "@/i18n/server-text";
import { access, grantShapeMessage, levelLabel, roleName } from "@/lib/messages/access";
import type { ActionResult } from "../action-result";
import { recordAudit } from "../audit";
import type { Mailer } from "../mail";
import { claimVersion, guarded, refuse, type Tx } from "../transaction";
import { idsOf, resolveScope } from "./scope";
import { invitationSchema, inviteSchema } from "./schemas";
import { invitationLink, newToken } from "./tokens";
import { log } from "../log";

export type InvitationDeps = { mailer: Mailer | null; portalUrl: string; days: number };

/** The key that is set while an invitation is open: one open invitation per person and county. */
const openKeyOf = (countyId: string | null, email: string) => `${countyId ?? "installation"}:${email}`;

type Described = GrantTarget & { label: string };

/** Sends the invitation e-mail inside the transaction: if it cannot be sent, nothing is saved. */
async function deliver(deps: InvitationDeps, inviter: string, to: { name: string; email: string }, roles: string[], token: string, expiresAt: Date) {
  const link = invitationLink(deps.portalUrl, token);
  if (!deps.mailer) return { sent: false, link };
  try {
    await deps.mailer.send({ to: [to.email], subject: access.mailSubject,
      text: access.mailText({ name: to.name, inviter, roles, link, expires: formatDate(expiresAt) }) });
  } catch (error) {
    log.error({ event: "invitation.mail-failed", message: error instanceof Error ? error.message : String(error) });
    throw refuse(access.mailFailed);
  }
  return { sent: true, link };
}

async function inviterName(tx: Tx, actor: Actor) {
  return (await tx.user.findUnique({ where: { id: actor.id }, select: { name: true } }))?.name ?? "DEKOM-portalen";
}

/** The invitation's roles as the rules and the e-mail take them; refuses one that the actor may not manage. */
async function describeGrants(tx: Tx, actor: Actor, grants: { role: GrantTarget["role"]; countyId: string | null; regionId: string | null; schoolOwnerId: string | null; schoolId: string | null }[]) {
  const described: Described[] = [];
  for (const g of grants) {
    const resolved = await resolveScope(tx, idsOf(g));
    if (!resolved) throw refuse(errors.notFound);
    const target = { role: g.role, scope: resolved.scope };
    if (!mayAdminister(actor, target)) throw refuse(errors.forbidden);
    described.push({ ...target, label: `${roleName(g.role)} – ${resolved.name}` });
  }
  return described;
}

export function invitationActions(deps: InvitationDeps) {
  const create = guarded(inviteSchema, async (tx, actor, input, now): Promise<ActionResult<{ link?: string; invitationId: string }>> => {
    const countyId = input.countyId ?? null;
    const described: Described[] = [];
    for (const g of input.grants) {
      const shape = grantShapeProblem(g.role, g.ids);
      if (shape) throw refuse(grantShapeMessage[shape], { [`scope${g.row}`]: [grantShapeMessage[shape]] });
      const resolved = await resolveScope(tx, g.ids);
      if (!resolved) throw refuse(access.scopeNotFound, { [`scope${g.row}`]: [access.scopeNotFound] });
      const target = { role: g.role, scope: resolved.scope };
      if (!mayAdminister(actor, target)) throw refuse(access.notAllowedToGive, { [`role${g.row}`]: [access.notAllowedToGive] });
      if ((resolved.scope?.countyId ?? null) !== countyId) throw refuse(access.scopeOutsideCounty, { [`scope${g.row}`]: [access.scopeOutsideCounty] });
      described.push({ ...target, label: `${roleName(g.role)} – ${resolved.name} (${levelLabel[resolved.level].toLowerCase()})` });
    }
    const existing = await tx.user.findUnique({ where: { email: input.email } });
    if (existing?.deactivatedAt) throw refuse(access.invitationToDeactivated, { email: [access.invitationToDeactivated] });
    const openKey = openKeyOf(countyId, input.email);
    // An expired invitation no longer blocks a new one; an open one does (the unique openKey holds under races).
    await tx.invitation.updateMany({ where: { openKey, expiresAt: { lte: now } }, data: { openKey: null } });
    if (await tx.invitation.findUnique({ where: { openKey } })) throw refuse(access.duplicateInvitation, { email: [access.duplicateInvitation] });
    const { token, hash } = newToken();
    const expiresAt = new Date(now.getTime() + deps.days * 86_400_000);
    const invitation = await tx.invitation.create({
      data: {
        kind: "INVITE", tokenHash: hash, openKey, email: input.email, name: input.name, countyId, invitedById: actor.id, createdAt: now, expiresAt,
        grants: { create: input.grants.map((g) => ({ role: g.role, ...g.ids })) },
      },
    });
    const mail = await deliver(deps, await inviterName(tx, actor), input, described.map((d) => d.label), token, expiresAt);
    if (mail.sent) await tx.invitation.update({ where: { id: invitation.id }, data: { sentAt: now } });
    await recordAudit(tx, {
      actorId: actor.id, action: "invitation.create", entityType: "Invitation", entityId: invitation.id,
      after: { email: input.email, name: input.name, countyId, grants: input.grants.map((g) => ({ role: g.role, ...g.ids })), expiresAt, sent: mail.sent },
    });
    return mail.sent
      ? { ok: true, message: access.invited(input.name, input.email), data: { invitationId: invitation.id } }
      : { ok: true, message: access.invitedNoMail(input.name), data: { invitationId: invitation.id, link: mail.link } };
  });

  /** Loads an open invitation the actor may manage (every role in it), claiming its version. */
  async function openInvitation(tx: Tx, actor: Actor, invitationId: string, version: number) {
    const invitation = await tx.invitation.findUnique({ where: { id: invitationId }, include: { grants: true } });
    if (!invitation || invitation.kind !== "INVITE") throw refuse(errors.notFound);
    const described = await describeGrants(tx, actor, invitation.grants);
    await claimVersion(tx.invitation, invitation.id, version, access.invitationChanged);
    if (invitation.acceptedAt || invitation.withdrawnAt) throw refuse(access.invitationClosed);
    return { invitation, described };
  }

  const resend = guarded(invitationSchema, async (tx, actor, input, now): Promise<ActionResult<{ link?: string }>> => {
    const { invitation, described } = await openInvitation(tx, actor, input.invitationId, input.version);
    const { token, hash } = newToken();
    const expiresAt = new Date(now.getTime() + deps.days * 86_400_000);
    const openKey = openKeyOf(invitation.countyId, invitation.email);
    await tx.invitation.updateMany({ where: { openKey, id: { not: invitation.id }, expiresAt: { lte: now } }, data: { openKey: null } });
    await tx.invitation.update({ where: { id: invitation.id }, data: { tokenHash: hash, expiresAt, openKey } });
    const mail = await deliver(deps, await inviterName(tx, actor), invitation, described.map((d) => d.label), token, expiresAt);
    if (mail.sent) await tx.invitation.update({ where: { id: invitation.id }, data: { sentAt: now } });
    await recordAudit(tx, { actorId: actor.id, action: "invitation.resend", entityType: "Invitation", entityId: invitation.id,
      before: { expiresAt: invitation.expiresAt }, after: { expiresAt, sent: mail.sent } });
    return mail.sent ? { ok: true, message: access.resent(invitation.email) } : { ok: true, message: access.resentNoMail, data: { link: mail.link } };
  });

  const withdraw = guarded(invitationSchema, async (tx, actor, input, now) => {
    const { invitation } = await openInvitation(tx, actor, input.invitationId, input.version);
    await tx.invitation.update({ where: { id: invitation.id }, data: { withdrawnAt: now, openKey: null } });
    await recordAudit(tx, { actorId: actor.id, action: "invitation.withdraw", entityType: "Invitation", entityId: invitation.id,
      before: { open: true }, after: { withdrawnAt: now } });
    return { ok: true as const, message: access.withdrawn(invitation.name) };
  });

  return { create, resend, withdraw };
}
