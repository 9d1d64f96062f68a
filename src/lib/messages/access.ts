// Text of the people-and-access pages and rules, in the language of the request (the catalogue's "access" keys;
// the forms read "accessForms"). Domain rules return codes; these turn them into words. The invitation e-mail is
// written in the inviter's language.
import type { DeactivateProblem, GrantShapeProblem, Level, Role } from "@/domain/authorization";
import { lazyText, msg } from "@/i18n/server-text";

export const roleName = (role: Role) => msg(`roles.${role}`);

export const levelLabel = lazyText(["installation", "county", "region", "owner", "school"] as const, (l) => msg(`accessForms.level.${l}`)) as Record<Level, string>;

export const grantShapeMessage = lazyText(["scope-missing", "scope-wrong-level"] as const, (p) => msg(p === "scope-missing" ? "access.shape.scopeMissing" : "access.shape.scopeWrongLevel")) as Record<GrantShapeProblem, string>;

export const deactivateMessage = lazyText(["self", "not-yours"] as const, (p) => msg(p === "self" ? "access.deactivate.self" : "access.deactivate.notYours")) as Record<DeactivateProblem, string>;

const REFUSALS = [
  "notAllowedToGive", "notAllowedToTake", "scopeNotFound", "scopeOutsideCounty", "roleAlreadyHeld", "userNotFound", "userDeactivated", "invitationToDeactivated",
  "duplicateInvitation", "noRoles", "invitationClosed", "invitationChanged", "mailFailed", "alreadyDeactivated", "notDeactivated", "resentNoMail", "countyExists",
] as const;

// The refusals are read when used (getters), so each is in the language of the request at that moment.
export const access = Object.assign(lazyText([...REFUSALS, "mailSubject"] as const, (k) => (k === "mailSubject" ? msg("access.mail.subject") : msg(`access.server.${k}`))), {
  lastGovernor: (county: string) => msg("access.server.lastGovernor", { county }),
  invited: (name: string, email: string) => msg("access.server.invited", { name, email }),
  invitedNoMail: (name: string) => msg("access.server.invitedNoMail", { name }),
  resent: (email: string) => msg("access.server.resent", { email }),
  withdrawn: (name: string) => msg("access.server.withdrawn", { name }),
  granted: (role: string, name: string) => msg("access.server.granted", { role, name }),
  revoked: (role: string, name: string) => msg("access.server.revoked", { role, name }),
  deactivated: (name: string) => msg("access.server.deactivated", { name }),
  reactivated: (name: string) => msg("access.server.reactivated", { name }),
  countyCreated: (name: string) => msg("access.server.countyCreated", { name }),
  mailText: (p: { name: string; inviter: string; roles: string[]; link: string; expires: string }) =>
    msg("access.mail.text", { name: p.name, inviter: p.inviter, count: p.roles.length, roles: p.roles.map((r) => `- ${r}`).join("\n"), link: p.link, expires: p.expires }),
});

/** Why a login with an invitation link did not go through (codes from src/server/auth/sign-in.ts), from the sign-in page's "signIn.errors". */
const INVITATION_ERRORS = ["invitasjon-ugyldig", "invitasjon-utlopt", "invitasjon-brukt", "invitasjon-trukket", "for-mange-forsok", "identitet-i-bruk", "bruker-deaktivert"] as const;
export const invitationError = lazyText(INVITATION_ERRORS, (code) => msg(`signIn.errors.${code}`));

/** The sign-in page's ?feil= code (next-auth's, or a refused invitation's) as a catalogue key (signIn.errors); unknown codes get the general one. Own keys only: "?feil=__proto__" must not find Object's prototype and break the page. */
const SIGN_IN_ERROR_CODES = ["ukjent-bruker", "ingen-rolle", "demo-av", "CredentialsSignin", "OAuthSignin", "OAuthCallback", "AccessDenied", "Default", ...INVITATION_ERRORS] as const;
export type SignInErrorCode = (typeof SIGN_IN_ERROR_CODES)[number];
export function signInErrorCode(code: string): SignInErrorCode {
  return (SIGN_IN_ERROR_CODES as readonly string[]).includes(code) ? (code as SignInErrorCode) : "Default";
}
