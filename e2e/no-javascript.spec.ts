import { readFileSync } from "node:fs";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./support/test";
import {
  createContract,
  createMessages,
  createTicketRow,
  createUser,
  uniqueSuffix,
} from "@/test/factories";
import { CODE_SUBJECT } from "./support/login";
import { countEmails, openEmail, readCode } from "./support/mailbox";

// Before hydration (slow network, a blocked chunk) a form is plain HTML. Every auth form must
// then POST and work, and no secret the person types may reach a URL or the server's log.
test.use({ javaScriptEnabled: false });

const serverLog = () => {
  const path = process.env.E2E_SERVER_LOG;
  if (!path) throw new Error("E2E_SERVER_LOG is not set (see playwright.config.ts).");
  return readFileSync(path, "utf8");
};

/** The href of the newest email's link to `path`, as a person would follow it. */
async function followEmailLink(page: Page, address: string, subject: RegExp, path: string) {
  const email = await openEmail(page, address, subject);
  const href = await email.getByRole("link", { name: new RegExp(`/${path}/`) }).innerText();
  await email.page().close();
  await page.goto(href.trim());
}

async function readNewCode(page: Page, address: string, seen: number) {
  const email = await openEmail(page, address, CODE_SUBJECT, seen);
  const code = await readCode(email);
  await email.page().close();
  return code;
}

test("without JavaScript, sign up, log in with the emailed code, forgot and reset the password: every form POSTs and no secret reaches a URL or the log", async ({
  page,
}) => {
  const urls: string[] = [];
  const posts: string[] = [];
  const getsWithQuery: string[] = [];
  page.context().on("request", (request) => {
    urls.push(request.url());
    if (!request.isNavigationRequest()) return;
    if (request.method() === "POST") posts.push(request.url());
    else if (new URL(request.url()).search) getsWithQuery.push(request.url());
  });
  const contract = await createContract();
  const suffix = uniqueSuffix();
  const person = {
    login: `nojs.${suffix}`,
    email: `nojs.${suffix}@example.com`,
    password: `Amber-Kettle-Orchard-${suffix}`,
    newPassword: `Silver-Lantern-Meadow-${suffix}`,
  };
  const codes: string[] = [];

  // Sign Up: a wrong contract key is reported next to its field, the rest stays as typed
  await page.goto("/sign-up");
  await page.getByLabel("First name").fill("Ewa");
  await page.getByLabel("Last name").fill("Nowicka");
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Phone").fill("+48 601 444 555");
  await page.getByLabel("Company").fill("Przykład Sp. z o.o.");
  await page.getByLabel("Login", { exact: true }).fill(person.login);
  await page.getByLabel("Password", { exact: true }).fill(person.password);
  await page.getByLabel("Confirm password").fill(person.password);
  await page.getByLabel("Contract number").fill(contract.number);
  await page.getByLabel("Contract key (activation key)").fill(`WRONG-${suffix}`);
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByLabel("Contract key (activation key)")).toHaveAccessibleDescription(
    /do not match/,
  );
  await expect(page.getByLabel("First name")).toHaveValue("Ewa");
  await expect(page.getByLabel("Login", { exact: true })).toHaveValue(person.login);
  await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");

  await page.getByLabel("Password", { exact: true }).fill(person.password);
  await page.getByLabel("Confirm password").fill(person.password);
  await page.getByLabel("Contract key (activation key)").fill(contract.key);
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByRole("status")).toContainText("Check your inbox");
  await followEmailLink(page, person.email, /Confirm your email address/, "confirm-email");
  await page.getByRole("button", { name: "Confirm email" }).click();
  await expect(page.getByText("Your email address is confirmed")).toBeVisible();

  // Log in, a wrong code, "Resend code", the new code
  let seen = await countEmails(person.email, CODE_SUBJECT);
  await page.goto("/login");
  await page.getByLabel("Login", { exact: true }).fill(person.login);
  await page.getByLabel("Password", { exact: true }).fill(person.password);
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page).toHaveURL(/\/login\/verify$/);
  codes.push(await readNewCode(page, person.email, seen));
  const wrong = codes[0] === "123456" ? "654321" : "123456";
  await page.getByLabel("Verification code").fill(wrong);
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByLabel("Verification code")).toHaveAccessibleDescription(/not correct/);

  seen = await countEmails(person.email, CODE_SUBJECT);
  await page.getByRole("button", { name: /^Resend code/ }).click();
  await expect(page.getByText("We sent a new code.")).toBeVisible();
  codes.push(await readNewCode(page, person.email, seen));
  await page.getByLabel("Verification code").fill(codes[1]!);
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

  // Forgot my password from a fresh browser state, then the emailed link
  await page.context().clearCookies();
  await page.goto("/forgot-password");
  await page.getByLabel("Email address").fill(person.email);
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByRole("status")).toContainText("Check your inbox");
  await followEmailLink(page, person.email, /Reset your password/, "reset-password");
  await page.getByLabel("New password", { exact: true }).fill(person.newPassword);
  await page.getByLabel("Confirm password").fill(`${person.newPassword}-typo`);
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByLabel("Confirm password")).toHaveAccessibleDescription(/match/);
  await page.getByLabel("New password", { exact: true }).fill(person.newPassword);
  await page.getByLabel("Confirm password").fill(person.newPassword);
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByRole("status")).toContainText("Password has been changed");

  // the new password works
  seen = await countEmails(person.email, CODE_SUBJECT);
  await page.goto("/login");
  await page.getByLabel("Login", { exact: true }).fill(person.login);
  await page.getByLabel("Password", { exact: true }).fill(person.newPassword);
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page).toHaveURL(/\/login\/verify$/);
  codes.push(await readNewCode(page, person.email, seen));

  const secrets = [person.password, person.newPassword, contract.key, ...codes, wrong];
  const appUrls = urls.filter((url) => !url.startsWith(process.env.E2E_MAILBOX_URL!));
  for (const secret of secrets) {
    for (const url of appUrls) expect(decodeURIComponent(url)).not.toContain(secret);
  }
  // every form above posted; no page was asked for with typed values in its address
  expect(posts.length).toBeGreaterThanOrEqual(5);
  expect(getsWithQuery).toEqual([]);
  const log = serverLog();
  for (const secret of [person.password, person.newPassword, contract.key, wrong]) {
    expect(log).not.toContain(secret);
  }
});

/** A browser of its own with JavaScript off, from an address of its own (see support/test.ts). */
async function pageWithoutJavaScript(browser: Browser) {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    extraHTTPHeaders: { "x-forwarded-for": `198.19.${Math.floor(Math.random() * 256)}.7` },
  });
  return context.newPage();
}

/** Every form on the page POSTs, or is a search (GET, no password) that changes nothing. */
async function expectEveryFormPostsOrSearches(page: Page) {
  const forms = await page.locator("form").all();
  expect(forms.length).toBeGreaterThan(0);
  for (const form of forms) {
    const method = ((await form.getAttribute("method")) ?? "get").toLowerCase();
    if (method === "post") continue;
    await expect(form).toHaveAttribute("role", "search");
    await expect(form.locator('input[type="password"]')).toHaveCount(0);
  }
}

test("without JavaScript, every other form POSTs, and those that need JavaScript say so", async ({
  browser,
  signIn,
}) => {
  const customer = await createUser();
  const contract = await createContract({ activatedFor: [customer.id] });
  const ticket = await createTicketRow({ requesterId: customer.id, contractId: contract.id });
  const staff = {
    support_engineer: ["/staff/tickets/" + ticket.id, "/staff/canned-replies", "/staff/queue"],
    admin: ["/staff/users", "/staff/users/invite"],
    orders_team: ["/staff/contracts", "/staff/contracts/new"],
  } as const;
  // what still needs JavaScript on the last page of each list, or null when it all works
  const note = {
    support_engineer: "This form needs JavaScript",
    admin: null,
    orders_team: "Adding or removing assets needs JavaScript",
  } as const;

  const asCustomer = await pageWithoutJavaScript(browser);
  await signIn(customer, asCustomer);
  await expect(asCustomer.getByText("Registering a contract needs JavaScript")).toBeVisible();
  for (const path of ["/tickets", `/tickets/${ticket.id}`, "/tickets/new"]) {
    await asCustomer.goto(path);
    await expectEveryFormPostsOrSearches(asCustomer);
  }
  // An administrative request works without JavaScript; only adding an asset needs it.
  await expect(asCustomer.getByText("Adding an asset needs JavaScript")).toBeVisible();
  await asCustomer.getByLabel("Subject").fill(`Secret subject ${customer.id}`);
  await asCustomer.getByRole("button", { name: "Create" }).click();
  await expect(asCustomer.getByLabel("Description")).toHaveAccessibleDescription(
    /Describe|Enter|Write/,
  );
  await expect(asCustomer.getByLabel("Subject")).toHaveValue(`Secret subject ${customer.id}`);
  expect(asCustomer.url()).not.toContain("?");
  await asCustomer.getByLabel("Description").fill("Posted without JavaScript.");
  await asCustomer.getByRole("button", { name: "Create" }).click();
  await expect(asCustomer.getByRole("heading", { level: 1 })).toContainText(
    `Secret subject ${customer.id}`,
  );
  expect(asCustomer.url()).not.toContain("?");

  for (const [role, paths] of Object.entries(staff)) {
    const member = await createUser({ role: role as keyof typeof staff });
    const page = await pageWithoutJavaScript(browser);
    await signIn(member, page);
    for (const path of paths) {
      await page.goto(path);
      await expectEveryFormPostsOrSearches(page);
    }
    const needs = note[role as keyof typeof staff];
    if (needs) await expect(page.getByText(needs).first()).toBeVisible();
    else await expect(page.getByText(/needs JavaScript/)).toHaveCount(0);
  }
  const admin = await createUser({ role: "admin" });
  const adminPage = await pageWithoutJavaScript(browser);
  await signIn(admin, adminPage);
  await adminPage.goto(`/staff/users/${customer.id}`);
  await expectEveryFormPostsOrSearches(adminPage);
});

test("without JavaScript, a customer replies to a ticket and the orders team edits a contract, its server field errors on their fields", async ({
  browser,
  signIn,
}) => {
  const customer = await createUser();
  const contract = await createContract({ activatedFor: [customer.id] });
  const other = await createContract();
  const ticket = await createTicketRow({ requesterId: customer.id, contractId: contract.id });

  const asCustomer = await pageWithoutJavaScript(browser);
  await signIn(customer, asCustomer);
  await asCustomer.goto(`/tickets/${ticket.id}`);
  await asCustomer.getByRole("button", { name: "Send reply" }).click();
  await expect(asCustomer.getByLabel("Your reply")).toHaveAccessibleDescription(/Write a message/);
  const reply = `Still failing after the reboot ${uniqueSuffix()}`;
  await asCustomer.getByLabel("Your reply").fill(reply);
  await asCustomer.getByRole("button", { name: "Send reply" }).click();
  await expect(asCustomer.getByText(reply)).toBeVisible();
  await expect(asCustomer.getByLabel("Your reply")).toHaveValue("");

  const orders = await createUser({ role: "orders_team" });
  const page = await pageWithoutJavaScript(browser);
  await signIn(orders, page);
  await page.goto(`/staff/contracts/${contract.id}/edit`);
  const number = page.getByLabel("Contract number");
  // the server's checks, with no browser check before them: each error on its own field
  await number.fill("A, B");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(number).toHaveAccessibleDescription(/no commas, semicolons/);
  await expect(number).toHaveValue("A, B");
  await number.fill(other.number);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(number).toHaveAccessibleDescription(/already exists/);
  await number.fill(`${contract.number}-B`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Changes saved.")).toBeVisible();
  await expect(page.getByText(`${contract.number}-B`).first()).toBeVisible();
});

test("without JavaScript, a long conversation shows its newest messages and pages back by plain links", async ({
  browser,
  signIn,
}) => {
  const customer = await createUser();
  const ticket = await createTicketRow({ requesterId: customer.id });
  const start = Date.parse("2026-01-05T08:00:00Z");
  await createMessages(
    ...Array.from({ length: 60 }, (_, i) => ({
      ticketId: ticket.id,
      authorId: customer.id,
      body: `Conversation line ${i + 1}.`,
      createdAt: new Date(start + i * 60_000),
    })),
  );
  const page = await pageWithoutJavaScript(browser);
  await signIn(customer, page);
  await page.goto(`/tickets/${ticket.id}`);
  const messages = page.getByRole("article", { name: /^Message from/ });
  await expect(messages).toHaveCount(50);
  await expect(messages.first()).toContainText("Conversation line 11.");
  await expect(messages.last()).toContainText("Conversation line 60.");
  await expect(page.getByRole("article", { name: /^Description by/ })).toBeVisible();

  await page.getByRole("link", { name: "Show earlier messages" }).click();
  await expect(messages).toHaveCount(10);
  await expect(messages.first()).toContainText("Conversation line 1.");
  await expect(messages.last()).toContainText("Conversation line 10.");
  await expect(page.getByRole("link", { name: "Show earlier messages" })).toHaveCount(0);

  await page.getByRole("link", { name: "Show the newest messages" }).click();
  await expect(messages).toHaveCount(50);
  await expect(messages.last()).toContainText("Conversation line 60.");
});
