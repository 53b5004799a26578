import { expect, type Page } from "@playwright/test";
import { countEmails, openEmail, readCode } from "./mailbox";

export const CODE_SUBJECT = /verification code/i;

/** Logs in through the UI: Login + Password, then the emailed verification code. */
export async function logIn(
  page: Page,
  account: { login: string; password: string; email: string },
) {
  await page.goto("/login");
  await logInHere(page, account);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
}

/** logIn's steps on the login page already open (e.g. with its `returnTo`), landing wherever it sends. */
export async function logInHere(
  page: Page,
  account: { login: string; password: string; email: string },
) {
  const seen = await countEmails(account.email, CODE_SUBJECT);
  await page.getByLabel("Login", { exact: true }).fill(account.login);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page).toHaveURL(/\/login\/verify(\?|$)/);
  const email = await openEmail(page, account.email, CODE_SUBJECT, seen);
  const code = await readCode(email);
  await email.page().close();
  await page.getByLabel("Verification code").fill(code);
  await page.getByRole("button", { name: "Submit" }).click();
}
