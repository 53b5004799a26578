import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { oneTimeSecrets, users } from "@/db/schema";
import { issueOneTimeLink } from "@/lib/accounts/one-time-links";
import { createContract, createUser, TEST_PASSWORD, uniqueSuffix } from "@/test/factories";
import { CODE_SUBJECT, logIn } from "./support/login";
import { clickEmailLink, countEmails, openEmail, readCode } from "./support/mailbox";

const CONFIRM_SUBJECT = /Confirm your email address/;
const RESET_SUBJECT = /Reset your password/;

function newPerson() {
  const suffix = uniqueSuffix();
  return {
    login: `anna.${suffix}`,
    email: `anna.${suffix}@example.com`,
    password: "Violet-Harbour-Compass-71",
  };
}

async function fillSignUp(
  page: Page,
  person: ReturnType<typeof newPerson>,
  contract: { number: string; key: string },
) {
  await page.getByLabel("First name").fill("Anna");
  await page.getByLabel("Last name").fill("Mazur");
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Phone").fill("+48 601 222 333");
  await page.getByLabel("Company").fill("Energa Przykład S.A.");
  await page.getByLabel("Job title").fill("Network administrator");
  await page.getByLabel("Login", { exact: true }).fill(person.login);
  await page.getByLabel("Password", { exact: true }).fill(person.password);
  await page.getByLabel("Confirm password").fill(person.password);
  await page.getByLabel("Contract number").fill(contract.number);
  await page.getByLabel("Contract key (activation key)").fill(contract.key);
}

test("a new customer signs up with a contract, confirms the address, logs in with the emailed code and signs out", async ({
  page,
}) => {
  const contract = await createContract();
  const person = newPerson();

  await page.goto("/");
  await page.getByRole("link", { name: "Sign Up" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sign Up" })).toBeVisible();
  await fillSignUp(page, person, contract);
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByRole("status")).toContainText("Check your inbox");
  await expect(page.getByRole("status")).toContainText(person.email);

  const email = await openEmail(page, person.email, CONFIRM_SUBJECT);
  await clickEmailLink(email, "confirm-email");
  const tab = email.page();
  await tab.getByRole("button", { name: "Confirm email" }).click();
  await expect(tab.getByText("Your email address is confirmed")).toBeVisible();
  await tab.close();

  await logIn(page, person);
  await expect(page.getByText("Anna Mazur")).toBeVisible();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login$/);
});

test("sign-up errors are specific, next to their field, and keep what was typed", async ({
  page,
}) => {
  const contract = await createContract();
  const expired = await createContract({ validToDays: -10 });
  const existing = await createUser();
  const person = newPerson();
  await page.goto("/sign-up");
  await fillSignUp(page, person, { number: contract.number, key: "WRONG-KEY-0000" });
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByLabel("Contract key (activation key)")).toHaveAccessibleDescription(
    /do not match/,
  );
  await expect(page.getByLabel("First name")).toHaveValue("Anna");
  await expect(page.getByLabel("Contract number")).toHaveValue(contract.number);

  await page.getByLabel("Contract number").fill(expired.number);
  await page.getByLabel("Contract key (activation key)").fill(expired.key);
  await page.getByLabel("Password", { exact: true }).fill(person.password);
  await page.getByLabel("Confirm password").fill(person.password);
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByLabel("Contract number")).toHaveAccessibleDescription(/expired on/);

  await page.getByLabel("Contract number").fill(contract.number);
  await page.getByLabel("Contract key (activation key)").fill(contract.key);
  await page.getByLabel("Password", { exact: true }).fill("password1234");
  await page.getByLabel("Confirm password").fill("password1234");
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByLabel("Password", { exact: true })).toHaveAccessibleDescription(
    /commonly used|too easy/i,
  );
  await expect(page.getByRole("status")).toHaveCount(0);
  await expect(page.getByLabel("Email")).toHaveValue(person.email);

  // A taken login is answered like a new sign-up; only the typed address is told, by email.
  await page.getByLabel("Login", { exact: true }).fill(existing.login.toUpperCase());
  await page.getByLabel("Password", { exact: true }).fill(person.password);
  await page.getByLabel("Confirm password").fill(person.password);
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByRole("status")).toContainText("Check your inbox");
  const email = await openEmail(page, person.email, /Your account was not created/);
  await expect(email).toContainText(/already taken/);
});

test("an unconfirmed account can't log in and can ask for a new confirmation link", async ({
  page,
}) => {
  const user = await createUser({ status: "pending_confirmation", emailConfirmedAt: null });
  await page.goto("/login");
  await page.getByLabel("Login", { exact: true }).fill(user.login);
  await page.getByLabel("Password", { exact: true }).fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByText(/confirm your email address first/)).toBeVisible();
  await page.getByRole("button", { name: "Send a new confirmation link" }).click();
  await expect(page.getByText(/a new link is on its way/)).toBeVisible();

  const email = await openEmail(page, user.email, CONFIRM_SUBJECT);
  await clickEmailLink(email, "confirm-email");
  await email.page().getByRole("button", { name: "Confirm email" }).click();
  await expect(email.page().getByText("Your email address is confirmed")).toBeVisible();
  await logIn(page, { login: user.login, password: TEST_PASSWORD, email: user.email });
});

test("opening the confirmation link changes nothing until the person presses Confirm email", async ({
  page,
  request,
}) => {
  const user = await createUser({ status: "pending_confirmation", emailConfirmedAt: null });
  const link = new URL(
    await db.transaction((tx) => issueOneTimeLink(tx, user.id, "email_confirmation")),
  ).pathname;
  const statusNow = async () =>
    (await db.select({ status: users.status }).from(users).where(eq(users.id, user.id)))[0]!.status;

  // A mail scanner fetches every link of the email before the person reads it.
  expect((await request.get(link)).ok()).toBe(true);
  expect(await statusNow()).toBe("pending_confirmation");

  await page.goto(link);
  await page.getByRole("button", { name: "Confirm email" }).click();
  await expect(page.getByText("Your email address is confirmed")).toBeVisible();
  expect(await statusNow()).toBe("active");
});

test("wrong credentials get one message; five wrong codes kill the code; an expired code is refused", async ({
  page,
}) => {
  const user = await createUser();
  await page.goto("/login");
  await page.getByLabel("Login", { exact: true }).fill(user.login);
  await page.getByLabel("Password", { exact: true }).fill("Not-The-Password-99");
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByText("Incorrect login or password.")).toBeVisible();
  await expect(page.getByLabel("Login", { exact: true })).toHaveValue(user.login);

  await page.getByLabel("Password", { exact: true }).fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page).toHaveURL(/\/login\/verify$/);
  const email = await openEmail(page, user.email, CODE_SUBJECT);
  const code = await readCode(email);
  await email.page().close();
  const wrong = code === "123456" ? "654321" : "123456";
  const codeField = page.getByLabel("Verification code");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await codeField.fill(wrong);
    await page.getByRole("button", { name: "Submit" }).click();
    await expect(codeField).toHaveAccessibleDescription(
      attempt < 5 ? /not correct/ : /Too many wrong codes/,
    );
  }
  await codeField.fill(code);
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(codeField).toHaveAccessibleDescription(/Too many wrong codes/);
  await expect(page.getByRole("button", { name: /Resend code \(\d+ s\)/ })).toBeDisabled();

  // A fresh login attempt gets a fresh code, which then expires.
  const seen = await countEmails(user.email, CODE_SUBJECT);
  await page.goto("/login");
  await page.getByLabel("Login", { exact: true }).fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Submit" }).click();
  const second = await openEmail(page, user.email, CODE_SUBJECT, seen);
  const secondCode = await readCode(second);
  await second.page().close();
  await db
    .update(oneTimeSecrets)
    .set({ expiresAt: new Date(Date.now() - 1000) })
    .where(eq(oneTimeSecrets.userId, user.id));
  await codeField.fill(secondCode);
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(codeField).toHaveAccessibleDescription(/expired/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login$/);
});

test("forgot my password: same answer for any address, a single-use link, and every session ends", async ({
  page,
  browser,
}) => {
  const user = await createUser();
  const account = { login: user.login, password: TEST_PASSWORD, email: user.email };
  const otherDevice = await (await browser.newContext()).newPage();
  await logIn(otherDevice, account);

  const answerFor = async (address: string) => {
    await page.goto("/login");
    await page.getByRole("link", { name: "Forgot my password" }).click();
    await page.getByLabel("Email address").fill(address);
    await page.getByRole("button", { name: "Submit" }).click();
    const status = page.getByRole("status");
    await expect(status).toContainText("Check your inbox");
    return (await status.innerText()).replace(address, "<address>");
  };
  expect(await answerFor(`nobody-${uniqueSuffix()}@example.com`)).toBe(await answerFor(user.email));

  const email = await openEmail(page, user.email, RESET_SUBJECT);
  const resetUrl = await email
    .getByRole("link", { name: /\/reset-password\// })
    .getAttribute("href");
  await clickEmailLink(email, "reset-password");
  const tab = email.page();
  const newPassword = "Copper-Meadow-Signal-64";
  await tab.getByLabel("New password", { exact: true }).fill(newPassword);
  await tab.getByLabel("Confirm password").fill(newPassword);
  await tab.getByRole("button", { name: "Submit" }).click();
  await expect(tab.getByText("Password has been changed")).toBeVisible();

  await tab.goto(resetUrl!);
  await expect(tab.getByText(/already been used/)).toBeVisible();

  await otherDevice.reload();
  await expect(otherDevice).toHaveURL(/\/login$/);
  await logIn(page, { ...account, password: newPassword });
});

test("a migrated TAC account is refused until Forgot my password, then logs in with its email", async ({
  page,
}) => {
  const contract = await createContract();
  const suffix = uniqueSuffix();
  const email = `tac.${suffix}@example.com`;
  const dir = mkdtempSync(path.join(tmpdir(), "tac-"));
  const file = path.join(dir, "accounts.csv");
  writeFileSync(
    file,
    `legacy_id,email,first_name,last_name,phone,company,contract_numbers\nTAC-${suffix},${email},Ewa,Migrowana,,Stara Firma,${contract.number}\n`,
  );
  const imported = spawnSync("node_modules/.bin/tsx", ["scripts/tac-import.ts", file], {
    encoding: "utf8",
  });
  expect(imported.status, imported.stderr).toBe(0);

  await page.goto("/login");
  await page.getByLabel("Login", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill("Any-Old-Tac-Password-1");
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByText(/Set a new password first with “Forgot my password”/)).toBeVisible();

  await page.getByRole("link", { name: "Forgot my password" }).click();
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Submit" }).click();
  const mail = await openEmail(page, email, RESET_SUBJECT);
  await clickEmailLink(mail, "reset-password");
  const tab = mail.page();
  const password = "Granite-Orchard-Beacon-35";
  await tab.getByLabel("New password", { exact: true }).fill(password);
  await tab.getByLabel("Confirm password").fill(password);
  await tab.getByRole("button", { name: "Submit" }).click();
  await expect(tab.getByText("Password has been changed")).toBeVisible();
  await tab.close();

  await logIn(page, { login: email, password, email });
});
