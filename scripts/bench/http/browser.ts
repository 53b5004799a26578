import { chromium, type Browser, type Page, type Request } from "@playwright/test";
import { CHROMIUM_ARGS, ensureChromium } from "../../lib/chromium";
import type { Email } from "../../../e2e/support/fake-resend";
import { BENCH_PASSWORD, CREATED_SUBJECT, type BenchAccount } from "./fixtures";

/** A server action's POST as the browser sent it, to replay with autocannon. */
export type CapturedAction = { path: string; headers: Record<string, string>; body: string };
export type Session = { account: BenchAccount; cookie: string };

export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH || (await ensureChromium());
  return chromium.launch({
    headless: true,
    executablePath,
    args: CHROMIUM_ARGS,
  });
}

const isAction = (request: Request) =>
  request.method() === "POST" && Boolean(request.headers()["next-action"]);

/** Runs `submit` and returns the server action request it made. */
async function capture(page: Page, submit: () => Promise<void>): Promise<CapturedAction> {
  const [request] = await Promise.all([page.waitForRequest(isAction), submit()]);
  const headers = await request.allHeaders();
  // autocannon sets these itself; the session cookie is added per case.
  for (const name of ["cookie", "content-length", "host", "connection"]) delete headers[name];
  return { path: new URL(request.url()).pathname, headers, body: request.postData() ?? "" };
}

async function loginCode(mailUrl: string, address: string, since: number): Promise<string> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const emails = (await (await fetch(`${mailUrl}/__emails`)).json()) as Email[];
    const email = emails.find(
      (e) =>
        e.to.includes(address) &&
        /verification code/i.test(e.subject) &&
        Date.parse(e.createdAt) >= since,
    );
    const code = email?.text?.match(/\b(\d{6})\b/)?.[1];
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No login code for ${address} within 60 s.`);
}

/**
 * Logs in through the two-step login (password, then the emailed code) in a fresh browser
 * context; returns the session cookies and the step-1 request it sent.
 */
export async function logIn(
  browser: Browser,
  baseUrl: string,
  mailUrl: string,
  account: BenchAccount,
): Promise<{ session: Session; page: Page; loginStep1: CapturedAction }> {
  const context = await browser.newContext({ baseURL: baseUrl });
  await context.setExtraHTTPHeaders({ "x-forwarded-for": "198.19.0.1" });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Login", { exact: true }).fill(account.login);
  await page.getByLabel("Password", { exact: true }).fill(BENCH_PASSWORD);
  const since = Date.now() - 1000;
  const loginStep1 = await capture(page, () =>
    page.getByRole("button", { name: "Submit" }).click(),
  );
  await page.waitForURL(/\/login\/verify$/);
  await page.getByLabel("Verification code").fill(await loginCode(mailUrl, account.email, since));
  await page.getByRole("button", { name: "Submit" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  const cookies = await context.cookies();
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  return { session: { account, cookie }, page, loginStep1 };
}

/** Creates an administrative request through the form; returns the create action's request. */
export async function captureCreateTicket(page: Page): Promise<CapturedAction> {
  await page.goto("/tickets/new");
  await page.getByLabel("Subject").fill(CREATED_SUBJECT);
  await page
    .getByLabel("Description")
    .fill("Created by npm run bench:http (removed at the start of the next run).");
  const action = await capture(page, () => page.getByRole("button", { name: "Create" }).click());
  await page.waitForURL(/\/tickets\/[0-9a-f-]{36}$/);
  return action;
}

/** Sends one reply on the ticket's page; returns the reply action's request. */
export async function captureReply(page: Page, ticketId: string): Promise<CapturedAction> {
  await page.goto(`/tickets/${ticketId}`);
  await page
    .getByLabel("Your reply")
    .fill("Bench reply: the tunnel is **stable** since the change.");
  const action = await capture(page, () =>
    page.getByRole("button", { name: "Send reply" }).click(),
  );
  await page.getByText("the tunnel is").first().waitFor();
  return action;
}
