import type { Browser } from "@playwright/test";
import { createUser, uniqueSuffix } from "@/test/factories";
import { logIn } from "./support/login";
import { clickEmailLink, openEmail } from "./support/mailbox";
import { expect, test } from "./support/test";

const NEW_PASSWORD = "Copper-Meadow-Falcon-83";

/** A second person's browser, from an address of its own (as the test fixture's is). */
async function otherBrowser(browser: Browser) {
  const context = await browser.newContext();
  await context.setExtraHTTPHeaders({
    "x-forwarded-for": `198.19.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`,
  });
  return context;
}

const newAdmin = () => createUser({ role: "admin", firstName: "Ada" });

test("an admin disables a customer, whose open session stops working on the next click", async ({
  page,
  browser,
  signIn,
}) => {
  const customer = await createUser({ login: `cust-${uniqueSuffix()}` });
  const customerContext = await otherBrowser(browser);
  const customerPage = await customerContext.newPage();
  await signIn(customer, customerPage);

  await signIn(await newAdmin());
  await page.getByRole("link", { name: "User accounts" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "User accounts" })).toBeVisible();
  await page.getByLabel("Search users").fill(customer.login);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: customer.login }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Test User/ })).toBeVisible();
  await page.getByRole("button", { name: "Disable account" }).click();
  await page.getByRole("button", { name: "Disable", exact: true }).click();
  await expect(page.getByText("The account is disabled.")).toBeVisible();
  await expect(page.getByText("Disabled", { exact: true })).toBeVisible();

  await customerPage.getByRole("link", { name: "Tickets" }).first().click();
  // the page they were going to rides along, for after the next login
  await expect(customerPage).toHaveURL(/\/login\?returnTo=%2Ftickets$/);
  await expect(customerPage.getByRole("heading", { name: "Log in" })).toBeVisible();

  // The audit log shows who did it to whom.
  await page.goto(`/staff/audit?action=user.disable&targetId=${customer.id}`);
  await expect(page.getByRole("rowheader", { name: "user.disable" })).toBeVisible();
  await expect(page.getByRole("link", { name: `user ${customer.login}` })).toBeVisible();
  await customerContext.close();
});

test("an admin invites a staff member, who sets a password from the emailed link and logs in", async ({
  page,
  browser,
  signIn,
}) => {
  test.slow();
  const s = uniqueSuffix();
  const invitee = { login: `eng-${s}`, email: `eng-${s}@clico.pl` };
  await signIn(await newAdmin());
  await page.goto("/staff/users");
  await page.getByRole("link", { name: "Invite staff member" }).click();
  await page.getByLabel("Email").fill(invitee.email);
  await page.getByLabel("Login").fill(invitee.login);
  await page.getByLabel("First name").fill("Edyta");
  await page.getByLabel("Last name").fill("Nowak");
  await page.getByLabel("Role").selectOption({ label: "Support engineer" });
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText("Invitation sent")).toBeVisible();

  const inviteeContext = await otherBrowser(browser);
  const inviteePage = await inviteeContext.newPage();
  const email = await openEmail(inviteePage, invitee.email, /invited/i);
  await clickEmailLink(email, "reset-password");
  const tab = email.page();
  await tab.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await tab.getByLabel("Confirm password").fill(NEW_PASSWORD);
  await tab.getByRole("button", { name: "Submit" }).click();
  await expect(tab.getByText("Password has been changed")).toBeVisible();

  await logIn(inviteePage, { ...invitee, password: NEW_PASSWORD });
  await expect(inviteePage.getByText("Support engineer workspace")).toBeVisible();
  await inviteeContext.close();
});
