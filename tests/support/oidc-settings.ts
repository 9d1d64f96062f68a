// Shared by the OIDC test provider and the Playwright config.
export const OIDC_PORT = Number(process.env.OIDC_TEST_PORT ?? 3109);
export const OIDC_ISSUER = `http://127.0.0.1:${OIDC_PORT}`;
export const OIDC_CLIENT_ID = "dekom-e2e";
export const OIDC_CLIENT_SECRET = "e2e-secret-not-for-production-0123456789";
