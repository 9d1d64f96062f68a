import { defineConfig } from "@playwright/test";
import {
  DEMO_PORTAL, EMPTY_PORTAL, MAILBOX_HTTP_PORT, MAILBOX_SMTP_PORT, OIDC_B_ISSUER, OIDC_B_PORT, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_ISSUER, OIDC_PORT,
} from "./tests/support/oidc-settings";

export const BASE_URL = DEMO_PORTAL;

const oidcServer = (port: number, email: boolean) => ({
  command: "node_modules/.bin/tsx tests/support/oidc-server.ts",
  url: `http://127.0.0.1:${port}/.well-known/openid-configuration`,
  env: { OIDC_TEST_PORT: String(port), OIDC_TEST_EMAIL: String(email) },
  reuseExistingServer: false,
  timeout: 30_000,
});

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: BASE_URL,
    locale: "nb-NO",
    timezoneId: "Europe/Oslo",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium" }],
  // Started one after another: the first portal builds, the second finds the build current.
  webServer: [
    oidcServer(OIDC_PORT, true),
    oidcServer(OIDC_B_PORT, false),
    {
      command: "node_modules/.bin/tsx tests/support/mailbox.ts",
      url: `http://127.0.0.1:${MAILBOX_HTTP_PORT}/messages`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // The README's start command, on its own data folder and a fresh demo database each run.
      command: "node_modules/.bin/tsx scripts/start.ts",
      url: `${DEMO_PORTAL}/`,
      env: {
        PORT: "3100",
        DEKOM_DATA_DIR: ".data/e2e",
        DEKOM_DB_PORT: "54331",
        DEKOM_FRESH: "true",
        // As behind one load balancer: the tests name their own address in X-Forwarded-For.
        DEKOM_PROXY_HOPS: "1",
        DEKOM_SUPPORT_EMAIL: "brukerstotte@dekom.example",
        NEXTAUTH_URL: DEMO_PORTAL,
        OIDC_ISSUER,
        OIDC_CLIENT_ID,
        OIDC_CLIENT_SECRET,
        OIDC_NAME: "Test-ID",
      },
      reuseExistingServer: false,
      timeout: 300_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      // A new installation: the same command on an empty database, no demo data, no demo sign-in, two
      // identity providers side by side (A sends e-mail claims, B does not, as ID-porten) and e-mail.
      command: "node_modules/.bin/tsx scripts/start.ts",
      url: `${EMPTY_PORTAL}/`,
      env: {
        PORT: "3101",
        DEKOM_DATA_DIR: ".data/e2e-empty",
        DEKOM_DB_PORT: "54332",
        DEKOM_FRESH: "true",
        DEKOM_SEED: "false",
        NEXTAUTH_URL: EMPTY_PORTAL,
        OIDC_PROVIDERS: "TESTA,TESTB,TESTC",
        OIDC_TESTA_ISSUER: OIDC_ISSUER,
        OIDC_TESTA_CLIENT_ID: OIDC_CLIENT_ID,
        OIDC_TESTA_CLIENT_SECRET: OIDC_CLIENT_SECRET,
        OIDC_TESTA_NAME: "Feide (test)",
        OIDC_TESTB_ISSUER: OIDC_B_ISSUER,
        OIDC_TESTB_CLIENT_ID: OIDC_CLIENT_ID,
        OIDC_TESTB_CLIENT_SECRET: OIDC_CLIENT_SECRET,
        OIDC_TESTB_NAME: "ID-porten (test)",
        // A provider that is down: nothing listens on this port.
        OIDC_TESTC_ISSUER: "http://127.0.0.1:3111",
        OIDC_TESTC_CLIENT_ID: OIDC_CLIENT_ID,
        OIDC_TESTC_CLIENT_SECRET: OIDC_CLIENT_SECRET,
        OIDC_TESTC_NAME: "Entra ID (nede)",
        SMTP_HOST: "127.0.0.1",
        SMTP_PORT: String(MAILBOX_SMTP_PORT),
      },
      reuseExistingServer: false,
      timeout: 300_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
