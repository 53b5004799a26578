import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS } from "./scripts/lib/chromium";

// `npm test` provisions the database and Chromium and sets these; see scripts/test.ts.
const databaseUrl = process.env.E2E_DATABASE_URL;
if (!databaseUrl)
  throw new Error("E2E_DATABASE_URL is not set: run the end-to-end tests with `npm test`.");
// Specs seed and read through lib/, against the same database as the server.
process.env.DATABASE_URL = databaseUrl;

const port = Number(process.env.E2E_PORT ?? 3100);
const mailPort = Number(process.env.E2E_MAIL_PORT ?? 3199);
export const baseURL = `http://localhost:${port}`;
process.env.E2E_BASE_URL = baseURL;
export const mailboxURL = `http://127.0.0.1:${mailPort}`;
process.env.E2E_MAILBOX_URL = mailboxURL;
// A second server with no proxy in front, started as README's production command: specs that
// need the socket address (not a forwarded one) or the plain production start use it.
const directPort = port + 1;
export const directURL = `http://localhost:${directPort}`;
process.env.E2E_DIRECT_URL = directURL;

// Each server's stdout and stderr go to a file, so specs can read what the server logged
// (e.g. that no secret is ever written there). Fixed paths: workers load this config too.
const logDir = resolve(".test-data/e2e-logs");
mkdirSync(logDir, { recursive: true });
const serverLog = `${logDir}/server-${port}.log`;
const directServerLog = `${logDir}/server-${directPort}.log`;
process.env.E2E_SERVER_LOG = serverLog;
process.env.E2E_DIRECT_SERVER_LOG = directServerLog;

// The specs that talk to the direct server (E2E_DIRECT_URL).
const loopbackSpecs = /(brute-force|client-address|production-start)\.spec\.ts$/;
// Starts two instances of its own behind nginx (E2E_PORT + 2…4) and points its worker's
// database at theirs: a project of its own, so that worker runs nothing else.
const fleetSpec = /two-instances\.spec\.ts$/;

const secret = "e2e-only-secret-0123456789abcdef0123456789abcdef";
// e2e/support/session.ts signs users in with it, as the servers' Auth.js does.
process.env.E2E_AUTH_SECRET = secret;
// What README's production command sets, plus where the fake Resend listens and quicker retries.
const productionEnv = (url: string, port: number) => ({
  DATABASE_URL: databaseUrl,
  AUTH_SECRET: secret,
  RESEND_API_KEY: "re_e2e_fake",
  APP_URL: url,
  PORT: String(port),
  RESEND_BASE_URL: mailboxURL,
  MAIL_RETRY_DELAY_SECONDS: "1",
  // staff notifications and background polls (bell, new tickets, presence) within seconds
  NOTIFICATION_BATCH_SECONDS: "3",
  BACKGROUND_POLL_SECONDS: "2",
  LOG_LEVEL: "warn",
});

export default defineConfig({
  // Specs import db/client.ts, which is server-only: tsconfig.node.json says why.
  tsconfig: "./tsconfig.node.json",
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
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    // First, so its instances start (two servers booting and migrating at once, a burst on a
    // 2-core machine) while the chromium specs run, and have stopped before the loopback specs,
    // whose timing comparisons a burst would skew. Its one worker is busy ~2.5 minutes.
    { name: "two-instances", testMatch: fleetSpec, use: { ...devices["Desktop Chrome"] } },
    {
      name: "chromium",
      testIgnore: [loopbackSpecs, fleetSpec],
      use: { ...devices["Desktop Chrome"] },
    },
    // Every request these specs send to the direct server comes from the one loopback address,
    // so they share its per-address limits: one at a time, or one spec's guesses lock out the
    // next one's login. They run beside the rest, whose users have addresses of their own.
    {
      name: "chromium-loopback",
      testMatch: loopbackSpecs,
      workers: 1,
      use: { ...devices["Desktop Chrome"] },
    },
  ],
  webServer: [
    {
      command: `node_modules/.bin/tsx e2e/support/fake-resend-server.ts --port ${mailPort}`,
      url: `${mailboxURL}/`,
      reuseExistingServer: false,
      stdout: "ignore",
    },
    {
      command: `npm start > ${serverLog} 2>&1`,
      url: `${baseURL}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: {
        ...productionEnv(baseURL, port),
        // Specs play the one trusted proxy in front: e2e/support/test.ts sends each test's
        // X-Forwarded-For, so per-IP limits don't add up across the suite.
        TRUSTED_PROXY_COUNT: "1",
      },
    },
    {
      command: `npm start > ${directServerLog} 2>&1`,
      url: `${directURL}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: productionEnv(directURL, directPort),
    },
  ],
});
