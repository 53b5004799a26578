import { defineConfig, devices } from "@playwright/test";

// `npm test` provisions the database and Chromium and sets these; see scripts/test.ts.
const databaseUrl = process.env.E2E_DATABASE_URL;
if (!databaseUrl)
  throw new Error("E2E_DATABASE_URL is not set: run the end-to-end tests with `npm test`.");
// Specs seed and read through lib/, against the same database as the server.
process.env.DATABASE_URL = databaseUrl;

const port = Number(process.env.E2E_PORT ?? 3100);
const mailPort = Number(process.env.E2E_MAIL_PORT ?? 3199);
export const baseURL = `http://localhost:${port}`;
export const mailboxURL = `http://127.0.0.1:${mailPort}`;
process.env.E2E_MAILBOX_URL = mailboxURL;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    {
      command: `node_modules/.bin/tsx e2e/support/fake-resend-server.ts --port ${mailPort}`,
      url: `${mailboxURL}/`,
      reuseExistingServer: false,
      stdout: "ignore",
    },
    {
      command: `node_modules/.bin/next start -p ${port}`,
      url: `${baseURL}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore",
      env: {
        DATABASE_URL: databaseUrl,
        APP_URL: baseURL,
        AUTH_URL: baseURL,
        AUTH_SECRET: "e2e-only-secret-0123456789abcdef0123456789abcdef",
        AUTH_TRUST_HOST: "true",
        RESEND_API_KEY: "re_e2e_fake",
        RESEND_BASE_URL: mailboxURL,
        MAIL_RETRY_DELAY_SECONDS: "1",
        LOG_LEVEL: "warn",
        // Specs play users on different networks (e2e/support/test.ts sends X-Forwarded-For):
        // trust the header's first entry here, as no real proxy stands in front.
        TRUSTED_PROXY_COUNT: "99",
      },
    },
  ],
});
