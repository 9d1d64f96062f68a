import { defineConfig } from "@playwright/test";
import { OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_ISSUER, OIDC_PORT } from "./tests/support/oidc-settings";

const PORT = 3100;
export const BASE_URL = `http://127.0.0.1:${PORT}`;

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
  webServer: [
    {
      command: "node_modules/.bin/tsx tests/support/oidc-server.ts",
      url: `${OIDC_ISSUER}/.well-known/openid-configuration`,
      env: { OIDC_TEST_PORT: String(OIDC_PORT), PORTAL_URL: BASE_URL },
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // The README's start command, on its own data folder and a fresh database each run.
      command: "node_modules/.bin/tsx scripts/start.ts",
      url: `${BASE_URL}/`,
      env: {
        PORT: String(PORT),
        DEKOM_DATA_DIR: ".data/e2e",
        DEKOM_DB_PORT: "54331",
        DEKOM_FRESH: "true",
        NEXTAUTH_URL: BASE_URL,
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
  ],
});
