import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { createUser, TEST_PASSWORD } from "@/test/factories";
import { logIn } from "./support/login";
import { expect, test } from "./support/test";

// The server on E2E_DIRECT_URL is started exactly as README's production command: npm start
// with DATABASE_URL, AUTH_SECRET, RESEND_API_KEY and APP_URL, nothing else about hosts.
test.use({ baseURL: process.env.E2E_DIRECT_URL });

test("a customer logs in on a server started as README's production command says", async ({
  page,
}) => {
  const customer = await createUser();
  await logIn(page, { login: customer.login, password: TEST_PASSWORD, email: customer.email });
  expect(new URL(page.url()).origin).toBe(process.env.E2E_DIRECT_URL);
});

test("that server answers only for APP_URL's host", async ({ request }) => {
  const wrongHost = await request.get("/login", { headers: { host: "attacker.example" } });
  expect(wrongHost.status()).toBe(421);
  expect(await wrongHost.text()).toContain("This server answers only for");
  const health = await request.get("/api/health", { headers: { host: "10.0.0.5:3000" } });
  expect(health.status()).toBe(200);
});

test("that server renders on every core: one process per core, by default", async () => {
  const log = process.env.E2E_DIRECT_SERVER_LOG;
  if (!log) throw new Error("E2E_DIRECT_SERVER_LOG is not set (see playwright.config.ts).");
  const cores = availableParallelism();
  const expected = cores > 1 ? `(production, ${cores} processes)` : "(production)";
  // Processes start one after another; the first answers the readiness probe on its own.
  await expect
    .poll(() => readFileSync(log, "utf8"), { timeout: 60_000 })
    .toContain(`CLICO Support System on ${process.env.E2E_DIRECT_URL} ${expected}`);
});
