import type { Page } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { expect, test } from "./support/test";
import { createContract, createTicketRow, createUser } from "@/test/factories";
import { CODE_SUBJECT } from "./support/login";
import { clickEmailLink, countEmails, openEmail, readCode } from "./support/mailbox";

// Issue #14: a link from an email, opened while logged out, ends on its page after Login + code.

const maskedAddress = (email: string) => `${email[0]}•••${email.slice(email.indexOf("@"))}`;

/** Login + Password on the page's login form; the emailed code's page comes next. */
async function submitPassword(page: Page, user: { login: string; password: string | null }) {
  await page.getByLabel("Login", { exact: true }).fill(user.login);
  await page.getByLabel("Password", { exact: true }).fill(user.password!);
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
}

/** Types the newest code from the mailbox into the code step and submits it. */
async function submitCode(page: Page, email: string, seen: number) {
  const message = await openEmail(page, email, CODE_SUBJECT, seen);
  const code = await readCode(message);
  await message.page().close();
  await page.getByLabel("Verification code").fill(code);
  await page.getByRole("button", { name: "Submit" }).click();
}

test("a customer, logged out, opens “Open the ticket” from the email and lands on that ticket after Login + code", async ({
  page,
  signIn,
}) => {
  const customer = await createUser();
  await createContract({ activatedFor: [customer.id] });
  await signIn(customer);
  await page.getByRole("link", { name: "New administrative request" }).click();
  await page.getByLabel("Subject").fill("Our second contract is refused");
  await page.getByLabel("Description").fill("The key from the document is refused.");
  await page.getByRole("button", { name: "Create" }).click();
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toContainText("Our second contract is refused");
  const number = (await heading.innerText()).match(/CS-\d{6}/)![0];
  const ticketPath = new URL(page.url()).pathname;
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login$/);

  const email = await openEmail(page, customer.email, new RegExp(number));
  await clickEmailLink(email, "tickets");
  const tab = email.page();
  await expect(tab.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible();
  expect(new URL(tab.url()).searchParams.get("returnTo")).toBe(ticketPath);
  await expectAccessible(tab);

  const seen = await countEmails(customer.email, CODE_SUBJECT);
  await submitPassword(tab, customer);
  // the code step says where the code went, without showing the whole address
  await expect(
    tab.getByText(`we sent a verification code to ${maskedAddress(customer.email)}`),
  ).toBeVisible();
  await expect(tab.getByText(customer.email)).toHaveCount(0);
  await expectAccessible(tab);

  await submitCode(tab, customer.email, seen);
  await expect(tab).toHaveURL(new RegExp(`${ticketPath}$`));
  await expect(tab.getByRole("heading", { level: 1 })).toContainText(number);
  // focus followed the submission to the new page, not <body>
  await expect(tab.getByRole("heading", { level: 1 })).toBeFocused();
});

test("a tampered return path, in the link or in the form, lands on the default page", async ({
  page,
}) => {
  const customer = await createUser();
  await page.goto(`/login?returnTo=${encodeURIComponent("//evil.example/tickets")}`);
  await expect(page.locator('input[name="returnTo"]')).toHaveCount(0);
  const seen = await countEmails(customer.email, CODE_SUBJECT);
  await submitPassword(page, customer);
  expect(new URL(page.url()).searchParams.has("returnTo")).toBe(false);

  // what the page would not write, posted anyway with the code
  await page
    .locator("form")
    .filter({ has: page.getByLabel("Verification code") })
    .evaluate((form) => {
      const field = document.createElement("input");
      field.type = "hidden";
      field.name = "returnTo";
      field.value = "/\\evil.example";
      form.append(field);
    });
  await submitCode(page, customer.email, seen);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(process.env.E2E_BASE_URL!).origin);
  await expect(page).toHaveURL(/\/dashboard$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a ticket link opened while logged out still ends on the ticket: the path rides in the forms' posts", async ({
    page,
  }) => {
    const customer = await createUser();
    const contract = await createContract({ activatedFor: [customer.id] });
    const ticket = await createTicketRow({
      requesterId: customer.id,
      contractId: contract.id,
      subject: "Return path without JavaScript",
    });
    await page.goto(`/tickets/${ticket.id}`);
    await expect(page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible();

    const seen = await countEmails(customer.email, CODE_SUBJECT);
    await submitPassword(page, customer);
    // a wrong code answers on the same page, the path still in its form
    await page.getByLabel("Verification code").fill("000000");
    await page.getByRole("button", { name: "Submit" }).click();
    await expect(page.getByLabel("Verification code")).toHaveAccessibleDescription(/not correct/);
    await submitCode(page, customer.email, seen);
    await expect(page).toHaveURL(new RegExp(`/tickets/${ticket.id}$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(
      "Return path without JavaScript",
    );
  });
});
