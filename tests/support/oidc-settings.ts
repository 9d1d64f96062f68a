// Shared by the OIDC test providers and the Playwright config.
export const OIDC_PORT = Number(process.env.OIDC_TEST_PORT ?? 3109);
export const OIDC_ISSUER = `http://127.0.0.1:${OIDC_PORT}`;
/** A second provider that sends no e-mail claim (as ID-porten), for the empty-installation tests. */
export const OIDC_B_PORT = 3110;
export const OIDC_B_ISSUER = `http://127.0.0.1:${OIDC_B_PORT}`;
export const OIDC_CLIENT_ID = "dekom-e2e";
export const OIDC_CLIENT_SECRET = "e2e-secret-not-for-production-0123456789";

/** The portals the tests start: the demo one (3100) and the empty installation (3101). */
export const DEMO_PORTAL = "http://127.0.0.1:3100";
export const EMPTY_PORTAL = "http://127.0.0.1:3101";
export const PORTAL_CALLBACKS = [
  `${DEMO_PORTAL}/api/auth/callback/oidc`,
  `${EMPTY_PORTAL}/api/auth/callback/testa`,
  `${EMPTY_PORTAL}/api/auth/callback/testb`,
];

/** The SMTP server the empty installation sends invitations to, and where the tests read them. */
export const MAILBOX_SMTP_PORT = 3125;
export const MAILBOX_HTTP_PORT = 3126;
