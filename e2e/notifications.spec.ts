import type { Page } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { expect, test } from "./support/test";
import { createTicketRow, createUser, uniqueSuffix } from "@/test/factories";
import { openEmail } from "./support/mailbox";

const expectNoSidewaysScroll = async (page: Page) =>
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    ),
  ).toBeLessThanOrEqual(0);

test("an engineer chooses what to hear about; a customer's reply lights the bell without a reload and arrives by email", async ({
  page,
  browser,
  signIn,
}) => {
  test.setTimeout(180_000);
  const s = uniqueSuffix();
  const customer = await createUser({ firstName: "Anna", lastName: `Nowak ${s}` });
  const engineer = await createUser({ role: "support_engineer", firstName: "Piotr" });
  const subject = `VPN tunnel flaps ${s}`;
  const ticket = await createTicketRow({
    requesterId: customer.id,
    subject,
    assigneeId: engineer.id,
    status: "open",
  });

  // The engineer's settings: customer replies (a default) by email; not every new ticket or SLA
  // warning of the other specs' tickets; new tickets of Check Point, should they turn them on.
  await signIn(engineer);
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Notifications" }).click();
  await page.getByRole("link", { name: "Notification settings" }).click();
  await expect(page.getByRole("heading", { name: "Notification settings" })).toBeVisible();
  await expect(page.getByLabel("Customer replies")).toBeChecked();
  await expect(page.getByLabel("Also send them by email")).toBeChecked();
  await page.getByLabel("New tickets in the unassigned queue").uncheck();
  await page.getByLabel("SLA about to breach").uncheck();
  await page.getByLabel("Check Point").check();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save" }).click();
  const saved = page.getByText("Notification settings saved.");
  await expect(saved).toBeVisible();
  await expect(page.locator(":focus")).toContainText("Notification settings saved.");
  await page.reload();
  await expect(page.getByLabel("Check Point")).toBeChecked();
  await expect(page.getByLabel("Fortinet")).not.toBeChecked();
  await expect(page.getByLabel("SLA about to breach")).not.toBeChecked();
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSidewaysScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  // The engineer waits on the queue; the customer answers on the ticket.
  await nav.getByRole("link", { name: "Queue" }).click();
  const bell = page.getByRole("link", { name: /^Notifications, / });
  await expect(bell).toHaveAccessibleName("Notifications, none unread");
  const customerPage = await (await browser.newContext()).newPage();
  await signIn(customer, customerPage);
  await customerPage.goto(`/tickets/${ticket.id}`);
  await customerPage.getByLabel("Your reply").fill("The tunnel dropped again at 14:02.");
  await customerPage.getByRole("button", { name: "Send reply" }).click();
  await expect(customerPage.getByText("The tunnel dropped again at 14:02.")).toBeVisible();

  // No reload: the bell asks by itself.
  await expect(bell).toHaveAccessibleName("Notifications, 1 unread", { timeout: 30_000 });
  await expect(page.getByRole("status").filter({ hasText: "1 new notification" })).toBeAttached();

  // …and by email, a little later: the digest of what happened, with the ticket's link.
  const email = await openEmail(page, engineer.email, /The customer replied/);
  await expect(email).toContainText(subject);
  await email.getByRole("link", { name: /\/staff\/tickets\// }).click();
  await expect(email.page()).toHaveURL(new RegExp(`/staff/tickets/${ticket.id}$`));
  await email.page().close();
  await page.bringToFront();

  // The list says what happened; opening it marks it read and shows the ticket.
  await bell.click();
  await expect(page.getByRole("heading", { name: "Notifications", level: 1 })).toBeVisible();
  const item = page.getByRole("listitem").filter({ hasText: subject });
  await expect(item).toContainText("Unread");
  await expect(item).toContainText("The customer replied");
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSidewaysScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await item.getByRole("button", { name: new RegExp(subject) }).click();
  await expect(page).toHaveURL(new RegExp(`/staff/tickets/${ticket.id}$`));
  await expect(page.getByText("The tunnel dropped again at 14:02.")).toBeVisible();
  await expect(bell).toHaveAccessibleName("Notifications, none unread");
});
