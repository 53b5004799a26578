import { createUser, uniqueSuffix } from "@/test/factories";
import { countEmails, openEmail, refuseMailTo } from "./support/mailbox";
import { expect, test } from "./support/test";

const INVITE_SUBJECT = /invited/i;

test("an admin sees an email the provider refused, with why, and retries it once the cause is gone", async ({
  page,
  signIn,
}) => {
  const s = uniqueSuffix();
  const address = `typo-${s}@clico.pl`;
  await refuseMailTo(address);

  await signIn(await createUser({ role: "admin", firstName: "Ada" }));
  await page.goto("/staff/users/invite");
  await page.getByLabel("Email").fill(address);
  await page.getByLabel("Login").fill(`typo-${s}`);
  await page.getByLabel("First name").fill("Tomasz");
  await page.getByLabel("Last name").fill("Literówka");
  await page.getByLabel("Role").selectOption({ label: "Support engineer" });
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText("Invitation sent")).toBeVisible();

  await page.getByRole("link", { name: "Email delivery" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Email delivery" })).toBeVisible();
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: address }) });
  // The worker gives up on it in the background: the admin reloads until it is listed.
  await expect(async () => {
    await page.reload();
    await expect(row).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(row).toContainText("You are invited to the CLICO Support System");
  await expect(row).toContainText("Resend 422 validation_error");
  await expect(row).toContainText(address);
  expect(await countEmails(address, INVITE_SUBJECT)).toBe(0);

  // The address works again (it was fixed at the mail provider): one retry delivers it.
  await refuseMailTo(address, false);
  await row.getByRole("button", { name: `Retry the email to ${address}` }).click();
  await expect(row).toHaveCount(0);
  await openEmail(page, address, INVITE_SUBJECT);
  expect(await countEmails(address, INVITE_SUBJECT)).toBe(1);

  // The retry is in the audit log.
  await page.goto("/staff/audit?action=email.retry");
  await expect(page.getByRole("rowheader", { name: "email.retry" }).first()).toBeVisible();
});

test("support engineers have no Email delivery page", async ({ page, signIn }) => {
  await signIn(await createUser({ role: "support_engineer" }));
  await page.goto("/staff");
  await expect(page.getByRole("link", { name: "Email delivery" })).toHaveCount(0);
  const response = await page.goto("/staff/email-delivery");
  expect(response?.status()).toBe(404);
});
