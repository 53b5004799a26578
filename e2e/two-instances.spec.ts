import { readFileSync } from "node:fs";
import type { BrowserContext, Page, Request } from "@playwright/test";
import { and, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { auditEvents, emailOutbox, tickets } from "@/db/schema";
import { AUTO_CLOSE_QUEUE } from "@/lib/jobs/schedules";
import { createTicketRow, createUser, TEST_PASSWORD } from "@/test/factories";
import { expireRateLimits } from "@/test/rate-limits";
import { fleetUrl, startFleet, type Fleet, type Instance } from "./support/fleet";
import { countEmails, openEmail, readCode } from "./support/mailbox";
import { CODE_SUBJECT } from "./support/login";
import { expect, test } from "./support/test";

// Two `npm start` instances on one database behind nginx (round-robin, no stickiness), driven
// in Chromium through nginx. Each step that must cross instances is steered: nginx alternates,
// so after a probe answered by one instance the page's next request goes to the other; its
// access log says which instance answered what.
const basePort = Number(process.env.E2E_PORT ?? 3100);
test.use({ baseURL: fleetUrl(basePort) });
test.describe.configure({ mode: "serial", timeout: 120_000 });

let fleet: Fleet;
let customer: Awaited<ReturnType<typeof createUser>>;
let resolvedTicket: { id: string };
/** Everyone this spec emailed: each email must have gone out once. */
const mailed: string[] = [];

test.beforeAll(async () => {
  test.setTimeout(240_000);
  fleet = await startFleet(basePort);
  // This worker seeds and reads the fleet's database (test/factories), and signInFast sets its
  // cookie for nginx's origin; the project runs this spec alone, in a worker of its own.
  process.env.DATABASE_URL = fleet.databaseUrl;
  process.env.E2E_BASE_URL = fleet.url;
  customer = await createUser();
  resolvedTicket = await createTicketRow({
    requesterId: customer.id,
    status: "resolved",
    resolvedAt: new Date(Date.now() - 30 * 86_400_000),
  });
});

test.afterAll(async () => {
  await fleet?.stop();
});

/** The browsers' requests still on their way, per open context of this spec. */
const inFlight = new Map<BrowserContext, Set<Request>>();
function track(context: BrowserContext) {
  const requests = new Set<Request>();
  inFlight.set(context, requests);
  context.on("request", (request) => requests.add(request));
  context.on("requestfinished", (request) => requests.delete(request));
  context.on("requestfailed", (request) => requests.delete(request));
  context.on("close", () => inFlight.delete(context));
}
const onTheirWay = () => [...inFlight.values()].flatMap((requests) => [...requests]);
test.beforeEach(({ context }) => track(context));

const other = (instance: Instance) => fleet.instances.find((each) => each !== instance)!;

/**
 * Makes nginx pass the page's next request to `instance`: waits until no browser of this spec
 * has a request on its way, then probes until the other instance has answered last. Returns
 * where nginx's log stood.
 */
async function steer(page: Page, instance: Instance): Promise<number> {
  await page.waitForLoadState("networkidle");
  await expect
    .poll(() => onTheirWay().map((request) => `${request.method()} ${request.url()}`), {
      message: "the browsers' requests to end",
    })
    .toEqual([]);
  // Round-robin alternates, unless nginx took the other instance out for a moment (a failed
  // attempt takes it out for fail_timeout, 10 s): probing for a while covers that on a busy machine.
  await expect
    .poll(async () => (await fleet.probe()) !== instance, {
      message: `a probe answered by the instance other than ${instance.name}`,
      timeout: 30_000,
    })
    .toBe(true);
  return fleet.requests().length;
}

/**
 * The instance that answered the first `method` request nginx logged after `mark`. nginx logs a
 * request once its response has ended, which may be after the page showed the streamed answer.
 */
async function answeredBy(mark: number, method: string, path?: string): Promise<string> {
  const logged = () =>
    fleet
      .requests()
      .slice(mark)
      .find((each) => each.method === method && (!path || each.path === path));
  await expect.poll(logged, { message: `nginx to log ${method} ${path ?? ""}` }).toBeDefined();
  const upstream = logged()!.upstream;
  return fleet.instances.find((each) => each.address === upstream)?.name ?? upstream;
}

const dashboard = (page: Page) => page.getByRole("heading", { level: 1, name: "Dashboard" });

test("nginx passes requests to the two instances in turn", async () => {
  const answered: string[] = [];
  for (let probe = 0; probe < 4; probe++) answered.push((await fleet.probe()).name);
  expect(new Set(answered).size).toBe(2);
  expect(answered[2]).toBe(answered[0]);
  expect(answered[3]).toBe(answered[1]);
  expect(answered[1]).not.toBe(answered[0]);
});

test("a login code sent via one instance works on the other", async ({ page }) => {
  const user = await createUser();
  mailed.push(user.email);
  const [sender, checker] = fleet.instances;
  await page.goto("/login");
  await page.getByLabel("Login", { exact: true }).fill(user.login);
  await page.getByLabel("Password", { exact: true }).fill(TEST_PASSWORD);
  let mark = await steer(page, sender);
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page).toHaveURL(/\/login\/verify$/);
  expect(await answeredBy(mark, "POST", "/login")).toBe(sender.name);

  const email = await openEmail(page, user.email, CODE_SUBJECT);
  const code = await readCode(email);
  await email.page().close();
  await page.getByLabel("Verification code").fill(code);
  mark = await steer(page, checker);
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(dashboard(page)).toBeVisible();
  expect(await answeredBy(mark, "POST", "/login/verify")).toBe(checker.name);

  // The browser claimed an address of its own (support/test.ts); nginx replaced it with the one
  // it saw, and that is what the instances believed.
  const logins = await db
    .select({ ip: auditEvents.ip })
    .from(auditEvents)
    .where(and(eq(auditEvents.action, "auth.login"), eq(auditEvents.actorId, user.id)));
  expect(logins).toEqual([{ ip: "127.0.0.1" }]);
});

test("a lockout on one instance holds on the other", async ({ page }) => {
  const user = await createUser();
  const password = page.getByLabel("Password", { exact: true });
  await page.goto("/login");
  // Ten wrong passwords lock the account: five on each instance, so only a shared count locks.
  for (let guess = 0; guess < 10; guess++) {
    const instance = fleet.instances[guess % 2]!;
    await page.getByLabel("Login", { exact: true }).fill(user.login);
    await password.fill("Wrong-Password-Guess-1");
    const mark = await steer(page, instance);
    await page.getByRole("button", { name: "Submit" }).click();
    await expect(password).toHaveValue(""); // answered
    await expect(page.getByText(/^Incorrect login or password\./)).toBeVisible();
    expect(await answeredBy(mark, "POST", "/login")).toBe(instance.name);
  }
  for (const instance of fleet.instances) {
    await page.getByLabel("Login", { exact: true }).fill(user.login);
    await password.fill(TEST_PASSWORD);
    const mark = await steer(page, instance);
    await page.getByRole("button", { name: "Submit" }).click();
    await expect(page.getByLabel("Login", { exact: true })).toHaveAccessibleDescription(
      /Too many attempts/,
    );
    expect(await answeredBy(mark, "POST", "/login")).toBe(instance.name);
  }
  await expireRateLimits();
});

test("a session revoked on one instance is dead on the other", async ({
  page,
  browser,
  signIn,
}) => {
  const user = await createUser();
  await signIn(user);
  // A copy of the cookie, as a thief's browser would hold: good on both instances until Sign out.
  const thief = await browser.newContext({ baseURL: fleet.url });
  track(thief);
  await thief.addCookies(await page.context().cookies());
  const stolen = await thief.newPage();
  const openDashboard = async (instance: Instance) => {
    const mark = await steer(stolen, instance);
    await stolen.goto("/dashboard");
    expect(await answeredBy(mark, "GET", "/dashboard")).toBe(instance.name);
  };
  for (const instance of fleet.instances) {
    await openDashboard(instance);
    await expect(dashboard(stolen)).toBeVisible();
  }

  const [revoker] = fleet.instances;
  const mark = await steer(page, revoker);
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login$/);
  expect(await answeredBy(mark, "POST")).toBe(revoker.name);

  for (const instance of [other(revoker), revoker]) {
    await openDashboard(instance);
    await expect(stolen).toHaveURL(/\/login$/);
    await expect(stolen.getByLabel("Login", { exact: true })).toBeVisible();
  }
  await thief.close();
});

test("each email goes out once, whichever instance queued it", async ({ page }) => {
  // Login codes queued on both instances, whose mail workers both poll the one queue.
  for (let login = 0; login < 4; login++) {
    const user = await createUser();
    mailed.push(user.email);
    await page.goto("/login");
    await page.getByLabel("Login", { exact: true }).fill(user.login);
    await page.getByLabel("Password", { exact: true }).fill(TEST_PASSWORD);
    const instance = fleet.instances[login % 2]!;
    const mark = await steer(page, instance);
    await page.getByRole("button", { name: "Submit" }).click();
    await expect(page).toHaveURL(/\/login\/verify$/);
    expect(await answeredBy(mark, "POST", "/login")).toBe(instance.name);
  }
  const outbox = () =>
    db
      .select({ to: emailOutbox.to, status: emailOutbox.status, tries: emailOutbox.tries })
      .from(emailOutbox)
      .where(inArray(emailOutbox.to, mailed));
  await expect
    .poll(async () => (await outbox()).filter((row) => row.status === "sent").length)
    .toBe(mailed.length);
  // One delivery attempt each, and one message in the mailbox each.
  for (const row of await outbox()) expect(row).toMatchObject({ status: "sent", tries: 1 });
  for (const address of mailed) expect(await countEmails(address, CODE_SUBJECT), address).toBe(1);
});

test("the auto-close schedule runs once per tick across the instances", async ({
  page,
  signIn,
}) => {
  test.setTimeout(180_000);
  const statusOf = async () =>
    (
      await db
        .select({ status: tickets.status })
        .from(tickets)
        .where(eq(tickets.id, resolvedTicket.id))
    )[0]?.status;
  // A tick every minute (AUTO_CLOSE_SCHEDULE in support/fleet.ts); pg-boss looks every 30 s.
  await expect.poll(statusOf, { timeout: 150_000 }).toBe("closed");

  await signIn(customer);
  await page.goto(`/tickets/${resolvedTicket.id}`);
  await expect(page.getByRole("button", { name: "Reopen ticket" })).toBeVisible();

  const closings = await db
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(
      and(eq(auditEvents.action, "ticket.auto_close"), eq(auditEvents.targetId, resolvedTicket.id)),
    );
  expect(closings).toHaveLength(1);
  // At most one job per tick (one a minute since the fleet started), though both instances
  // keep the schedule and look for due ticks every 30 s.
  const [{ jobs }] = (
    await db.execute<{ jobs: number }>(
      sql`select count(*)::int as jobs from pgboss.job where name = ${AUTO_CLOSE_QUEUE}`,
    )
  ).rows as [{ jobs: number }];
  const ticks = Math.floor(Date.now() / 60_000) - Math.floor(fleet.startedAt / 60_000) + 1;
  expect(jobs).toBeGreaterThan(0);
  expect(jobs).toBeLessThanOrEqual(ticks);
  // And the run that closed the ticket ran on one instance only.
  const runs = fleet.instances.flatMap((instance) =>
    readFileSync(instance.log, "utf8")
      .split("\n")
      .filter(
        (line) => line.includes("resolved tickets auto-closed") && line.includes('"closed":1'),
      ),
  );
  expect(runs).toHaveLength(1);
});
